/**
 * Wide diagrams scroll sideways on narrow screens (see src/plugins/mermaid/diagram-html.ts). A
 * keyboard user can scroll such a box only if it can take focus (WCAG 2.1.1), so every diagram box
 * that overflows becomes a focusable, named group; one that fits is left out of the tab order.
 * A top-down diagram (`data-start="middle"`, from the build) opens scrolled to its middle, where
 * its root stands. Under a wide diagram a line says that it scrolls, with a toggle "Ganz zeigen"
 * that shrinks it to the screen's width for an overview (its text then gets small, and the line
 * says so) and back.
 * A diagram that fits its column only by drawing its labels smaller than 12 px (a wide one in the
 * 632 px column of a laptop) gets "Vergrößern" instead: a dialog shows it as wide as the window
 * allows, at least at the width its 12 px labels need.
 *
 * Sizes are read in ResizeObserver callbacks and when an off-screen diagram is first laid out
 * (`contentvisibilityautostatechange`), that is, after the browser has laid them out anyway: this
 * never forces a layout of its own while the page loads (only a click on „Vergrößern“ measures).
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

/** A button of the line under `box`, named with the diagram's title for screen readers. */
function toolButton(box: HTMLElement, label: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  const title = box.querySelector('svg > title')?.textContent?.trim();
  if (title) {
    const which = document.createElement('span');
    which.className = 'sr-only';
    which.textContent = ` (${title})`;
    button.append(which);
  }
  return button;
}

/** The hint line: "scrolls sideways" and the toggle between scrolling and the whole diagram. */
function createTools(box: HTMLElement): HTMLElement {
  const tools = document.createElement('div');
  tools.className = `${TOOLS_CLASS} not-content`;
  const hint = document.createElement('span');
  hint.className = 'diagram-hint';
  // For the eyes only: a screen reader hears "seitlich verschiebbar" in the box's own name.
  hint.setAttribute('aria-hidden', 'true');
  hint.textContent = hintText(false, 0, 0);
  const toggle = toolButton(box, 'Ganz zeigen');
  toggle.setAttribute('aria-pressed', 'false');
  toggle.addEventListener('click', () => {
    const fit = !box.hasAttribute('data-fit');
    box.toggleAttribute('data-fit', fit);
    toggle.setAttribute('aria-pressed', String(fit));
    hint.textContent = hintText(fit, box.clientWidth, svgWidth(box, '--diagram-readable'));
  });
  tools.append(hint, toggle);
  return tools;
}

/** A custom property of the diagram's SVG in CSS px (0 when it has none). */
function svgWidth(box: HTMLElement, name: '--diagram-width' | '--diagram-readable'): number {
  const svg = box.querySelector('svg');
  // From its style attribute (src/plugins/mermaid/diagram-html.ts): reading the computed style of an
  // off-screen diagram would compute its skipped styles.
  return svg
    ? parseFloat(svg.style.getPropertyValue(name) || getComputedStyle(svg).getPropertyValue(name)) || 0
    : 0;
}

/** 36rem in CSS px: the width a diagram keeps at least, and below which a box counts as a phone's. */
function columnWidth(): number {
  return 36 * parseFloat(getComputedStyle(document.documentElement).fontSize || '16');
}

/**
 * The width below which the diagram, unshrunk, would overflow: its natural width, but at most the
 * 36rem it keeps at least, and in a box narrower than 36rem at least its readable width (the width
 * at which its smallest text is 12 px; the diagram CSS in src/styles/custom.css).
 */
function scrollingWidth(box: HTMLElement): number {
  const natural = svgWidth(box, '--diagram-width') || (box.querySelector('svg')?.viewBox.baseVal?.width ?? 0);
  const column = columnWidth();
  const fitting = Math.min(natural, column);
  return box.clientWidth < column ? Math.max(fitting, svgWidth(box, '--diagram-readable')) : fitting;
}

/**
 * The hint under a wide diagram: that it scrolls, or, shrunk to the screen („Ganz zeigen“), that
 * its text is now smaller than the 12 px it has while scrolling.
 *
 * @example
 * hintText(false, 288, 814) // '↔ Seitlich verschiebbar'
 * hintText(true, 288, 814) // 'Ganz gezeigt – Beschriftung verkleinert'
 */
export function hintText(fit: boolean, shownWidth: number, readableWidth: number): string {
  if (!fit) return '↔ Seitlich verschiebbar';
  return shownWidth + 1 < readableWidth ? 'Ganz gezeigt – Beschriftung verkleinert' : '';
}

/** The line under a diagram drawn with labels under 12 px: "Vergrößern". */
function createZoomTools(box: HTMLElement): HTMLElement {
  const tools = document.createElement('div');
  tools.className = `${TOOLS_CLASS} not-content`;
  tools.dataset.zoom = '';
  const open = toolButton(box, 'Vergrößern');
  open.setAttribute('aria-haspopup', 'dialog');
  open.addEventListener('click', () => showLarge(box, open));
  tools.append(open);
  return tools;
}

let dialog: HTMLDialogElement | undefined;

/** Puts the diagram shown large back into its box (set while one is shown). */
let restore: (() => void) | undefined;

