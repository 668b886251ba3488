// Reader speed: total blocking time (TBT) and largest contentful paint (LCP) of every built page on
// a phone (375 × 667, DPR 2, touch) at 4× CPU throttle in Chromium, side by side with a stock
// Starlight page of the same text. Target (issue 11): each page's TBT within 50 ms of its stock
// twin, LCP no worse than the twin's (10 % + 50 ms slack for noise; both on CPU time, see below).
//
// The stock twin: bench/stock/ is a bare Starlight project (its own astro.config.mjs, this repo's
// node_modules). Its pages are generated from our BUILT pages, so they carry exactly the text a
// reader gets, also text that components add (figure list, self-checks, link directory): each page's
// content is walked in Chromium; headings become Markdown headings, code blocks fenced code (so the
// twin pays for Starlight's own code blocks too), every figure becomes its caption as a paragraph,
// labs are dropped, everything else is kept as one-line HTML without inline SVG. Then the twin is
// built with `astro build --root bench/stock`.
//
// TBT is read from a Chromium trace of the page's main thread, from navigation to quiet (1.5 s
// without a long task after `load`): the sum over tasks of (time − 50 ms). This machine's cores are
// shared, so the wall time of a task grows while the renderer waits for a core; the figure reported
// as TBT therefore uses the main thread's CPU time per task, which includes Chromium's throttling
// (it grows about 4×) but not the waiting for a core. The wall-time TBT is printed next to it. LCP
// likewise: wall-clock LCP is mostly the wait for a core on a loaded machine (the same page spreads
// from 0.6 to 4.6 s at load average 30), so the LCP goal is judged on the main thread's CPU time from
// navigation to the LCP paint ("LCP cpu"), with wall-clock LCP printed next to it. A wait that costs
// no CPU (a render-blocking request or hold) does not show in the CPU figure: compare the wall figures
// on a quiet machine for such a change. bench/reader-speed-lcp.mjs breaks LCP down further. Each page
// is loaded BENCH_RUNS times (default 3), ours and the twin alternating, cold cache; medians are shown.
// A page over the goal after these runs is loaded 2 × BENCH_RUNS times more and judged on all runs.
//
//   npx astro build && node bench/reader-speed.bench.mjs [dist-dir] [page-filter]
//   (page-filter: a regular expression on the path, e.g. '/systemdesign/' or '^/(?!vortrag|embed)')
//   (BENCH_RUNS=5 for more runs; BENCH_REUSE_STOCK=1 skips rebuilding an existing stock twin)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { chromium } from 'playwright';
import { serve } from './static-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium.ts';
import { OUT_DIR } from '../src/config/deploy.ts';

const THROTTLE = 4;
const LONG_TASK_MS = 50;
const QUIET_MS = 1500;
const MAX_WAIT_MS = 20000;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PHONE = { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const STOCK_ROOT = resolve('bench/stock');
const STOCK_DOCS = join(STOCK_ROOT, 'src/content/docs');
const STOCK_DIST = join(STOCK_ROOT, 'dist');

const dist = resolve(process.argv[2] ?? OUT_DIR);
const only = process.argv[3] ? new RegExp(process.argv[3]) : undefined;

/** Every content page of a build as a site path ('/', '/einfuehrung/'), without redirect stubs. */
function pagesOf(root) {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        if (!name.startsWith('_') && name !== 'pagefind' && name !== 'og') walk(file);
      } else if (name === 'index.html' && !/http-equiv="refresh"/i.test(readFileSync(file, 'utf8'))) {
        const path = `/${relative(root, dir)}/`.replace(/\/+/g, '/');
        pages.push(path);
      }
    }
  };
  walk(root);
  return pages.sort();
}

