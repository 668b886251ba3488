/**
 * Inline script for every page (Starlight `head`): opens every closed <details> in the content
 * before printing and closes them again afterwards. Chromium also expands them through the print
 * style sheet (::details-content); this covers browsers without that pseudo-element.
 */
export const PRINT_SCRIPT = `(() => {
  let opened = [];
  addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll('main details:not([open])')];
    for (const details of opened) details.open = true;
  });
  addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
})();`;
