// Where the main thread's time goes while a lab plays (a diagnostic for lab-animation.bench.mjs):
// opens one scenario, starts "Abspielen" at the given CPU throttle and records for PLAY_MS both a
// JS CPU profile (self time per function, by source position) and a Chromium trace (time per
// renderer activity: script, style, layout, paint, garbage collection).
//
//   node bench/lab-profile.mjs [dist-dir] <url-path> <lab-selector> [throttle] [--rewind]
import { chromium } from 'playwright';
import { serveBuild } from './static-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium.ts';

const PLAY_MS = 5000;
const [
  dir = 'dist',
  path = '/systemdesign/load-balancing/?lb-preset=heterogen',
  selector = '.lb-lab',
  rate = '4',
] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const rewind = process.argv.includes('--rewind');
const js = process.argv.includes('--js');
const css = process.env.PROFILE_CSS;

const { server, origin } = await serveBuild(dir);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(origin + path);
  await page.locator('.lab-frame').scrollIntoViewIfNeeded();
  const lab = page.locator(selector);
  await lab.waitFor();
  const play = lab.getByRole('button', { name: 'Abspielen' }).first();
  if (rewind) await lab.getByRole('button', { name: 'Zurücksetzen' }).first().click();
  await page.waitForFunction((b) => !b.disabled, await play.elementHandle(), { timeout: 120_000 });
  if (css) await page.addStyleTag({ content: css });
  console.log('DOM-Knoten:', await page.evaluate(() => document.getElementsByTagName('*').length));
  await page.waitForTimeout(500);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(rate) });
  if (js) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      ...(process.argv.includes('--inv')
        ? ['disabled-by-default-devtools.timeline.invalidationTracking']
        : []),
      'v8',
    ],
  });
  if (js) await cdp.send('Profiler.start');
  await play.click();
  await page.waitForTimeout(PLAY_MS);
  const profile = js ? (await cdp.send('Profiler.stop')).profile : { nodes: [], samples: [], timeDeltas: [] };
  const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;

  // JS self time per function.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`JS-Profil (${total.toFixed(0)} ms Stichproben), Selbstzeit je Funktion:`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${ms.toFixed(0).padStart(7)} ms  ${key}`);

  // Trace: time per event name on the renderer main thread (complete events, nested ones too).
  const main = trace.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = (e) => e.pid === main.pid && e.tid === main.tid;
  const sums = new Map();
  for (const e of trace) {
    if (!onMain(e) || e.ph !== 'X' || typeof e.dur !== 'number') continue;
    const ms = (typeof e.tdur === 'number' ? e.tdur : e.dur) / 1000;
    const s = sums.get(e.name) ?? { ms: 0, n: 0, max: 0 };
    s.ms += ms;
    s.n += 1;
    s.max = Math.max(s.max, ms);
    sums.set(e.name, s);
  }
  const frames = trace.filter((e) => onMain(e) && e.name === 'FireAnimationFrame').length;
  console.log(`\nTrace (CPU-Zeit, verschachtelt), ${frames} Animation-Frame-Aufrufe:`);
  for (const [name, s] of [...sums].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25))
    console.log(
      `${s.ms.toFixed(0).padStart(7)} ms  ${(s.ms / Math.max(1, frames)).toFixed(1).padStart(6)} ms/Bild  ${String(s.n).padStart(6)}×  max ${s.max.toFixed(1).padStart(6)} ms  ${name}`,
    );
  const style = trace.filter((e) => onMain(e) && e.name === 'UpdateLayoutTree' && e.ph === 'X');
  const counts = style.map((e) => e.args?.elementCount ?? 0).sort((a, b) => a - b);
  console.log('\nStil: Elemente je Neuberechnung, Median', counts[counts.length >> 1], 'max', counts.at(-1));
  const layouts = trace.filter((e) => onMain(e) && e.name === 'Layout' && e.ph === 'X');
  const dirty = layouts.map((e) => `${e.args?.beginData?.dirtyObjects}/${e.args?.beginData?.totalObjects}`);
  console.log('Layout: schmutzig/gesamt', dirty.slice(5, 15).join(' '));
  const paints = trace.filter((e) => onMain(e) && e.name === 'Paint' && e.ph === 'X');
  const paintNodes = new Map();
  for (const e of paints) {
    const key = `${e.args?.data?.nodeId} ${JSON.stringify(e.args?.data?.clip ?? []).slice(0, 60)}`;
    const v = paintNodes.get(key) ?? { n: 0, ms: 0 };
    v.n++;
    v.ms += (e.tdur ?? e.dur) / 1000;
    paintNodes.set(key, v);
  }
  console.log(
    'Paint je Knoten:',
    [...paintNodes]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 6)
      .map(([k, v]) => `${k}: ${v.n}× ${v.ms.toFixed(0)} ms`)
      .join('\n  '),
  );
  const invalid = new Map();
  for (const e of trace) {
    if (!onMain(e) || !/Invalidat|ScheduleStyle|StyleRecalc/.test(e.name)) continue;
    const k = `${e.name} ${e.args?.data?.reason ?? ''} ${e.args?.data?.nodeName ?? ''}`;
    invalid.set(k, (invalid.get(k) ?? 0) + 1);
  }
  console.log(
    'Invalidierungen:',
    [...invalid]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([k, v]) => `${v}× ${k}`)
      .join('\n  '),
  );
  // Long tasks: what is inside them.
  const tasks = trace.filter((e) => onMain(e) && e.name === 'RunTask' && (e.tdur ?? e.dur) > 50_000);
  for (const t of tasks.slice(0, 5)) {
    const inner = trace.filter(
      (e) => onMain(e) && e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e !== t,
    );
    const kinds = new Map();
    for (const e of inner) kinds.set(e.name, (kinds.get(e.name) ?? 0) + (e.tdur ?? e.dur) / 1000);
    console.log(
      `\nlange Aufgabe ${((t.tdur ?? t.dur) / 1000).toFixed(0)} ms CPU:`,
      [...kinds]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', '),
    );
  }
} finally {
  await browser.close();
  server.close();
}
