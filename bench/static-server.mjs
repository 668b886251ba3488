/**
 * A static file server for one build directory on a free loopback port, shared by the benches that
 * load built pages in Chromium (reader-speed, lab-animation).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/**
 * Serves `root` until the returned server is closed.
 *
 * @example
 * const { server, origin } = await serve('dist'); // origin 'http://127.0.0.1:40123'
 */
export function serve(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = join(root, path);
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

/**
 * Serves a finished build for a script: `dir` (the first command-line argument, or OUT_DIR) must
 * hold an index.html, or the script stops with a German message.
 *
 * @example
 * const { server, origin, dist } = await serveBuild(process.argv[2] ?? OUT_DIR);
 */
export async function serveBuild(dir) {
  const dist = resolve(dir);
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`Kein Build in ${dist}: zuerst npx astro build`);
    process.exit(1);
  }
  return { ...(await serve(dist)), dist };
}
