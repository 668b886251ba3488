/**
 * The pizza shop as a discrete-event simulation: producers publish orders to a broker, the broker
 * keeps one bounded queue per subscriber group (one group for point-to-point, one per subscriber for
 * publish-subscribe), consumers take a message, work on it and acknowledge it. A consumer that
 * crashes after its work but before the ack leaves the message invisible until the visibility
 * timeout runs out; then the broker delivers it again (at-least-once, as Amazon SQS does), and after
 * `maxDeliveries` it goes to the dead-letter queue. The timeout counts from the delivery, so a
 * consumer slower than the timeout gets its message taken away while it still works: another
 * consumer receives it too (a duplicate without idempotency); the first ack finishes the message.
 * With `queue.attemptCostMin` > 0 every publish attempt is a phone call the first group's consumers
 * answer before anything else, and the broker decides (accept, reject, block) when the call ends:
 * refusing costs work too, which is what lets immediate retries keep a recovering shop down.
 * Events: arrivals, retries, completions, visibility timeouts and control changes (consumer count,
 * broker outage); at equal times control changes come first, then heap events in (time, id) order,
 * then the arrival. O(log n) per event.
 */
import { EventHeap } from '../shared/heap.ts';
import { deriveSeed, mulberry32 } from '../shared/random.ts';
import { quantilesInPlace } from '../shared/stats.ts';
import { arrivalClock, serviceSampler } from './arrivals.ts';
import { CircuitBreaker } from './breaker.ts';
import { IntDeque } from './deque.ts';
import { retryDelay } from './retry.ts';
import { BinRecorder } from './timeline.ts';
import type { QueueResult, QueueScenario, QueueTotals } from './types.ts';

/** Consumer slots per group: consumer k of group g is slot g·SLOTS + k. */
const SLOTS = 64;
const COMPLETION = 0;
const RETRY = 1;
const TIMEOUT = 2;
/** The visibility timeout of a delivery whose consumer is still working. */
const EXPIRE = 3;

interface Control {
  atMin: number;
  /** New consumer count, or −1 for outage start, −2 for outage end. */
  value: number;
}

function controlsOf(scenario: QueueScenario): Control[] {
  const list: Control[] = scenario.consumers.changes.map((c) => ({ atMin: c.atMin, value: c.consumers }));
  const { fromMin, toMin } = scenario.outage;
  if (toMin > fromMin) list.push({ atMin: fromMin, value: -1 }, { atMin: toMin, value: -2 });
  // Stable sort: changes at the same time apply in the order given.
  return list.sort((a, b) => a.atMin - b.atMin);
}

/**
 * Runs a validated scenario to the end (every accepted message acked, dead-lettered or dropped, or no
 * consumer left to take it).
 *
 * @example
 * const result = simulateQueue(defaultQueueScenario());
 * result.totals.accepted; // 600
 * result.utilization; // about 0.7
 */