/** The one dialog that shows a diagram large: a title line with "Schließen", then the diagram. */
function zoomDialog(): HTMLDialogElement {
  if (dialog) return dialog;
  const large = document.createElement('dialog');
  large.className = 'diagram-dialog not-content';
  large.setAttribute('aria-labelledby', 'diagram-dialog-title');
  const bar = document.createElement('div');
  bar.className = 'diagram-dialog-bar';
  const title = document.createElement('p');
  title.id = 'diagram-dialog-title';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Schließen';
  close.autofocus = true;
  close.addEventListener('click', () => large.close());
  bar.append(title, close);
  const body = document.createElement('div');
  body.className = 'diagram-dialog-body';
  large.append(bar, body);
  // A click on the dimmed page beside the dialog closes it too (pressed there as well: not a drag
  // that began inside, such as selecting text or moving the scrollbar).
  let pressedBeside = false;
  large.addEventListener('pointerdown', (event) => (pressedBeside = event.target === large));
  large.addEventListener('click', (event) => pressedBeside && event.target === large && large.close());
  large.addEventListener('close', () => restore?.());
  // Printing prints the page, whose box would be empty: the diagram goes back first (the close
  // event would come after the print).
  addEventListener('beforeprint', () => {
    restore?.();
    large.close();
  });
  document.body.append(large);
  dialog = large;
  return large;
}

/**
 * Shows the diagram of `box` in the dialog. Its SVG moves there (a copy would repeat its ids) and
 * back on closing; meanwhile the box keeps its height, so the page does not move behind the dialog.
 */
function showLarge(box: HTMLElement, opener: HTMLButtonElement): void {
  const large = zoomDialog();
  restore?.();
  const body = large.querySelector<HTMLElement>('.diagram-dialog-body')!;
  const caption = box.closest('figure')?.querySelector('figcaption')?.textContent?.trim();
  large.querySelector('#diagram-dialog-title')!.textContent =
    caption || box.querySelector('svg > title')?.textContent?.trim() || 'Diagramm';
  large.showModal();
  box.style.minBlockSize = `${box.offsetHeight}px`;
  box.dataset.shownLarge = '';
  body.replaceChildren(...box.childNodes);
  // Narrower than the diagram's readable width, the body scrolls: then it takes focus for the keys.
  const scrolls = body.scrollWidth > body.clientWidth + 1 || body.scrollHeight > body.clientHeight + 1;
  if (scrolls) {
    body.tabIndex = 0;
    body.setAttribute('role', 'group');
    body.setAttribute('aria-labelledby', 'diagram-dialog-title');
  } else {
    for (const name of ['tabindex', 'role', 'aria-labelledby']) body.removeAttribute(name);
  }
  restore = () => {
    restore = undefined;
    box.append(...body.childNodes);
    delete box.dataset.shownLarge;
    box.style.minBlockSize = '';
    // The window may have changed meanwhile, and with it the line under the diagram: the focus
    // goes to its button even if the one that opened the dialog is gone.
    markScrollable(box);
    if (!opener.isConnected) toolsOf(box)?.querySelector('button')?.focus();
  };
}

/**
 * Whether the diagram in `box` is drawn so narrow that its smallest label is under 12 px, on a page
 * (a slide zooms its diagrams itself) and not shrunk on purpose („Ganz zeigen“).
 */
function drawnSmall(box: HTMLElement): boolean {
  if (box.hasAttribute('data-fit') || box.closest('.deck')) return false;
  // In a box narrower than 36rem (a phone) it is drawn at least at its readable width anyway.
  const column = columnWidth();
  if (box.clientWidth < column) return false;
  // As wide as the box, at most its natural width (the diagram CSS); from the box's width, so an
  // off-screen diagram is not laid out for it.
  const drawn = Math.min(svgWidth(box, '--diagram-width'), box.clientWidth);
  return drawn > 0 && drawn + 1 < svgWidth(box, '--diagram-readable');
}

/** Makes `box` reachable by keyboard while it overflows, and unreachable while it fits. */
export function markScrollable(box: HTMLElement): void {
  // Its diagram is in the dialog for now: the box is a placeholder.
  if ('shownLarge' in box.dataset) return;
  const overflows = box.scrollWidth > box.clientWidth + 1;
  if (overflows !== box.hasAttribute('tabindex')) {
    if (overflows) {
      const title = box.querySelector('svg > title')?.textContent ?? '';
      // A top-down diagram has its root in the middle: it opens there, unless the reader has scrolled.
      if (box.dataset.start === 'middle' && box.scrollLeft === 0)
        box.scrollLeft = (box.scrollWidth - box.clientWidth) / 2;
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
  const small = !wide && drawnSmall(box);
  let tools = toolsOf(box);
  // The line that is there is the wrong kind (the window changed size): it goes.
  if (tools && ((wide && 'zoom' in tools.dataset) || (small && !('zoom' in tools.dataset)))) {
    tools.remove();
    tools = null;
  }
  if (wide && !tools) box.after(createTools(box));
  if (small && !tools) box.after(createZoomTools(box));
  if (!wide && !small && tools) {
    tools.remove();
    box.removeAttribute('data-fit');
  }
  // The shrunk diagram's width follows the screen (a phone turned sideways): so does its note.
  const hint = wide && box.hasAttribute('data-fit') ? toolsOf(box)?.querySelector('.diagram-hint') : null;
  if (hint) hint.textContent = hintText(true, box.clientWidth, svgWidth(box, '--diagram-readable'));
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
