/**
 * A small static file server for the built site: what `npm start` and the end-to-end tests serve,
 * behaving like a configured production host. It applies `dist/_headers` (with the strict CSP),
 * sends a Content-Type for every file (content-type.ts), redirects a directory without its
 * trailing slash to the slash form, answers unknown paths with the German 404 page and never lets
 * a path (plain or percent-encoded `..`) leave the build folder. A failure answers a German 500
 * without stack trace or local paths. Reads each file per request; this is a preview, not a CDN.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { contentType } from './content-type.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file.ts';

export interface StaticServerOptions {
  /** The build folder (OUT_DIR). */
  root: string;
  /** The base path the build was made for, with slashes at both ends (BASE). */
  base: string;
}

/** What a request path comes to: a file to send, a redirect, or not found. */
export type Resolved =
  | { kind: 'file'; file: string; sitePath: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' };

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/**
 * Maps a raw request path (still percent-encoded, without query) to a file in `root`. Decoding
 * happens once, per segment; a segment that decodes to `..`, `.`, or contains a slash, backslash or
 * NUL is not found, so nothing outside `root` can be named.
 *
 * @example
 * resolveRequest('/einfuehrung', { root: 'dist', base: '/' }); // { kind: 'redirect', location: '/einfuehrung/' }
 * resolveRequest('/..%2f..%2fetc%2fpasswd', { root: 'dist', base: '/' }); // { kind: 'not-found' }
 */
export function resolveRequest(rawPath: string, { root, base }: StaticServerOptions): Resolved {
  if (rawPath === base.slice(0, -1) && base !== '/') return { kind: 'redirect', location: base };
  if (!rawPath.startsWith(base)) return { kind: 'not-found' };
  const segments: string[] = [];
  for (const raw of rawPath.slice(base.length).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { kind: 'not-found' };
    }
    if (segment === '..' || segment === '.' || /[/\\\0]/.test(segment)) return { kind: 'not-found' };
    segments.push(segment);
  }
  const top = resolve(root);
  const target = resolve(top, ...segments);
  if (target !== top && !target.startsWith(top + sep)) return { kind: 'not-found' };
  const sitePath = `/${segments.join('/')}`;
  if (rawPath.endsWith('/')) {
    const index = join(target, 'index.html');
    return isFile(index)
      ? { kind: 'file', file: index, sitePath: `${sitePath}index.html` }
      : { kind: 'not-found' };
  }
  if (isFile(target)) return { kind: 'file', file: target, sitePath };
  if (isFile(join(target, 'index.html'))) return { kind: 'redirect', location: `${rawPath}/` };
  return { kind: 'not-found' };
}

function send(
  response: ServerResponse,
  request: IncomingMessage,
  status: number,
  file: string,
  extra: object,
) {
  response.writeHead(status, {
    'Content-Type': contentType(file),
    'Content-Length': statSync(file).size,
    ...extra,
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

/**
 * The server (not yet listening). `_headers` in `root` is read once, at start.
 *
 * @example
 * createStaticServer({ root: 'dist', base: '/' }).listen(4321, '127.0.0.1');
 */
export function createStaticServer(options: StaticServerOptions): Server {
  const headersFile = join(options.root, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile)
    ? parseHeadersFile(readFileSync(headersFile, 'utf8'))
    : [];
  const notFound = join(options.root, '404.html');
  return createServer((request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Nur GET und HEAD sind erlaubt.\n');
        return;
      }
      const url = new URL(request.url ?? '/', 'http://localhost');
      const found = resolveRequest(url.pathname, options);
      if (found.kind === 'redirect') {
        response.writeHead(301, { ...headersFor(rules, '/'), Location: `${found.location}${url.search}` });
        response.end();
      } else if (found.kind === 'file') {
        send(response, request, 200, found.file, headersFor(rules, found.sitePath));
      } else if (isFile(notFound)) {
        send(response, request, 404, notFound, headersFor(rules, '/404.html'));
      } else {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Seite nicht gefunden.\n');
      }
    } catch {
      // Never a stack trace or a local path in an answer.
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Interner Fehler beim Ausliefern dieser Datei.\n');
    }
  });
}
