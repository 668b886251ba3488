/**
 * The site's Content-Security-Policy, in one place. Scripts: only files from the site itself and
 * the inline scripts the build found (by hash), never 'unsafe-inline' or 'unsafe-eval';
 * 'wasm-unsafe-eval' because Pagefind compiles its search index reader from WebAssembly. Styles keep
 * 'unsafe-inline': every Mermaid diagram is an inline SVG with its own `<style>` element and
 * hundreds of `style=""` attributes, and the labs' bars are positioned with style attributes;
 * inline styles cannot run code, and with `connect-src`, `img-src` and `font-src` limited to the
 * site itself a style cannot send data elsewhere. `frame-ancestors` lets the site itself and any
 * https page (an LMS course) frame the pages, as the README documents for embedding.
 */

/**
 * Who may frame the pages: the site itself and any https page (Moodle, ILIAS, Canvas). A build for
 * a loopback SITE (the local preview, the tests, where an LMS stand-in runs on http://127.0.0.1)
 * also allows loopback pages over http; a build for a real SITE never does.
 *
 * @example
 * frameAncestors('https://example.org'); // "'self' https:"
 * frameAncestors('http://127.0.0.1:4321'); // "'self' https: http://127.0.0.1:* http://localhost:*"
 */
export function frameAncestors(site: string): string {
  const { hostname } = new URL(site);
  const loopback = hostname === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
  return loopback ? "'self' https: http://127.0.0.1:* http://localhost:*" : "'self' https:";
}

/**
 * The policy's directives, in a fixed order, for the given inline script hashes and the SITE the
 * build is for.
 *
 * @example
 * cspDirectives(["'sha256-abc='"], 'https://example.org')['script-src']; // "'self' 'wasm-unsafe-eval' 'sha256-abc='"
 */
export function cspDirectives(scriptHashes: readonly string[], site: string): Record<string, string> {
  return {
    'default-src': "'self'",
    'script-src': ["'self'", "'wasm-unsafe-eval'", ...[...new Set(scriptHashes)].sort()].join(' '),
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data:",
    'font-src': "'self'",
    'connect-src': "'self'",
    'worker-src': "'self'",
    'manifest-src': "'self'",
    'frame-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'self'",
    'frame-ancestors': frameAncestors(site),
  };
}

// A <meta> policy may not carry these (the browser ignores them there and says so in the console).
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/**
 * The policy as a header value, or for a `<meta http-equiv>` (without the header-only directives).
 *
 * @example
 * cspString({ 'default-src': "'self'", 'frame-ancestors': "'self'" }, 'meta'); // "default-src 'self'"
 */
export function cspString(directives: Record<string, string>, target: 'header' | 'meta'): string {
  return Object.entries(directives)
    .filter(([name]) => target === 'header' || !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/**
 * The `<meta>` tag for a page's head.
 *
 * @example
 * cspMeta({ 'default-src': "'self'" }); // `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`
 */
export function cspMeta(directives: Record<string, string>): string {
  return `<meta http-equiv="Content-Security-Policy" content="${cspString(directives, 'meta').replaceAll('"', '&quot;')}">`;
}
