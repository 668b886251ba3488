/**
 * Prose below the first screen is laid out only after the page has shown itself: until then its
 * blocks are skipped (content-visibility, src/styles/custom.css) and the largest text paints
 * 35–55 ms of main-thread time sooner on a throttled phone. The whole page is laid out once, for
 * good, at the first sign of the reader (scroll, wheel, touch, pointer, key), when a script asks
 * for it (layOutNow) or when the page is idle after loading, whichever comes first. A page opened at
 * an anchor is laid out from the start (the style rule excludes `:has(:target)`), and so is any
 * page without script.
 *
 * Readers' scrolling (wheel, touch, keys, the scrollbar's pointer) lays the page out before it moves.
 * A scroll without such a sign (a script's scrollIntoView, an automated browser) lands while the
 * blocks above still hold their estimated 6em; laid out, they take their real height, and Chromium's
 * scroll anchoring does not make up for that (a lab was pushed 3000 px down). So the script keeps the
 * topmost thing on the screen that is laid out already (text, a heading, a figure, a lab: not a
 * skipped block's empty box) in its place. Only the page's own scroll counts: a script scrolling the
 * sidebar (Starlight restores its position on every page) or a wide diagram leaves the deferral
 * alone; a reader doing so lifts it anyway by wheel, touch or pointer. Back, forward and reload,
 * where the browser restores a scroll position, are not deferred at all.
 */

/** The attribute on <html> under which prose blocks may be skipped. */
export const LAYOUT_LATER = 'data-layout-later';

/** The event that asks for the layout now (for a script about to move the reader and measure). */
const LAYOUT_NOW = 'layout-now';

/** Inline script for every page (Starlight `head`), so the deferral starts before the first paint. */
export const LAYOUT_LATER_SCRIPT = `(() => {
  const root = document.documentElement;
  const events = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown', '${LAYOUT_NOW}'];
  const layOut = (event) => {
    if (event?.type === 'scroll' && event.target !== document) return;
    for (const type of events) removeEventListener(type, layOut, true);
    if (!root.hasAttribute('${LAYOUT_LATER}')) return;
    const edge = parseFloat(getComputedStyle(root).scrollPaddingTop) || 0;
    const content = document.querySelector('.sl-markdown-content');
    const box = content?.getBoundingClientRect();
    let anchor = null;
    for (let y = edge + 4; box && !anchor && y < innerHeight; y += 24) {
      const hit = document.elementFromPoint(box.left + Math.min(40, box.width / 4), y);
      const skipped = hit?.parentElement === content && getComputedStyle(hit).contentVisibility === 'auto';
      if (hit && content.contains(hit) && hit !== content && !skipped) anchor = hit;
    }
    const before = anchor?.getBoundingClientRect().top ?? 0;
    root.removeAttribute('${LAYOUT_LATER}');
    const moved = (anchor?.getBoundingClientRect().top ?? 0) - before;
    if (moved) scrollBy({ top: moved, behavior: 'instant' });
  };
  const [navigation] = performance.getEntriesByType('navigation');
  if (navigation && navigation.type !== 'navigate') return;
  root.setAttribute('${LAYOUT_LATER}', '');
  for (const type of events) addEventListener(type, layOut, { capture: true, passive: true });
  addEventListener('load', () => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => layOut(), { timeout: 2000 });
    else setTimeout(() => layOut(), 500);
  });
})();`;

/** Lays the whole page out now, keeping the reader's place: before a script moves and measures. */
export function layOutNow(): void {
  dispatchEvent(new Event(LAYOUT_NOW));
}