/** Runs in the page: the page's content as Markdown for the stock twin (see the header). */
function toStockMarkdown() {
  const root = document.querySelector('.sl-markdown-content') ?? document.querySelector('main');
  const title = document.querySelector('h1')?.textContent?.trim() ?? document.title;
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  const special = 'h2, h3, h4, h5, h6, figure, .expressive-code, .lab-frame, astro-island, script, style';
  const out = [];
  const walk = (element) => {
    if (element.matches('script, style, .lab-frame, astro-island, .sr-only')) return;
    if (element.matches('h2, h3, h4, h5, h6')) {
      out.push(`${'#'.repeat(Number(element.tagName[1]))} ${element.textContent.trim()}`);
    } else if (element.matches('figure')) {
      const caption = element.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim();
      if (caption) out.push(`<p><em>${caption.replace(/</g, '&lt;')}</em></p>`);
    } else if (element.matches('.expressive-code')) {
      const pre = element.querySelector('pre');
      const lines = [...(pre?.querySelectorAll('.ec-line') ?? [])].map((line) => line.textContent);
      const code = lines.length > 0 ? lines.join('\n') : (pre?.textContent ?? '');
      out.push(`\`\`\`\`${pre?.dataset.language ?? ''}\n${code}\n\`\`\`\``);
    } else if (element.querySelector(special)) {
      for (const child of element.children) walk(child);
    } else {
      const copy = element.cloneNode(true);
      for (const drop of copy.querySelectorAll('svg, button, script, style, .sr-only')) drop.remove();
      out.push(copy.outerHTML.replace(/\s*\n\s*/g, ' '));
    }
  };
  for (const child of root.children) walk(child);
  return { title, description, body: out.join('\n\n') };
}

/** Writes the stock twin's pages from our built pages and builds it. */
async function buildStock(browser, origin, pages) {
  rmSync(STOCK_DOCS, { recursive: true, force: true });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(origin + path);
    const { title, description, body } = await page.evaluate(toStockMarkdown);
    const file = join(STOCK_DOCS, path === '/' ? 'index.md' : `${path.slice(1, -1)}.md`);
    mkdirSync(dirname(file), { recursive: true });
    const front = `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n`;
    writeFileSync(file, front + body + '\n');
  }
  await context.close();
  const { status } = spawnSync('npx', ['astro', 'build', '--root', STOCK_ROOT], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (status !== 0) throw new Error('Stock-Starlight-Build fehlgeschlagen');
}

/**
 * Top-level tasks of the main thread that parsed `url`: wall and CPU time in ms, and their start in
 * ms after the navigation to `url` began (the time origin of its performance entries).
 */
function mainThreadTasks(trace, url) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) throw new Error(`kein ParseHTML für ${url} im Trace`);
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url,
  );
  if (!navigation) throw new Error(`kein navigationStart für ${url} im Trace`);
  return events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === parse.pid && e.tid === parse.tid)
    .map((e) => ({
      start: (e.ts - navigation.ts) / 1000,
      wall: e.dur / 1000,
      cpu: (typeof e.tdur === 'number' ? e.tdur : e.dur) / 1000,
    }));
}

