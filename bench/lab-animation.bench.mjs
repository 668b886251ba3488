// Longest main-thread task while the load-balancing lab animates 16 servers, measured in Chromium
// (a benchmark, not a test). Starts `astro preview` on a free port for the built site (dist/, or the
// directory given as the first argument), plays the lab for a few seconds under a Chromium trace and
// reads the duration of every task on the renderer's main thread. Target: no task over 50 ms (CPU
// time of the main thread; wall time is printed too).
//
//   npx astro build && node bench/lab-animation.bench.mjs [dist-dir]
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium.ts';
import { OUT_DIR } from '../src/config/deploy.ts';

const TARGET_MS = 50;
const PLAY_MS = 6000;
const SCENARIOS = [
  { name: '16 Server', query: '?lb-n=16&lb-rate=600&lb-count=20000&lb-algo=leastConnections' },
  {
    name: '16 Server, Vergleich',
    query: '?lb-n=16&lb-rate=600&lb-count=20000&lb-algo=roundRobin&lb-cmp=powerOfTwoChoices',
  },
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, child) {
  for (let tries = 0; tries < 120; tries++) {
    if (child.exitCode !== null) throw new Error(`astro preview beendet (Code ${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} antwortet nicht`);
}

/**
 * All top-level tasks on the page's renderer main thread in a trace: wall time (`dur`) and the
 * thread's CPU time (`tdur`), in ms. Other processes share the two cores; while the renderer waits
 * for a core, wall time grows but CPU time does not, so CPU time measures the lab's own work.
 */
function mainThreadTasks(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = (e) => !main || (e.pid === main.pid && e.tid === main.tid);
  return events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && typeof e.dur === 'number' && onMain(e))
    .map((e) => ({ wall: e.dur / 1000, cpu: (typeof e.tdur === 'number' ? e.tdur : e.dur) / 1000 }));
}

const dist = process.argv[2] ?? OUT_DIR;
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const preview = spawn(
  'npx',
  [
    'astro',
    'preview',
    '--ignore-lock',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    ...(dist ? ['--outDir', dist] : []),
  ],
  { stdio: 'ignore', detached: true, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
let failed = false;
let browser;
try {
  await waitForServer(`${base}/systemdesign/load-balancing/`, preview);
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  for (const scenario of SCENARIOS) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/systemdesign/load-balancing/${scenario.query}`);
    await page.locator('#labor').scrollIntoViewIfNeeded();
    await page.locator('.lb-lab').waitFor();
    await page.locator('.lb-view').first().scrollIntoViewIfNeeded();
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    await page.getByRole('button', { name: 'Abspielen' }).click();
    await page.waitForTimeout(PLAY_MS);
    await page.getByRole('button', { name: 'Pause' }).click();
    const tasks = mainThreadTasks(await browser.stopTracing());
    const longestCpu = Math.max(0, ...tasks.map((t) => t.cpu));
    const longestWall = Math.max(0, ...tasks.map((t) => t.wall));
    const over = tasks.filter((t) => t.cpu > TARGET_MS).length;
    const overWall = tasks.filter((t) => t.wall > TARGET_MS).length;
    if (longestCpu > TARGET_MS) failed = true;
    console.log(
      `lab-animation ${scenario.name}: longest main-thread task ${longestCpu.toFixed(1)} ms CPU` +
        ` (wall ${longestWall.toFixed(1)} ms; ${tasks.length} tasks in ${PLAY_MS / 1000} s, ${over} over ${TARGET_MS} ms CPU, ${overWall} over ${TARGET_MS} ms wall)` +
        `${longestCpu > TARGET_MS ? ` – over the ${TARGET_MS} ms target` : ''}`,
    );
    await page.close();
  }
} finally {
  await browser?.close();
  process.kill(-preview.pid, 'SIGTERM');
}
process.exit(failed ? 1 : 0);
