/**
 * The lab as a stage: while a lab is on screen, Starlight's "Auf dieser Seite" column gives way to
 * it (lab.css widens the lab over that column), and pressing "Abspielen" brings the picture into
 * view under the playback bar, so controls and picture are seen together.
 */
import { useEffect } from 'preact/hooks';

/** Labs on screen right now (a page may hold more than one). */
const onStage = new Set<Element>();

/**
 * Marks `<html data-lab-on-screen>` while the lab behind `ref` intersects the viewport; lab.css hides the
 * table of contents then, because the widened lab covers its column.
 *
 * @example
 * const root = useRef<HTMLElement>(null);
 * useStageMark(root); // in LabShell
 */
export function useStageMark(ref: { current: HTMLElement | null }): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    const root = document.documentElement;
    const sync = () => root.toggleAttribute('data-lab-on-screen', onStage.size > 0);
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) onStage.add(entry.target);
        else onStage.delete(entry.target);
      }
      sync();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      onStage.delete(element);
      sync();
    };
  }, [ref]);
}

/**
 * How far to scroll so that the lab's picture (`[data-lab-stage]`) sits under the playback bar:
 * 0 when it is already fully in view. Pure, so tests can call it with plain rectangles.
 *
 * @example
 * stageScroll({ top: 900, bottom: 1200 }, { top: 400, bottom: 460 }, { viewport: 800, stickyTop: 60, sticky: true });
 * // 900 - (60 + 60 + 8) = 772
 */
export function stageScroll(
  stage: { top: number; bottom: number },
  bar: { top: number; bottom: number },
  view: { viewport: number; stickyTop: number; sticky: boolean },
): number {
  const barHeight = bar.bottom - bar.top;
  // With a sticky bar the picture goes right under the stuck bar; without, the bar goes to the top
  // when the picture then still starts in the upper part of the screen, else the picture does.
  const below = view.sticky ? view.stickyTop + barHeight + 8 : view.stickyTop + 8;
  if (stage.top >= below && stage.bottom <= view.viewport) return 0;
  if (stage.top >= below && stage.top <= view.viewport * 0.5) return 0;
  if (!view.sticky) {
    const barFirst = bar.top - view.stickyTop - 8;
    if (stage.top - barFirst <= view.viewport * 0.6) return barFirst;
  }
  return stage.top - below;
}

/**
 * Scrolls the lab around `button` so its picture (`[data-lab-stage]`, else what follows the bar) is in view under the playback bar (smoothly,
 * unless the reader asked for less motion).
 *
 * @example
 * <button onClick={(e) => { revealStage(e.currentTarget); play(); }}>Abspielen</button>
 */
export function revealStage(button: Element): void {
  const lab = button.closest('.lab-live');
  const bar = button.closest('.lab-playback');
  // The picture is marked; a lab without the mark shows it right after the bar.
  const stage = lab?.querySelector('[data-lab-stage]') ?? bar?.nextElementSibling;
  if (!bar || !stage) return;
  // What the page keeps fixed at the top (Starlight's nav, on narrow screens also the "Auf dieser
  // Seite" bar): Starlight's scroll-padding-top is their height plus 1.5rem.
  const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
  const nav = Number.isFinite(padding) ? Math.max(0, padding - 24) : 0;
  const sticky = getComputedStyle(bar).position === 'sticky';
  const stickyTop = sticky ? nav + 4 : Math.max(0, nav);
  const by = stageScroll(stage.getBoundingClientRect(), bar.getBoundingClientRect(), {
    viewport: window.innerHeight,
    stickyTop,
    sticky,
  });
  if (Math.abs(by) < 4) return;
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: by, behavior: reduced ? 'auto' : 'smooth' });
}
