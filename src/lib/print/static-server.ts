/**
 * A minimal static file server for the built site on a free loopback port, used by the build
 * hook to print the handout (no `astro preview` needed inside the build).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/**
 * Serves `dir` under `base` on 127.0.0.1 with a port the OS picks; resolves to its origin.
 *
 * @example
 * const { origin, close } = await serveStatic('dist', '/'); // origin 'http://127.0.0.1:40123'
 */
export async function serveStatic(
  dir: string,
  base = '/',
): Promise<{ origin: string; close: () => Promise<void> }> {
  const prefix = base.replace(/\/$/, '');
  const server: Server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (prefix && path.startsWith(prefix)) path = path.slice(prefix.length) || '/';
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('nicht gefunden');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
