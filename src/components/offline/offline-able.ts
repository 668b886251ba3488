/**
 * Whether this browser can keep an offline copy, decided before the first paint: an inline script
 * in every page's head sets OFFLINE_ABLE on <html>, and the offline controls (OfflineControl.astro)
 * are shown only under it. So the control and the start page's text about it paint with the rest of
 * the page instead of appearing once the module has loaded, which pushed the text below down and made
 * that paragraph the page's largest paint, 0.8 s late on a throttled phone.
 *
 * Service workers need a secure context, an origin of their own and storage: a sandboxed frame
 * without its own origin has the opaque origin 'null' (Chromium also throws on reading
 * `navigator.serviceWorker` there; Firefox hands out a `caches` that fails later). Without script the
 * attribute never comes.
 */

/** The attribute on <html> under which the offline controls are shown. */
export const OFFLINE_ABLE = 'data-offline-able';

/** Inline script for every page (Starlight `head`). */
export const OFFLINE_ABLE_SCRIPT = `(() => {
  try {
    if (isSecureContext && self.origin !== 'null' && navigator.serviceWorker && window.caches)
      document.documentElement.setAttribute('${OFFLINE_ABLE}', '');
  } catch {
    // A sandboxed frame or blocked storage: no offline copy, no control.
  }
})();`;
