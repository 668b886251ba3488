// Queue engine speed (issue 14): 1,000,000 orders through the pizza shop (M/M/3 at ρ = 0.7, a
// queue that never fills) and the same with crashes, redeliveries and a dead-letter queue. Run with
// `npm run bench queue` or `node bench/queue.bench.ts`; exits non-zero when a goal is missed.
import { simulateQueue, validateQueueScenario } from '../src/sim/queue/index.ts';

const ORDERS = 1_000_000;
const GOAL_MS = 1000;
const ROUNDS = 3; // best of, to look past noise from other processes
// CPU time of this process, not wall time: on a shared machine wall time mostly measures the queue
// for the CPU (load averages of 10+ on 2 cores were seen while the other helpers built).
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function scenario(input: object) {
  const checked = validateQueueScenario(input);
  if (!checked.ok) throw new Error(checked.errors[0].message);
  return checked.value;
}

const cases = {
  'M/M/3 ρ=0.7': scenario({
    orders: ORDERS,
    arrival: { ratePerMin: 1 },
    queue: { capacity: 1_000_000 },
    consumers: { count: 3, service: { meanMin: 2.1 } },
  }),
  'mit Abstürzen (10 %), Redelivery und DLQ': scenario({
    orders: ORDERS,
    arrival: { ratePerMin: 1 },
    queue: { capacity: 1_000_000 },
    consumers: { count: 3, service: { meanMin: 1.8 } },
    ack: { crashProbability: 0.1, poisonShare: 0.01, maxDeliveries: 5, visibilityTimeoutMin: 2 },
  }),
};

const missed: string[] = [];
simulateQueue({ ...cases['M/M/3 ρ=0.7'], orders: 100_000 }); // warm-up
for (const [name, s] of Object.entries(cases)) {
  let ms = Infinity;
  let wall = Infinity;
  let events = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = cpuMs();
    const startWall = performance.now();
    const result = simulateQueue(s);
    ms = Math.min(ms, cpuMs() - start);
    wall = Math.min(wall, performance.now() - startWall);
    events = result.totals.deliveries;
  }
  console.log(
    `queue ${name}: ${ORDERS.toLocaleString('en-US')} orders, ${events.toLocaleString('en-US')} deliveries in ${ms.toFixed(0)} ms CPU, ${wall.toFixed(0)} ms wall (goal < ${GOAL_MS} ms CPU)`,
  );
  if (ms >= GOAL_MS) missed.push(name);
}
if (missed.length > 0) {
  console.error(`queue goals missed: ${missed.join(', ')}`);
  process.exit(1);
}
