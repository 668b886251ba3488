/**
 * A page opened at an anchor (a Moodle link to `…/caching/#labor`) stays on its target while the
 * page above it still changes size: a lab that hydrates grows, a diagram laid out only near the
 * viewport (content-visibility) gets its real height. Chromium holds the target in place
 * only until the page has loaded; a lab above it that grows later pushed it 500 px away. Until the
 * reader scrolls, touches, clicks or types (or 10 s pass), every size change of the page's content
 * puts the target back where the link put it (its scroll margin honoured). Slides are left to their
 * deck, which shows the slide an anchor names.
 */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
const HOLD_MS = 10_000;

export function keepAnchorTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const content = document.querySelector('main');
  if (!target || target.closest('[data-slide]') || !content || typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(() => target.scrollIntoView({ block: 'start', behavior: 'instant' }));
  const stop = () => {
    observer.disconnect();
    for (const type of READER_INPUT) removeEventListener(type, stop, true);
  };
  for (const type of READER_INPUT) addEventListener(type, stop, { capture: true, passive: true });
  observer.observe(content);
  setTimeout(stop, HOLD_MS);
}
