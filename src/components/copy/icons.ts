/**
 * The copy buttons' two icons, shared by the server-rendered CopyButton and the buttons the script
 * adds to headings. Each icon is an empty span; copy.css paints it in currentColor through a CSS
 * mask with the icon's SVG as a data URI: in the style sheet once instead of an inline SVG per button
 * (the teachers' link directory has 200 buttons). Hidden from assistive technology, the button's name says what it does.
 */

/** Two overlapping sheets: "copy". */
export const COPY_ICON = '<span class="copy-icon" aria-hidden="true"></span>';

/** A check mark: "copied". */
export const DONE_ICON = '<span class="copy-icon copy-icon-done" aria-hidden="true"></span>';
