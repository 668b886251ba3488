// Engine speed: 1,000,000 requests over 16 servers, for every algorithm. Target: < 1 s each.
import { algorithms, simulate, validateScenario } from '../src/sim/loadbalancing/index.ts';

const REQUESTS = 1_000_000;
const SERVERS = 16;
const TARGET_MS = 1000;

const checked = validateScenario({
  seed: 42,
  servers: Array.from({ length: SERVERS }, (_, i) => ({
    weight: 1 + (i % 4),
    speed: 0.5 + (i % 4) * 0.5,
    concurrency: 8,
    queueLimit: 100,
  })),
  clients: { count: 100_000, hotShare: 0.05 },
  arrival: { kind: 'poisson', ratePerSecond: 2000 },
  requests: {
    count: REQUESTS,
    service: { kind: 'lognormal', meanMs: 40, shape: 1 },
    longLived: { share: 0.01, meanMs: 2000 },
  },
});
if (!checked.ok) throw new Error(checked.errors.map((error) => error.message).join('\n'));

// CPU time of this process decides the target: other processes share the two cores, and wall-clock
// time then measures them too. Each algorithm runs three times; the fastest run counts (the usual
// way to filter out interference), wall time of that run is printed alongside.
const RUNS = 3;
let missed = 0;
simulate({ ...checked.value, requests: { ...checked.value.requests, count: 50_000 } }); // warm up the JIT
for (const algorithm of algorithms) {
  let best = { cpuMs: Infinity, wallMs: Infinity };
  let p95 = 0;
  let drops = 0;
  for (let run = 0; run < RUNS; run++) {
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    const result = simulate({ ...checked.value, algorithm: algorithm.id });
    const wallMs = performance.now() - wallBefore;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    if (cpuMs < best.cpuMs) best = { cpuMs, wallMs };
    p95 = result.latency.p95;
    drops = result.drops.total;
  }
  const over = best.cpuMs >= TARGET_MS;
  if (over) missed++;
  console.log(
    `lb ${algorithm.id} ${REQUESTS.toLocaleString('en-US')} requests / ${SERVERS} servers: ${Math.round(best.cpuMs)} ms` +
      ` (CPU, best of ${RUNS}; wall ${Math.round(best.wallMs)} ms; full per-request log;` +
      ` p95 ${p95.toFixed(1)} ms, drops ${drops})${over ? ` – over the ${TARGET_MS} ms target` : ''}`,
  );
}
process.exit(missed === 0 ? 0 : 1);
