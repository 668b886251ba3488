// Long tasks of one page load, broken down: which scripts, style, layout and paint fill each main-
// thread task over 50 ms on the throttled phone of reader-speed.bench.mjs. A diagnosis tool for the
// reader-speed figures (not part of `npm run bench`).
//
//   node bench/long-tasks.mjs dist /embed/message-queue/
import { chromium } from 'playwright';
import { serve } from './static-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium.ts';

const [root = 'dist', path = '/'] = process.argv.slice(2);
const PHONE = { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const { server, origin } = await serve(root);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'],
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForTimeout(Number(process.env.WAIT_MS ?? 6000));
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(origin, '')}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  if (process.env.PROFILE)
    for (const [key, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`self ${Math.round(time).toString().padStart(5)}  ${key}`);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === origin + path);
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  const start = main.find((e) => e.name === 'RunTask')?.ts ?? 0;
  const tasks = main.filter((e) => e.name === 'RunTask' && (e.tdur ?? e.dur) / 1000 > 50);
  let tbt = 0;
  for (const task of tasks) {
    const cpu = (task.tdur ?? task.dur) / 1000;
    tbt += cpu - 50;
    const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    const parts = new Map();
    for (const e of inside) {
      const depth = inside.filter((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur).length;
      if (depth > 2) continue;
      const what =
        e.args?.data?.url || e.args?.data?.functionName
          ? `${e.name} ${(e.args.data.functionName ?? '') + ' ' + (e.args.data.url ?? '').replace(origin, '')}`
          : e.name;
      parts.set(`${depth} ${what}`, (parts.get(`${depth} ${what}`) ?? 0) + (e.tdur ?? e.dur) / 1000);
    }
    console.log(`task at ${Math.round((task.ts - start) / 1000)} ms: ${Math.round(cpu)} ms CPU`);
    for (const [what, time] of [...parts].sort((a, b) => b[1] - a[1]).slice(0, 14))
      if (time > 3) console.log(`   ${Math.round(time).toString().padStart(5)}  ${what}`);
  }
  console.log(`TBT (CPU) ${Math.round(tbt)} ms`);
} finally {
  await browser.close();
  server.close();
}
