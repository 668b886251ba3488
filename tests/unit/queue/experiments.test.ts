// The message-queue lab's guided experiments (src/lib/labs.ts): each test reads the experiment's own
// setup link the way the lab reads its address, runs the engine and checks the answer the
// explanation gives.
import { describe, expect, it } from 'vitest';
import { erlangC, mmcWait, retryDelay, simulateQueue } from '../../../src/sim/queue/index.ts';
import { mulberry32 } from '../../../src/sim/shared/random.ts';
import { LABS } from '../../../src/lib/labs.ts';
import { readQueueState, toScenario } from '../../../src/components/queue/labState.ts';

const lab = LABS.find((entry) => entry.id === 'message-queue')!;
const experiments = lab.experiments;

/** Runs the lab at `setup`, with some of its parameters changed as a reader would in the form. */
function run(setup: string | undefined, changes: Record<string, string> = {}) {
  const params = new URLSearchParams(setup);
  for (const [key, value] of Object.entries(changes)) params.set(key, value);
  const { state, errors } = readQueueState(`?${params}`);
  expect(errors).toEqual([]);
  const { scenario } = toScenario(state);
  return simulateQueue(scenario!);
}

describe('the message-queue lab’s guided experiments', () => {
  it('every experiment has a setup link and an explanation', () => {
    expect(experiments.length).toBeGreaterThanOrEqual(4);
    for (const e of experiments) {
      expect(e.setup).toMatch(/^\?q\./);
      expect(e.explanation).toBeTruthy();
    }
  });

  it('1 – the hockey stick: from 70 % to 95 % utilisation the mean wait grows about tenfold', () => {
    const { setup } = experiments[0];
    const at95 = run(setup);
    const at70 = run(setup, { 'q.rate': '1' });
    expect(at95.utilization).toBeGreaterThan(0.93);
    expect(at70.utilization).toBeLessThan(0.72);
    expect(at70.wait.mean).toBeGreaterThan(1);
    expect(at70.wait.mean).toBeLessThan(1.5);
    expect(at95.wait.mean).toBeGreaterThan(8 * at70.wait.mean);
    expect(at95.wait.mean).toBeGreaterThan(10);
  });

  it('1 – why tenfold: 1/(1 − ρ) alone gives six, the chance to wait (Erlang C) rises from about 50 to 90 %', () => {
    // The preset: 3 bakers, 2.1 min each; offered load a = λ·E[S] at 1 and 1.357 orders per minute.
    const [c70, c95] = [erlangC(3, 1 * 2.1), erlangC(3, 1.357 * 2.1)];
    expect(c70).toBeGreaterThan(0.45);
    expect(c70).toBeLessThan(0.5);
    expect(c95).toBeGreaterThan(0.9);
    expect(1 / (1 - 0.95) / (1 / (1 - 0.7))).toBeCloseTo(6, 5);
    expect(mmcWait(3, 1.357, 2.1) / mmcWait(3, 1, 2.1)).toBeGreaterThan(10);
  });

  it('2 – one more baker shortens the queue wait more, faster bakers the time to the finished pizza', () => {
    const { setup } = experiments[1];
    const more = run(setup);
    const faster = run(setup, { 'q.bakers': '3', 'q.mean': '1.575' });
    const before = run(setup, { 'q.bakers': '3' });
    expect(more.utilization).toBeCloseTo(faster.utilization, 1);
    expect(more.wait.mean).toBeLessThan(faster.wait.mean);
    expect(faster.meanSojournMin).toBeLessThan(more.meanSojournMin);
    expect(before.wait.mean).toBeGreaterThan(11);
    expect(more.wait.mean).toBeLessThan(1);
    expect(faster.wait.mean).toBeLessThan(1);
    // The same order in theory (Erlang C), so the measured order is no accident of the seed.
    expect(mmcWait(4, 1.357, 2.1)).toBeLessThan(mmcWait(3, 1.357, 1.575));
  });

  it('3 – crashes before the ack: duplicates without idempotency, none with it, nothing lost', () => {
    const { setup } = experiments[2];
    const plain = run(setup);
    const idempotent = run(setup, { 'q.idem': '1' });
    expect(plain.totals.duplicates).toBeGreaterThan(80);
    expect(plain.totals.redelivered).toBeGreaterThan(80);
    expect(idempotent.totals.duplicates).toBe(0);
    expect(idempotent.totals.distinctProcessed).toBe(idempotent.totals.accepted);
    expect(plain.totals.accepted).toBe(600);
    expect(plain.totals.acked).toBe(600);
  });

  it('3 – idempotent bakers are delivered twice and bake twice: utilisation and wait stay the same', () => {
    const { setup } = experiments[2];
    const plain = run(setup);
    const idempotent = run(setup, { 'q.idem': '1' });
    // „Auslastung und Wartezeit bleiben deshalb gleich“ (and on the page: „genauso lange beschäftigt“).
    expect(idempotent.utilization).toBe(plain.utilization);
    expect(idempotent.wait.mean).toBe(plain.wait.mean);
    expect(idempotent.totals.deliveries).toBe(plain.totals.deliveries);
    expect(idempotent.totals.deliveries).toBeGreaterThan(idempotent.totals.accepted + 80);
  });

  it('4 – after an outage, immediate retries lose most orders of the outage, backoff with jitter almost none', () => {
    const { setup } = experiments[3];
    const immediate = run(setup);
    const jitter = run(setup, { 'q.retry': 'backoffJitter' });
    expect(immediate.totals.gaveUp).toBeGreaterThanOrEqual(10);
    expect(jitter.totals.gaveUp).toBeLessThanOrEqual(immediate.totals.gaveUp / 5);
    // Each lost order hit the broker 1 + 10 times.
    expect(immediate.totals.rejected).toBeGreaterThanOrEqual(11 * immediate.totals.gaveUp);
  });

  it('4 – backoff without jitter loses no order here: its pauses are on average twice as long', () => {
    const { setup } = experiments[3];
    const backoff = run(setup, { 'q.retry': 'backoff' });
    const jitter = run(setup, { 'q.retry': 'backoffJitter' });
    expect(backoff.totals.gaveUp).toBe(0);
    expect(backoff.totals.gaveUp).toBeLessThanOrEqual(jitter.totals.gaveUp);
    // „zehn Wiederholungen reichen rund 37 statt 18 Minuten weit“, with the experiment's retry settings.
    const { retry } = toScenario(readQueueState(setup).state).scenario!;
    const reach = (policy: 'backoff' | 'backoffJitter', random: () => number) => {
      let sum = 0;
      for (let attempt = 1; attempt <= retry.maxRetries; attempt++)
        sum += retryDelay({ ...retry, policy }, attempt, random);
      return sum;
    };
    const plainReach = reach('backoff', mulberry32(1));
    const random = mulberry32(7);
    let jitterReach = 0;
    for (let i = 0; i < 10_000; i++) jitterReach += reach('backoffJitter', random) / 10_000;
    expect(plainReach).toBeGreaterThan(36);
    expect(plainReach).toBeLessThan(38);
    expect(jitterReach).toBeGreaterThan(17.5);
    expect(jitterReach).toBeLessThan(19);
    // Both outlast the 15-minute outage on average; only without jitter does every customer.
    expect(plainReach).toBeGreaterThan(15);
  });

  it('6 – the retry storm: immediate retries bake nothing after the outage; without it, or with jitter, the shop runs', () => {
    const { setup } = experiments[5];
    const storm = run(setup);
    const calm = run(setup, { 'q.outFrom': '0', 'q.outTo': '0' });
    const jitter = run(setup, { 'q.retry': 'backoffJitter' });
    const breaker = run(setup, { 'q.cb': '5' });
    expect(storm.goodputPerMin).toBe(0);
    expect(breaker.goodputPerMin).toBeGreaterThan(1);
    expect(breaker.totals.breakerOpened).toBeGreaterThan(0);
    expect(calm.goodputPerMin).toBeGreaterThan(1);
    expect(jitter.goodputPerMin).toBeGreaterThan(1);
    expect(jitter.totals.gaveUp).toBe(0);
  });

  it('6 – with other seeds the shop tips over almost always, but not always', () => {
    const { setup } = experiments[5];
    const goodput = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(
      (seed) => run(setup, { 'q.seed': String(seed) }).goodputPerMin,
    );
    const tipped = goodput.filter((g) => g < 0.1).length;
    expect(tipped).toBeGreaterThanOrEqual(8);
    expect(tipped).toBeLessThan(goodput.length);
    // The seed the experiment uses is one that tips.
    expect(goodput[readQueueState(setup).state.seed - 1]).toBeLessThan(0.1);
  });

  it('7 – a visibility timeout barely above the mean baking: duplicates without crashes, none when idempotent', () => {
    const { setup } = experiments[6];
    const plain = run(setup);
    const idempotent = run(setup, { 'q.idem': '1' });
    expect(plain.totals.crashes).toBe(0);
    expect(plain.totals.duplicates).toBeGreaterThan(100);
    // exp(−3/2.1) ≈ 24 %: every fourth to fifth baking outlasts the timeout.
    expect(plain.totals.expired / plain.totals.deliveries).toBeGreaterThan(0.2);
    expect(plain.totals.expired / plain.totals.deliveries).toBeLessThan(0.25);
    expect(idempotent.totals.duplicates).toBe(0);
  });

  it('7 – every redelivery a free baker takes is baked twice; the rest waits in the queue and is deleted', () => {
    const { setup } = experiments[6];
    const plain = run(setup);
    // Second bakings = deliveries beyond the first of each order (no crashes here).
    expect(plain.totals.duplicates).toBe(plain.totals.deliveries - plain.totals.accepted);
    // „neu zugestellt“ stands higher than „doppelt ausgeliefert“: some redeliveries are never baked.
    expect(plain.totals.redelivered).toBe(plain.totals.expired);
    expect(plain.totals.redelivered - plain.totals.duplicates).toBeGreaterThan(20);
  });

  it('7 – idempotent bakers still bake twice: the same deliveries, utilisation and wait', () => {
    const { setup } = experiments[6];
    const plain = run(setup);
    const idempotent = run(setup, { 'q.idem': '1' });
    expect(idempotent.totals.deliveries).toBe(plain.totals.deliveries);
    expect(idempotent.totals.deliveries).toBeGreaterThan(idempotent.totals.accepted + 100);
    expect(idempotent.utilization).toBe(plain.utilization);
    expect(idempotent.wait.mean).toBe(plain.wait.mean);
  });

  it('5 – publish-subscribe: every subscriber processes every order; one baker each is overload', () => {
    const { setup } = experiments[4];
    const pointToPoint = run(setup, { 'q.mode': 'pointToPoint' });
    const pubSub = run(setup);
    const thin = run(setup, { 'q.bakers': '1' });
    expect(pointToPoint.totals.processed).toBe(600);
    expect(pubSub.processedPerGroup).toEqual([600, 600, 600]);
    expect(pubSub.totals.processed).toBe(1800);
    expect(thin.totals.rejected).toBeGreaterThan(0);
    expect(thin.utilization).toBeGreaterThan(0.95);
  });
});
