/**
 * Small Preact hooks shared by the labs: reduced motion, "hydrated yet?", throttled values, an
 * animation-frame clock and a turn of its own (stagger.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { takeTurn } from './stagger.ts';

/**
 * True when the reader asked the system for less motion; follows changes live. Labs then skip
 * animation but keep updating their figures.
 *
 * @example
 * const reduced = useReducedMotion();
 */
export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const update = () => setReduced(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return reduced;
}

/**
 * Marks the enclosing lab frame (LabShell.astro) as hydrated once the element behind `ref` is on screen, which
 * swaps the static figure for the live lab.
 *
 * @example
 * const root = useRef<HTMLElement>(null);
 * useMarkHydrated(root); // <section ref={root} class="lab-live">…
 */
export function useMarkHydrated(ref: { current: HTMLElement | null }): void {
  useEffect(() => {
    const frame = ref.current?.closest('.lab-frame');
    frame?.setAttribute('data-hydrated', '');
    return () => frame?.removeAttribute('data-hydrated');
  }, [ref]);
}

/**
 * False during server rendering and the first client render, true after hydration. Until then a
 * lab renders only `<section class="lab-live lab-pending">` (empty, zero height; `client:lab` watches
 * the whole frame), and LabShell.astro keeps showing the static figure.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/**
 * The value, but changed at most every `ms` milliseconds (the last change always arrives), e.g.
 * for a live region that must not chatter.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  const latest = useRef(value);
  latest.current = value;
  // One timer at a time, which delivers whatever value is latest when it fires: a value that
  // changes on every animation frame does not clear and set a timer on every frame.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    if (timer.current !== undefined) return;
    const wait = last.current + ms - Date.now();
    if (wait <= 0) {
      last.current = Date.now();
      setShown(value);
      return;
    }
    timer.current = setTimeout(() => {
      timer.current = undefined;
      last.current = Date.now();
      setShown(latest.current);
    }, wait);
  }, [value, ms]);
  useEffect(() => () => clearTimeout(timer.current), []);
  return shown;
}

/**
 * Calls `onFrame(elapsedMs)` on every animation frame while `running`; elapsed time is capped at
 * 100 ms so a background tab does not jump ahead. With `everyMs` (e.g. for reduced motion) it
 * calls instead once per interval, in discrete steps.
 */
export function useAnimationFrame(running: boolean, onFrame: (elapsedMs: number) => void, everyMs = 0): void {
  const callback = useRef(onFrame);
  callback.current = onFrame;
  useEffect(() => {
    if (!running) return undefined;
    if (everyMs > 0) {
      const timer = setInterval(() => callback.current(everyMs), everyMs);
      return () => clearInterval(timer);
    }
    let handle = 0;
    let previous = performance.now();
    const tick = (now: number) => {
      callback.current(Math.min(100, now - previous));
      previous = now;
      handle = requestAnimationFrame(tick);
    };
    handle = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(handle);
  }, [running, everyMs]);
}

/**
 * False until this component's turn in the labs' line of turns (stagger.ts) has come, then true: a
 * picture or chart that waits for it renders in a task of its own, after the controls.
 *
 * @example
 * const ready = useTurn();
 * return ready ? <Charts … /> : null;
 */
export function useTurn(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => takeTurn(() => setReady(true)), []);
  return ready;
}
