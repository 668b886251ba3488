/**
 * The Content-Type for each kind of file the build writes. Served with `nosniff`, a file without
 * the right type is refused by the browser (a wasm module, a script), so every extension in dist/
 * has an entry; Pagefind's index files (`.pf_meta`, `.pf_index`, `.pf_fragment`, `.pagefind`) are
 * compressed binary data it fetches and unpacks itself.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  // IMS Common Cartridge 1.1: a zip archive with its own registered type.
  '.imscc': 'application/vnd.ims.imsccv1p1',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/**
 * The Content-Type for a file name; `application/octet-stream` for anything unknown.
 *
 * @example
 * contentType('verteilte-softwaresysteme.imscc'); // 'application/vnd.ims.imsccv1p1'
 * contentType('pagefind/wasm.de.pagefind'); // 'application/octet-stream'
 */
export function contentType(file: string): string {
  const dot = file.lastIndexOf('.');
  return (dot >= 0 && TYPES[file.slice(dot).toLowerCase()]) || 'application/octet-stream';
}

/** Every extension with a known type, for the README table and the tests. */
export const KNOWN_TYPES: Readonly<Record<string, string>> = TYPES;
