// Partitioning and replication engine speed (issue 15): placing 1,000,000 keys under every scheme and
// computing what moves when a node joins must take under 1 s each; 10⁴ seeded quorum runs under 2 s.
// Run with `npm run bench partitioning` or `node bench/partitioning.bench.ts`; exits non-zero when a
// goal is missed.
import { SCHEME_IDS, simulatePartitioning, simulateQuorum } from '../src/sim/partitioning/index.ts';

const KEYS = 1_000_000;
const NODES = 10;
const GOAL_PLACE_MS = 1000;
const GOAL_QUORUM_MS = 2000;
const ROUNDS = 3; // best of, to look past noise from other processes

function best(run: () => void): number {
  let ms = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    run();
    ms = Math.min(ms, performance.now() - start);
  }
  return ms;
}

const missed: string[] = [];
for (const scheme of SCHEME_IDS) {
  let moved = 0;
  // Zipf weights with a hot key: the lab's heaviest setting (weights, two placements, moves, loads).
  const ms = best(() => {
    moved = simulatePartitioning({
      scheme,
      nodes: NODES,
      virtualNodes: 100,
      keys: KEYS,
      popularity: 'zipf',
      alpha: 1,
      hotShare: 0.1,
      event: { kind: 'join' },
      seed: 1,
    }).movedFraction;
  });
  console.log(
    `partitioning ${scheme}: ${KEYS.toLocaleString('en-US')} keys on ${NODES} nodes + join: ${ms.toFixed(0)} ms ` +
      `(goal < ${GOAL_PLACE_MS}); moved ${(moved * 100).toFixed(1)} %`,
  );
  if (ms >= GOAL_PLACE_MS) missed.push(`placement ${scheme}`);
}

let stale = 0;
const quorumMs = best(() => {
  stale = simulateQuorum({
    n: 3,
    w: 1,
    r: 1,
    lagMs: 50,
    readAfterMs: 0,
    failure: 'none',
    runs: 10_000,
    seed: 1,
  }).staleReads;
});
console.log(
  `partitioning quorum: 10,000 runs (N=3, W=1, R=1): ${quorumMs.toFixed(0)} ms (goal < ${GOAL_QUORUM_MS}); ${stale} stale`,
);
if (quorumMs >= GOAL_QUORUM_MS) missed.push('quorum runs');

if (missed.length > 0) {
  console.error(`partitioning goals missed: ${missed.join(', ')}`);
  process.exit(1);
}
