// Gzip JS per page view of the built site, and what each lab page ships beyond a text page.
// Counts every script a page's HTML references (external, module imports followed transitively,
// island component and renderer URLs) plus inline scripts. Target: each lab ≤ 40 KB beyond a text
// page, and the first two labs (load balancing and caching) together (shared chunks counted once)
// too; every lab added later is held to the per-page goal, the union of all labs is printed.
//
//   npx astro build && node bench/page-js.bench.mjs [dist-dir]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { OUT_DIR } from '../src/config/deploy.ts';
import { LABS as LAB_ENTRIES } from '../src/lib/labs.ts';

const BUDGET_KB = 40;
const TEXT_PAGE = 'einfuehrung';
// Every lab's chapter page (src/lib/labs.ts), as a dist path without slashes at the ends.
const pageOf = (lab) => lab.page.replace(/^\/|\/$/g, '');
const LABS = [...new Set(LAB_ENTRIES.map(pageOf))];
const dist = process.argv[2] ?? OUT_DIR;
const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The script files a page loads (site paths) and the gzip size of its inline scripts. */
function scriptsOf(page) {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const files = new Set();
  const queue = [];
  const add = (url) => {
    const path = url.replace(/^https?:\/\/[^/]+/, '');
    if (!/\.m?js$/.test(path) || files.has(path)) return;
    files.add(path);
    queue.push(path);
  };
  for (const [, url] of html.matchAll(/(?:src|component-url|renderer-url|before-hydration-url)="([^"]+)"/g))
    add(url);
  let inline = 0;
  for (const [, code] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    inline += gz(code);
    for (const [, url] of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.m?js)["']/g)) add(url);
  }
  while (queue.length > 0) {
    const url = queue.pop();
    const file = join(dist, url);
    if (!existsSync(file)) continue;
    for (const [, next] of readFileSync(file, 'utf8').matchAll(
      /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.m?js)["']/g,
    ))
      add(posix.join(posix.dirname(url), next));
  }
  return { files, inline };
}

const fileSize = new Map();
const sizeOf = (url) => {
  if (!fileSize.has(url))
    fileSize.set(url, existsSync(join(dist, url)) ? gz(readFileSync(join(dist, url))) : 0);
  return fileSize.get(url);
};
const total = ({ files, inline }) => [...files].reduce((sum, url) => sum + sizeOf(url), inline);

const pages = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name === 'index.html' && !path.includes(`${sep}pagefind${sep}`))
      pages.push(relative(dist, dir).split(sep).join('/'));
  }
};
walk(dist);

const sizes = pages.map((page) => total(scriptsOf(page))).sort((a, b) => a - b);
const median = sizes[Math.floor(sizes.length / 2)];
console.log(
  `page-js ${pages.length} pages: median ${kb(median)}, max ${kb(sizes.at(-1))} gzip JS per page view`,
);

const text = scriptsOf(TEXT_PAGE);
const beyond = (scripts) =>
  [...scripts.files].filter((url) => !text.files.has(url)).reduce((sum, url) => sum + sizeOf(url), 0) +
  Math.max(0, scripts.inline - text.inline);
let failed = false;
const labs = LABS.map(scriptsOf);
LABS.forEach((lab, index) => {
  const extra = beyond(labs[index]);
  failed ||= extra > BUDGET_KB * 1024;
  console.log(`page-js ${lab}: ${kb(extra)} beyond a text page (goal ≤ ${BUDGET_KB} KB)`);
});
const union = (list) => ({
  files: new Set(list.flatMap((lab) => [...lab.files])),
  inline: Math.max(...list.map((l) => l.inline)),
});
const PAIR = ['load-balancing', 'caching'].map((id) =>
  LABS.indexOf(pageOf(LAB_ENTRIES.find((lab) => lab.id === id))),
);
const both = beyond(union(PAIR.map((index) => labs[index])));
failed ||= both > BUDGET_KB * 1024;
console.log(
  `page-js ${PAIR.map((index) => LABS[index]).join(' + ')}, shared chunks once: ${kb(both)} beyond a text page (goal ≤ ${BUDGET_KB} KB)`,
);
console.log(
  `page-js all ${LABS.length} labs, shared chunks once: ${kb(beyond(union(labs)))} beyond a text page`,
);
process.exit(failed ? 1 : 0);
