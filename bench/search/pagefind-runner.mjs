// Runs Pagefind searches against a built site in Chromium, the engine the reader's browser uses:
// a loopback static server for the build folder and one page that imports /pagefind/pagefind.js.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/chromium.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/**
 * Serves `dir` on 127.0.0.1 and returns `search(term)`, which resolves to the result URLs in rank
 * order, each with its best sub-result's anchor (the section a reader lands on).
 *
 * @example
 * const runner = await openPagefind('dist');
 * await runner.search('Lastverteilung'); // [{ url: '/systemdesign/load-balancing/', sections: ['', '#round-robin', …], … }, …]
 * await runner.close();
 */
export async function openPagefind(dir) {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const bundle = existsSync(join(root, 'pagefind')) ? '/pagefind/pagefind.js' : null;
  if (!bundle) throw new Error(`${root}/pagefind/ fehlt: erst bauen (npx astro build).`);
  await page.goto(`${origin}/pagefind/pagefind-entry.json`);
  await page.evaluate(async (url) => {
    globalThis.pf = await import(url);
    await globalThis.pf.init();
  }, `${origin}${bundle}`);
  const lexicon = existsSync(join(root, 'search-lexicon.json'))
    ? readFileSync(join(root, 'search-lexicon.json'), 'utf8')
    : null;
  return {
    /** The build's query lexicon (JSON), or null for a build from before issue 16. */
    lexicon,
    async search(term) {
      return page.evaluate(async (query) => {
        const { results } = await globalThis.pf.search(query);
        const top = await Promise.all(results.slice(0, 10).map((result) => result.data()));
        return top.map((data) => ({
          url: data.url,
          // As Pagefind's UI shows them: sections other than the page top, most hits first.
          sections: data.sub_results
            .filter((sub) => new URL(sub.url, location.origin).hash)
            .sort((a, b) => b.locations.length - a.locations.length)
            .map((sub) => new URL(sub.url, location.origin).hash),
          excerpt: data.excerpt,
        }));
      }, term);
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}