export function simulateQueue(scenario: QueueScenario): QueueResult {
  const groups = scenario.mode === 'publishSubscribe' ? scenario.subscribers : 1;
  const orders = scenario.orders;
  const capacity = scenario.queue.capacity;
  const whenFull = scenario.queue.whenFull;
  const { crashProbability, poisonShare, visibilityTimeoutMin, maxDeliveries, idempotent } = scenario.ack;
  const retry = scenario.retry;
  const callMin = scenario.queue.attemptCostMin;
  const breaker = new CircuitBreaker(retry.breakerFailures, retry.breakerOpenMin);

  const nextArrival = arrivalClock(scenario.arrival, orders, mulberry32(deriveSeed(scenario.seed, 1)));
  const service = serviceSampler(scenario.consumers.service, mulberry32(deriveSeed(scenario.seed, 2)));
  const crashRandom = mulberry32(deriveSeed(scenario.seed, 3));
  const retryRandom = mulberry32(deriveSeed(scenario.seed, 4));
  const poisonRandom = mulberry32(deriveSeed(scenario.seed, 5));

  const copies = orders * groups;
  const acceptedAt = new Float64Array(orders);
  const retries = new Uint8Array(orders);
  const poison = new Uint8Array(orders);
  const deliveries = new Uint8Array(copies);
  const processed = new Uint8Array(copies);
  /** 1 once a copy is acked, dead-lettered or dropped: later acks of a duplicate change nothing. */
  const done = new Uint8Array(copies);
  const waits = new Float64Array(copies);
  let waitCount = 0;
  const groupWaitSum = new Float64Array(groups);
  const groupWaitCount = new Int32Array(groups);
  const processedPerGroup = new Array<number>(groups).fill(0);

  const ready = Array.from({ length: groups }, () => new IntDeque(Math.min(capacity + 1, 1024)));
  const busy = new Uint8Array(groups * SLOTS);
  const current = new Int32Array(groups * SLOTS);
  const crashing = new Uint8Array(groups * SLOTS);
  /** 1 while the slot's visibility timeout runs out before its work ends. */
  const expiring = new Uint8Array(groups * SLOTS);
  /** Publish attempts ringing on the phone (attemptCostMin > 0), at most one per baker of group 0. */
  const calls = new IntDeque(64);
  const startedAt = new Float64Array(groups * SLOTS);
  const blocked = new IntDeque(64);
  const heap = new EventHeap(256);
  const controls = controlsOf(scenario);
  let controlIndex = 0;

  const t: QueueTotals = {
    orders,
    attempts: 0,
    rejected: 0,
    gaveUp: 0,
    accepted: 0,
    copies: 0,
    blocked: 0,
    droppedOldest: 0,
    deliveries: 0,
    redelivered: 0,
    expired: 0,
    calls: 0,
    shortCircuited: 0,
    breakerOpened: 0,
    crashes: 0,
    processed: 0,
    distinctProcessed: 0,
    duplicates: 0,
    acked: 0,
    deadLettered: 0,
    leftInQueue: 0,
    leftBlocked: 0,
  };

  let now = 0;
  let up = true;
  let target = scenario.consumers.count;
  let readyTotal = 0;
  let maxReady = 0;
  let busyTotal = 0;
  let created = 0;
  let arrivalAt = orders > 0 ? nextArrival() : Infinity;
  let sojournSum = 0;
  let finished = 0;
  let queueArea = 0;
  let busyArea = 0;
  let presentArea = 0;
  let phoneMin = 0;
  const recoveredAt = scenario.outage.toMin;
  let goodSinceRecovery = 0;
  let goodAtLastArrival = 0;
  let lastArrival = 0;
  const nominal = orders / scenario.arrival.ratePerMin;
  const bins = new BinRecorder(Math.max(nominal / 200, 1e-6));

  function integrate(to: number): void {
    const dt = to - now;
    if (dt <= 0) return;
    const b = bins.current;
    const q = readyTotal * dt;
    const busyDt = busyTotal * dt;
    const presentDt = target * groups * dt;
    queueArea += q;
    busyArea += busyDt;
    presentArea += presentDt;
    bins.queueArea[b] += q;
    bins.busyArea[b] += busyDt;
    bins.presentArea[b] += presentDt;
    now = to;
  }

  /** Moves the clock to `to`, closing every bin that ends on the way. */
  function advance(to: number): void {
    while (bins.endMin <= to) {
      integrate(bins.endMin);
      bins.next(target, waitCount);
    }
    integrate(to);
  }

  function deliver(g: number, slot: number, copy: number): void {
    const order = (copy / groups) | 0;
    if (deliveries[copy] === 0) {
      const wait = now - acceptedAt[order];
      waits[waitCount++] = wait;
      groupWaitSum[g] += wait;
      groupWaitCount[g]++;
    }
    if (deliveries[copy] < 255) deliveries[copy]++;
    t.deliveries++;
    busy[slot] = 1;
    busyTotal++;
    current[slot] = copy;
    startedAt[slot] = now;
    crashing[slot] =
      poison[order] === 1 || (crashProbability > 0 && crashRandom() < crashProbability) ? 1 : 0;
    const work = service();
    expiring[slot] = work > visibilityTimeoutMin ? 1 : 0;
    if (expiring[slot] === 1) heap.push(now + visibilityTimeoutMin, copy * 4 + EXPIRE);
    heap.push(now + work, slot * 4 + COMPLETION);
  }

  /** A baker of group 0 answers the next call; the broker decides when the call ends. */
  function answer(slot: number, order: number): void {
    t.calls++;
    busy[slot] = 1;
    busyTotal++;
    current[slot] = -1 - order;
    heap.push(now + callMin, slot * 4 + COMPLETION);
  }

  /** The front ready copy, skipping entries of copies acked meanwhile (the broker deleted them); −1 if none. */
  function nextReady(queue: IntDeque): number {
    while (queue.size > 0) {
      const copy = queue.shift();
      readyTotal--;
      if (done[copy] === 0) return copy;
    }
    return -1;
  }

  function dispatch(g: number): void {
    if (!up) return;
    const queue = ready[g];
    const base = g * SLOTS;
    // The phone comes first: calls wait only in group 0 (calls.size is 0 otherwise).
    const phone = g === 0 ? calls : null;
    for (let k = 0; k < target && (queue.size > 0 || (phone !== null && phone.size > 0)); k++) {
      if (busy[base + k] !== 0) continue;
      if (phone !== null && phone.size > 0) answer(base + k, phone.shift());
      else {
        const copy = nextReady(queue);
        if (copy >= 0) deliver(g, base + k, copy);
      }
    }
  }

  function full(): boolean {
    for (let g = 0; g < groups; g++) if (ready[g].size >= capacity) return true;
    return false;
  }

  function accept(order: number): void {
    breaker.success();
    t.accepted++;
    t.copies += groups;
    acceptedAt[order] = now;
    for (let g = 0; g < groups; g++) {
      ready[g].push(order * groups + g);
      readyTotal++;
    }
    if (readyTotal > maxReady) maxReady = readyTotal;
    for (let g = 0; g < groups; g++) dispatch(g);
  }

  function fail(order: number): void {
    t.rejected++;
    bins.rejected[bins.current]++;
    if (retry.policy === 'none' || retries[order] >= retry.maxRetries) {
      t.gaveUp++;
      return;
    }
    retries[order]++;
    heap.push(now + retryDelay(retry, retries[order], retryRandom), order * 4 + RETRY);
  }

  /** The broker (or its busy phone) refused: the breaker counts it, the producer may retry. */
  function refuse(order: number): void {
    breaker.failure(now);
    fail(order);
  }

  function publish(order: number): void {
    t.attempts++;
    // An open circuit breaker fails the attempt at the producer: the broker never sees it.
    if (!breaker.allow(now)) return fail(order);
    if (!up) return refuse(order);
    if (callMin === 0) return decide(order);
    // Busy signal when every baker of group 0 already has a call waiting.
    if (calls.size >= target) return refuse(order);
    calls.push(order);
    dispatch(0);
  }

  /** The broker's answer to a publish attempt: accept, refuse, block the producer or drop the oldest. */
  function decide(order: number): void {
    if (!up) return refuse(order);
    if (!full()) return accept(order);
    if (whenFull === 'reject') return refuse(order);
    if (whenFull === 'block') {
      t.blocked++;
      blocked.push(order);
      return;
    }
    for (let g = 0; g < groups; g++) {
      if (ready[g].size >= capacity) {
        const dropped = ready[g].shift();
        readyTotal--;
        if (done[dropped] === 0) {
          done[dropped] = 1;
          t.droppedOldest++;
        }
      }
    }
    accept(order);
  }

  /** Blocked producers publish, first come first served, while every queue has room. */
  function admitBlocked(): void {
    while (blocked.size > 0 && up && !full()) accept(blocked.shift());
  }

  function finish(order: number): void {
    sojournSum += now - acceptedAt[order];
    finished++;
  }

  function complete(slot: number): void {
    const g = (slot / SLOTS) | 0;
    const copy = current[slot];
    busy[slot] = 0;
    busyTotal--;
    if (copy < 0) {
      phoneMin += callMin;
      decide(-1 - copy);
      dispatch(g);
      return;
    }
    const order = (copy / groups) | 0;
    bins.completions[bins.current]++;
    if (poison[order] === 0 && !(idempotent && processed[copy] > 0)) {
      if (processed[copy] > 0) {
        t.duplicates++;
        bins.duplicates[bins.current]++;
      } else {
        t.distinctProcessed++;
        if (now >= recoveredAt) goodSinceRecovery++;
      }
      if (processed[copy] < 255) processed[copy]++;
      t.processed++;
      processedPerGroup[g]++;
    }
    if (crashing[slot] === 1) {
      t.crashes++;
      // The message stays invisible until its timeout, counted from the delivery (unless that
      // timeout is already on its way because the work took longer).
      if (expiring[slot] === 0) {
        heap.push(Math.max(now, startedAt[slot] + visibilityTimeoutMin), copy * 4 + TIMEOUT);
      }
    } else if (done[copy] === 0) {
      done[copy] = 1;
      t.acked++;
      finish(order);
    }
    dispatch(g);
  }

  function timeout(copy: number, whileWorking: boolean): void {
    const g = copy % groups;
    // Acked (or dropped) meanwhile by an earlier delivery: the broker has deleted the message.
    if (done[copy] === 1) return;
    if (whileWorking) t.expired++;
    if (deliveries[copy] >= maxDeliveries) {
      done[copy] = 1;
      t.deadLettered++;
      bins.deadLettered[bins.current]++;
      finish((copy / groups) | 0);
      return;
    }
    t.redelivered++;
    bins.redelivered[bins.current]++;
    ready[g].unshift(copy);
    readyTotal++;
    if (readyTotal > maxReady) maxReady = readyTotal;
    dispatch(g);
  }

  function control(value: number): void {
    if (value === -1) up = false;
    else if (value === -2) up = true;
    else target = value;
    for (let g = 0; g < groups; g++) dispatch(g);
  }

  for (;;) {
    const heapAt = heap.peekTime();
    const pending =
      heapAt !== Infinity || arrivalAt !== Infinity || readyTotal > 0 || blocked.size > 0 || calls.size > 0;
    const controlAt = pending && controlIndex < controls.length ? controls[controlIndex].atMin : Infinity;
    if (controlAt === Infinity && heapAt === Infinity && arrivalAt === Infinity) break;
    if (controlAt <= heapAt && controlAt <= arrivalAt) {
      advance(controlAt);
      control(controls[controlIndex++].value);
    } else if (heapAt <= arrivalAt) {
      advance(heapAt);
      const id = heap.pop();
      const kind = id & 3;
      const payload = id >>> 2;
      if (kind === COMPLETION) complete(payload);
      else if (kind === RETRY) publish(payload);
      else timeout(payload, kind === EXPIRE);
    } else {
      advance(arrivalAt);
      const order = created++;
      if (poisonShare > 0 && poisonRandom() < poisonShare) poison[order] = 1;
      publish(order);
      lastArrival = now;
      goodAtLastArrival = goodSinceRecovery;
      arrivalAt = created < orders ? nextArrival() : Infinity;
    }
    if (blocked.size > 0) admitBlocked();
  }

  // Entries of copies already finished are duplicates the broker would have deleted.
  for (let g = 0; g < groups; g++) {
    for (let copy = ready[g].shift(); copy >= 0; copy = ready[g].shift())
      if (done[copy] === 0) t.leftInQueue++;
  }
  t.leftBlocked = blocked.size;
  t.shortCircuited = breaker.shortCircuited;
  t.breakerOpened = breaker.opened;
  // Calls nobody will answer (no baker left): the customers hang up and give up.
  t.rejected += calls.size;
  t.gaveUp += calls.size;
  const endMin = now;
  const timeline = bins.finish(endMin, target, waits, waitCount);
  let waitSum = 0;
  let waitMax = 0;
  for (let i = 0; i < waitCount; i++) {
    waitSum += waits[i];
    if (waits[i] > waitMax) waitMax = waits[i];
  }
  const [p50, p95, p99] = quantilesInPlace(waits, waitCount, [0.5, 0.95, 0.99]);
  return {
    totals: t,
    endMin,
    wait: { count: waitCount, mean: waitCount > 0 ? waitSum / waitCount : 0, p50, p95, p99, max: waitMax },
    meanSojournMin: finished > 0 ? sojournSum / finished : 0,
    meanQueueLength: endMin > 0 ? queueArea / endMin : 0,
    maxQueueLength: maxReady,
    acceptedPerMin: endMin > 0 ? t.copies / endMin : 0,
    utilization: presentArea > 0 ? Math.min(1, busyArea / presentArea) : 0,
    phoneShare: presentArea > 0 ? Math.min(1, phoneMin / presentArea) : 0,
    goodputPerMin: lastArrival > recoveredAt ? goodAtLastArrival / (lastArrival - recoveredAt) : 0,
    processedPerGroup,
    meanWaitPerGroup: Array.from(groupWaitSum, (sum, g) =>
      groupWaitCount[g] > 0 ? sum / groupWaitCount[g] : 0,
    ),
    timeline,
  };
}
