// LCP of chapter pages, broken down, for several builds of the same pages taking turns (ours before
// and after a change, the stock twin): wall-clock FCP and LCP, the renderer main thread's CPU time
// from navigation to the first and to the largest contentful paint, the parse/style/layout time and
// the number of style, layout and pre-paint passes before LCP, TBT (CPU, as reader-speed.bench.mjs
// counts it) and the LCP element. Same throttled phone as reader-speed.bench.mjs (375 × 667, DPR 2,
// 4× CPU), cold cache, medians of BENCH_RUNS (default 7); VERBOSE=1 prints every run as
// LCP/CPU→LCP/TBT. A diagnosis tool for the reader-speed LCP column, not part of `npm run bench`.
//
//   node bench/reader-speed-lcp.mjs before=/tmp/dist-a,after=dist,stock=bench/stock/dist /systemdesign/
import { chromium } from 'playwright';
import { serve } from './static-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium.ts';

const PHONE = { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const [builds = 'ours=dist,stock=bench/stock/dist', ...paths] = process.argv.slice(2);
const sides = builds.split(',').map((pair) => pair.split('='));

/** One cold load: wall LCP, CPU before LCP, frames (UpdateLayoutTree/Layout/Paint) before LCP, TBT (CPU). */
async function measure(browser, url) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const state = { lcp: 0, element: '' };
    Object.defineProperty(window, '__lcp', { value: state });
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1);
      if (!last) return;
      state.lcp = last.startTime;
      const el = last.element;
      state.element = el ? `${el.tagName.toLowerCase()} ${el.textContent.trim().slice(0, 40)}` : '?';
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'loading',
    ],
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(Number(process.env.WAIT_MS ?? 2500));
  const { lcp, element } = await page.evaluate(() => window.__lcp);
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
  );
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await context.close();
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  if (!parse || !nav) throw new Error(`kein ParseHTML/navigationStart für ${url} im Trace`);
  const start = nav.ts;
  const end = start + lcp * 1000;
  const before = (e) => e.ts >= start && e.ts < end;
  const beforeFcp = (e) => e.ts >= start && e.ts < start + fcp * 1000;
  const cpu = (e) => (typeof e.tdur === 'number' ? e.tdur : e.dur) / 1000;
  const tasks = main.filter((e) => e.name === 'RunTask');
  const sum = (list) => list.reduce((total, e) => total + cpu(e), 0);
  return {
    lcp,
    fcp,
    element,
    cpuFcp: sum(tasks.filter(beforeFcp)),
    cpu: sum(tasks.filter(before)),
    style: main.filter((e) => e.name === 'UpdateLayoutTree' && before(e)).length,
    layout: main.filter((e) => e.name === 'Layout' && before(e)).length,
    paint: events.filter((e) => e.pid === parse.pid && e.name === 'PrePaint' && before(e)).length,
    parse: sum(main.filter((e) => e.name === 'ParseHTML' && before(e))),
    styleMs: sum(main.filter((e) => e.name === 'UpdateLayoutTree' && before(e))),
    layoutMs: sum(main.filter((e) => e.name === 'Layout' && before(e))),
    tbt: tasks.reduce((total, e) => total + Math.max(0, cpu(e) - 50), 0),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const r = (value) => `${Math.round(value)}`.padStart(5);
const servers = Object.fromEntries(
  await Promise.all(sides.map(async ([name, dir]) => [name, await serve(dir)])),
);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  console.log(
    `median of ${RUNS}; ms; cpu = main-thread CPU navigation → LCP; s/l/p = style/layout/prepaint passes before LCP`,
  );
  console.log(
    `${'page'.padEnd(40)} side    FCP   LCP  cpu→FCP cpu→LCP parse style layout  s/l/p   TBT  element`,
  );
  for (const path of paths) {
    const runs = Object.fromEntries(sides.map(([name]) => [name, []]));
    for (let run = 0; run < RUNS; run++)
      for (const [name] of sides) runs[name].push(await measure(browser, servers[name].origin + path));
    for (const [side] of sides) {
      const m = (key) => median(runs[side].map((x) => x[key]));
      const elements = [...new Set(runs[side].map((x) => x.element))].join(' | ');
      console.log(
        `${path.padEnd(40)} ${side.padEnd(6)} ${r(m('fcp'))} ${r(m('lcp'))}   ${r(m('cpuFcp'))}   ${r(m('cpu'))} ${r(m('parse'))} ${r(m('styleMs'))} ${r(m('layoutMs'))}  ${m('style')}/${m('layout')}/${m('paint')} ${r(m('tbt'))}  ${elements}`,
      );
    }
    if (process.env.VERBOSE)
      for (const [side] of sides)
        console.log(
          side,
          runs[side].map((x) => `${Math.round(x.lcp)}/${Math.round(x.cpu)}/${Math.round(x.tbt)}`).join(' '),
        );
  }
} finally {
  await browser.close();
  for (const { server } of Object.values(servers)) server.close();
}
