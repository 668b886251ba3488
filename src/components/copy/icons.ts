/**
 * The copy buttons' two icons as SVG markup, shared by the server-rendered CopyButton and the
 * buttons the script adds to headings. Stroke in currentColor, so the button's colour (and forced
 * colours) apply; hidden from assistive technology, the button's name says what it does.
 */

const svg = (body: string) =>
  `<svg class="copy-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

/** Two overlapping sheets: "copy". */
export const COPY_ICON = svg(
  '<rect x="9" y="9" width="12" height="12" rx="2"/><path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1"/>',
);

/** A check mark: "copied". */
export const DONE_ICON = svg('<path d="M20 6 9 17l-5-5"/>');
