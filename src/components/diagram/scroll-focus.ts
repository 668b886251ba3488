/**
 * Wide diagrams scroll sideways on narrow screens (see src/plugins/mermaid/diagram-html.ts). A
 * keyboard user can scroll such a box only if it can take focus (WCAG 2.1.1), so every diagram box
 * that overflows becomes a focusable, named group; one that fits is left out of the tab order.
 * Under a wide diagram a line says that it scrolls, with a toggle "Ganz zeigen" that shrinks it to
 * the screen's width for an overview (its text then gets small) and back.
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

const TOOLS_CLASS = 'diagram-tools';

/** The hint line under `box`, if it has one. */
function toolsOf(box: HTMLElement): HTMLElement | null {
  const next = box.nextElementSibling;
  return next instanceof HTMLElement && next.classList.contains(TOOLS_CLASS) ? next : null;
}

/** The hint line: "scrolls sideways" and the toggle between scrolling and the whole diagram. */
function createTools(box: HTMLElement): HTMLElement {
  const tools = document.createElement('div');
  tools.className = `${TOOLS_CLASS} not-content`;
  const hint = document.createElement('span');
  hint.className = 'diagram-hint';
  // For the eyes only: a screen reader hears "seitlich verschiebbar" in the box's own name.
  hint.setAttribute('aria-hidden', 'true');
  hint.textContent = '↔ Seitlich verschiebbar';
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.textContent = 'Ganz zeigen';
  const title = box.querySelector('svg > title')?.textContent?.trim();
  if (title) {
    const which = document.createElement('span');
    which.className = 'sr-only';
    which.textContent = ` (${title})`;
    toggle.append(which);
  }
  toggle.setAttribute('aria-pressed', 'false');
  toggle.addEventListener('click', () => {
    const fit = !box.hasAttribute('data-fit');
    box.toggleAttribute('data-fit', fit);
    toggle.setAttribute('aria-pressed', String(fit));
  });
  tools.append(hint, toggle);
  return tools;
}

/**
 * The width below which the diagram, unshrunk, would overflow: its natural width, but at most the
 * 36rem it keeps at least (the inline `min-width: min(…px, 36rem)`).
 */
function scrollingWidth(box: HTMLElement): number {
  const width = box.querySelector('svg')?.viewBox.baseVal?.width ?? 0;
  return Math.min(width, 36 * parseFloat(getComputedStyle(document.documentElement).fontSize || '16'));
}

/** Makes `box` reachable by keyboard while it overflows, and unreachable while it fits. */
export function markScrollable(box: HTMLElement): void {
  const overflows = box.scrollWidth > box.clientWidth + 1;
  if (overflows !== box.hasAttribute('tabindex')) {
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
  // Shrunk to fit ("Ganz zeigen"), the box no longer overflows but keeps its toggle while it would.
  const wide = overflows || (box.hasAttribute('data-fit') && scrollingWidth(box) > box.clientWidth + 1);
  const tools = toolsOf(box);
  if (wide && !tools) box.after(createTools(box));
  if (!wide && tools) {
    tools.remove();
    box.removeAttribute('data-fit');
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
