// Gzip size of the JS a built page loads, and the difference to a text page (the lab budget is 40 KB):
//   npx astro build && node bench/page-js-size.mjs dist systemdesign/load-balancing systemdesign/skalierungsmuster
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

const [dist, ...pages] = process.argv.slice(2);
function jsOf(page) {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const found = new Set();
  const add = (url) => {
    if (url.endsWith('.js') || url.endsWith('.mjs')) found.add(url.replace(/^https?:\/\/[^/]+/, ''));
  };
  for (const m of html.matchAll(/(?:src|component-url|renderer-url|before-hydration-url)="([^"]+)"/g))
    add(m[1]);
  for (const m of html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g))
    for (const i of m[1].matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)) add(i[1]);
  const queue = [...found];
  while (queue.length) {
    const url = queue.pop();
    const file = join(dist, url);
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      const next = posix.join(posix.dirname(url), m[1]);
      if (!found.has(next)) {
        found.add(next);
        queue.push(next);
      }
    }
  }
  let gz = 0;
  const files = [];
  for (const url of found) {
    const file = join(dist, url);
    if (!existsSync(file)) continue;
    const size = gzipSync(readFileSync(file), { level: 9 }).length;
    gz += size;
    files.push([url, size]);
  }
  return { gz, files };
}
const results = pages.map((p) => ({ page: p, ...jsOf(p) }));
for (const r of results) {
  console.log(`${r.page}: ${(r.gz / 1024).toFixed(1)} KB gzip JS`);
  for (const [u, s] of r.files.sort()) console.log(`   ${u} ${(s / 1024).toFixed(1)} KB`);
}
if (results.length === 2)
  console.log(`difference: ${((results[0].gz - results[1].gz) / 1024).toFixed(1)} KB gzip`);
