/**
 * Wide diagrams scroll sideways on narrow screens (see src/plugins/mermaid/diagram-html.ts). A
 * keyboard user can scroll such a box only if it can take focus (WCAG 2.1.1), so every diagram box
 * that overflows becomes a focusable, named group; one that fits is left out of the tab order.
 *
 * Sizes are read in ResizeObserver callbacks and when an off-screen diagram is first laid out
 * (`contentvisibilityautostatechange`), that is, after the browser has laid them out anyway: this
 * never forces a layout of its own.
 */

/** What a screen reader hears on focus, from the diagram's own title. */
export function scrollLabel(title: string): string {
  const name = title.trim();
  return name ? `${name} (seitlich verschiebbar)` : 'Diagramm (seitlich verschiebbar)';
}

/** Makes `box` reachable by keyboard while it overflows, and unreachable while it fits. */
export function markScrollable(box: HTMLElement): void {
  const overflows = box.scrollWidth > box.clientWidth + 1;
  if (overflows === box.hasAttribute('tabindex')) return;
  if (overflows) {
    const title = box.querySelector('svg > title')?.textContent ?? '';
    box.setAttribute('tabindex', '0');
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', scrollLabel(title));
  } else {
    box.removeAttribute('tabindex');
    box.removeAttribute('role');
    box.removeAttribute('aria-label');
  }
}

/** Watches every diagram box on the page. */
export function watchDiagrams(root: ParentNode = document): void {
  const boxes = root.querySelectorAll<HTMLElement>('.mermaid-diagram');
  if (boxes.length === 0 || typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) markScrollable(entry.target as HTMLElement);
  });
  for (const box of boxes) {
    observer.observe(box);
    box.addEventListener('contentvisibilityautostatechange', () => markScrollable(box));
  }
}
