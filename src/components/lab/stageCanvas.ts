/**
 * A <canvas> laid over a lab's still SVG picture, for what moves: drawing on it needs no Preact
 * render and no DOM change per animation frame (every DOM change costs the whole page style,
 * layout and paint). The SVG keeps the title, description, labels and outlines; the canvas is
 * aria-hidden. Canvas units are the SVG's viewBox units, sharp on every devicePixelRatio, and the
 * colours come from the same CSS custom properties as the SVG's, re-read when the theme changes.
 *
 * CSS the canvas needs (the box around SVG and canvas is `position: relative`; margin 0 because
 * Starlight's content styles give an element after another a margin-top):
 * `.x-box > canvas { position: absolute; inset: 0; margin: 0; width: 100%; height: 100%; pointer-events: none; }`
 */
import { useEffect, useState } from 'preact/hooks';

/**
 * Readies `canvas` for a frame of a picture whose viewBox is `width` × `height` units: matches its
 * backing store to its rendered size times devicePixelRatio (only when that changed), clears it and
 * scales the context so that one unit is one viewBox unit. Null when the canvas has no size yet
 * (hidden) or no 2D context.
 *
 * @example
 * const ctx = stageContext(canvas, 560, 180);
 * if (ctx) ctx.fillRect(10, 10, 40, 12); // in the SVG's own coordinates
 */
export function stageContext(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
): CanvasRenderingContext2D | null {
  const ctx = canvas.getContext('2d');
  if (!ctx || width <= 0 || height <= 0) return null;
  const ratio = window.devicePixelRatio || 1;
  // The size the box had at the last render (measured there, not here: no layout read per frame).
  const cssWidth = Number(canvas.dataset.cssWidth) || width;
  const cssHeight = Number(canvas.dataset.cssHeight) || height;
  const w = Math.max(1, Math.round(cssWidth * ratio));
  const h = Math.max(1, Math.round(cssHeight * ratio));
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.setTransform(w / width, 0, 0, h / height, 0, 0);
  return ctx;
}

/**
 * Remembers the canvas's rendered CSS size for stageContext; call it after a render (layout
 * effect), never inside an animation frame.
 *
 * @example
 * useLayoutEffect(() => measureStage(canvas.current!));
 */
export function measureStage(canvas: HTMLCanvasElement): void {
  // As drawn on screen, after any CSS zoom (a lecture slide zooms the lab): sharp there too.
  const rect = canvas.getBoundingClientRect();
  if (rect.width > 0) canvas.dataset.cssWidth = String(rect.width);
  if (rect.height > 0) canvas.dataset.cssHeight = String(rect.height);
}

/**
 * The colours of `names` (role → CSS custom property, e.g. `{ dot: '--sl-color-text-accent' }`) as
 * seen from `element`, as canvas fill styles. With forced colours on, `forced` (role → system
 * colour such as `CanvasText` or `Highlight`) replaces them, as the browser does for the SVG's text.
 *
 * @example
 * stageColours(canvas, { dot: '--sl-color-text-accent' }, { dot: 'CanvasText' });
 * // { dot: 'rgb(55, 118, 255)' } (light theme)
 */
export function stageColours<K extends string>(
  element: Element,
  names: Record<K, string>,
  forced: Record<K, string>,
): Record<K, string> {
  const out = {} as Record<K, string>;
  const forcedOn = window.matchMedia('(forced-colors: active)').matches;
  // A probe resolves var() and system colours to rgb(), which any canvas understands.
  const probe = document.createElement('span');
  probe.style.display = 'none';
  element.parentElement?.append(probe);
  for (const key of Object.keys(names) as K[]) {
    probe.style.color = forcedOn ? forced[key] : `var(${names[key]})`;
    out[key] = getComputedStyle(probe).color || forced[key];
  }
  probe.remove();
  return out;
}

/**
 * A number that changes whenever the page's colours may have: Starlight's theme switch
 * (`data-theme` on `<html>`), the system's dark mode or forced colours. Put it in the
 * dependencies of whatever reads the colours.
 *
 * @example
 * const theme = useThemeVersion();
 * const colours = useMemo(() => stageColours(box, NAMES, FORCED), [theme]);
 */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) =>
      window.matchMedia(q),
    );
    for (const query of queries) query.addEventListener('change', bump);
    return () => {
      observer.disconnect();
      for (const query of queries) query.removeEventListener('change', bump);
    };
  }, []);
  return version;
}