/** One cold load of `url` on the throttled phone: TBT (CPU-based and wall), LCP (wall and CPU) in ms. */
async function measure(browser, url) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const state = { lastLongTaskEnd: 0, lcp: 0 };
    Object.defineProperty(window, '__bench', { value: state });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.lastLongTaskEnd = Math.max(state.lastLongTaskEnd, entry.startTime + entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      state.lcp = entries[entries.length - 1]?.startTime ?? state.lcp;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  await page.goto(url, { waitUntil: 'load' });
  const loaded = await page.evaluate(() => performance.now());
  for (;;) {
    await page.waitForTimeout(250);
    const { now, last } = await page.evaluate(() => ({
      now: performance.now(),
      last: window.__bench.lastLongTaskEnd,
    }));
    if (now - Math.max(last, loaded) >= QUIET_MS || now > MAX_WAIT_MS) break;
  }
  const lcp = await page.evaluate(() => window.__bench.lcp);
  const tasks = mainThreadTasks(await browser.stopTracing(), url);
  await context.close();
  return {
    tbt: tasks.reduce((sum, t) => sum + Math.max(0, t.cpu - LONG_TASK_MS), 0),
    tbtWall: tasks.reduce((sum, t) => sum + Math.max(0, t.wall - LONG_TASK_MS), 0),
    lcp,
    // The main thread's CPU time until the LCP paint: what the page costs before its largest text
    // or picture shows, without the time spent waiting for a core.
    lcpCpu: tasks.filter((t) => t.start >= 0 && t.start < lcp).reduce((sum, t) => sum + t.cpu, 0),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value)}`.padStart(5);
const kb = (file) => (existsSync(file) ? `${Math.round(statSync(file).size / 1024)}`.padStart(5) : '    –');

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`Kein Build in ${dist}: zuerst npx astro build`);
  process.exit(1);
}
const ours = await serve(dist);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
let failed = 0;
try {
  const all = pagesOf(dist).filter((path) => path !== '/404/');
  // BENCH_REUSE_STOCK=1 keeps an existing twin build (repeated runs on the same pages' text).
  if (process.env.BENCH_REUSE_STOCK !== '1' || !existsSync(join(STOCK_DIST, 'index.html')))
    await buildStock(browser, ours.origin, all);
  const stock = await serve(STOCK_DIST);
  const pages = all.filter((path) => !only || only.test(path));
  console.log(
    `reader-speed: ${PHONE.viewport.width}×${PHONE.viewport.height} DPR ${PHONE.deviceScaleFactor}, ${THROTTLE}× CPU, median of ${RUNS}; ms (TBT and LCP from the throttled main thread's CPU time; wall time in brackets), HTML in KB`,
  );
  console.log(
    `${'page'.padEnd(44)}   TBT  stock    Δ   (wall  stock)  LCP cpu stock   (wall  stock)   HTML stock`,
  );
  for (const path of pages) {
    const runs = { ours: [], stock: [] };
    const take = async (count) => {
      for (let run = 0; run < count; run++) {
        runs.ours.push(await measure(browser, ours.origin + path));
        runs.stock.push(await measure(browser, stock.origin + path));
      }
    };
    const pick = (side, key) => median(runs[side].map((result) => result[key]));
    const over = () =>
      pick('ours', 'tbt') - pick('stock', 'tbt') > 50 ||
      pick('ours', 'lcpCpu') > pick('stock', 'lcpCpu') * 1.1 + 50;
    await take(RUNS);
    // A page over the goal is measured twice as often again and judged on all its runs: one slow run
    // in three moves a median by 100 ms on a shared machine, a real gap stays.
    const again = over();
    if (again) await take(2 * RUNS);
    const [tbt, tbtStock] = [pick('ours', 'tbt'), pick('stock', 'tbt')];
    const [lcp, lcpStock] = [pick('ours', 'lcpCpu'), pick('stock', 'lcpCpu')];
    const slow = over();
    if (slow) failed += 1;
    const file = (root) => join(root, path, 'index.html');
    console.log(
      `${path.padEnd(44)} ${ms(tbt)}  ${ms(tbtStock)} ${ms(tbt - tbtStock)}  (${ms(pick('ours', 'tbtWall'))} ${ms(pick('stock', 'tbtWall'))})    ${ms(lcp)} ${ms(lcpStock)}   (${ms(pick('ours', 'lcp'))} ${ms(pick('stock', 'lcp'))})  ${kb(file(dist))}  ${kb(file(STOCK_DIST))}${again ? `  (nachgemessen: ${runs.ours.length} Läufe)` : ''}${slow ? '  ← über dem Ziel' : ''}`,
    );
  }
  stock.server.close();
} finally {
  await browser.close();
  ours.server.close();
}
console.log(
  failed === 0 ? 'reader-speed: alle Seiten im Ziel' : `reader-speed: ${failed} Seite(n) über dem Ziel`,
);
process.exit(failed === 0 ? 0 : 1);
