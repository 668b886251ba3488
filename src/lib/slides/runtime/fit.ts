/**
 * Slide geometry. A slide is laid out at 48rem × 27rem (768 × 432 CSS px, the site's own type
 * sizes) and zoomed to its 16:9 box, so at 1280 × 720 body text is 16 px × 5/3 ≈ 27 px. A slide
 * whose content is larger than the slide (a lab, a block that could not be split) is zoomed down
 * to fit, but not below MIN_FIT; below that, its body scrolls.
 */

/** Width of a slide's layout box in CSS px (48rem). */
export const SLIDE_WIDTH_PX = 768;

/** The smallest zoom for a slide's content that does not fit. */
export const MIN_FIT = 0.6;

/**
 * The zoom that makes content of `natural` height fit into `available` (1 if it fits).
 *
 * @example
 * fitZoom(800, 500) // 0.625
 * fitZoom(300, 400) // 1
 * fitZoom(4000, 400) // 0.6
 */
export function fitZoom(natural: number, available: number, min = MIN_FIT): number {
  if (natural <= 0 || available <= 0 || natural <= available) return 1;
  return Math.max(min, Math.floor((available / natural) * 1000) / 1000);
}

/** Widths tried for content that does not fit, as multiples of the slide's body width: wider content is shorter. */
export const FIT_WIDTHS = [1, 1.25, 1.5, 1 / MIN_FIT];

/**
 * The best layout for content that is `heights[i]` tall when laid out at FIT_WIDTHS[i] body
 * widths: the largest zoom that fits it whole, or, if none reaches MIN_FIT, the shortest layout at
 * MIN_FIT (its body scrolls).
 *
 * @example
 * bestFit([1381, 1200, 1070, 1000], 333) // { factor: 1.667, zoom: 0.6, scroll: true }
 * bestFit([500, 420, 400, 400], 333) // { factor: 1.25, zoom: 0.792, scroll: false }
 */
export function bestFit(
  heights: number[],
  available: number,
  widths = FIT_WIDTHS,
): { factor: number; zoom: number; scroll: boolean } {
  let best = { factor: 1, zoom: 0, scroll: true };
  widths.forEach((factor, i) => {
    const zoom = Math.min(1 / factor, fitZoom(heights[i] ?? Infinity, available, 0));
    if (zoom >= MIN_FIT && zoom > best.zoom) best = { factor, zoom, scroll: false };
  });
  if (!best.scroll) return best;
  let shortest = 0;
  widths.forEach((factor, i) => {
    if (factor * MIN_FIT <= 1 && (heights[i] ?? Infinity) < (heights[shortest] ?? Infinity)) shortest = i;
  });
  return { factor: widths[shortest] ?? 1, zoom: MIN_FIT, scroll: true };
}

const observed = new WeakSet<Element>();

/**
 * Zooms a `[data-fit]` slide's content (a lab) to fit its body, now and whenever the content
 * changes size, trying several layout widths (a lab's controls sit side by side when they have the
 * room). Content that would need a zoom below MIN_FIT stays at MIN_FIT and its body scrolls.
 */
export function fitSlide(slide: HTMLElement): void {
  if (!('fit' in slide.dataset)) return;
  const body = slide.querySelector<HTMLElement>('.slide-body');
  const content = body?.querySelector<HTMLElement>('.slide-fit');
  if (!body || !content) return;
  const apply = () => {
    if (!slide.classList.contains('is-current')) return;
    const width = body.clientWidth;
    const heights = FIT_WIDTHS.map((factor) => {
      content.style.setProperty('zoom', '1');
      content.style.setProperty('width', `${width * factor}px`);
      return content.scrollHeight;
    });
    const { factor, zoom, scroll } = bestFit(heights, body.clientHeight);
    content.style.setProperty('width', `${width * factor}px`);
    content.style.setProperty('zoom', String(zoom));
    body.classList.toggle('slide-body--scroll', scroll);
    if (scroll) body.setAttribute('tabindex', '0');
    else body.removeAttribute('tabindex');
  };
  apply();
  if (!observed.has(content)) {
    observed.add(content);
    new ResizeObserver(() => requestAnimationFrame(apply)).observe(content);
  }
}
