/**
 * The discrete-event simulation: requests arrive, the chosen algorithm assigns each to a server,
 * servers run up to `concurrency` requests at once and queue the rest. Only three kinds of events
 * move the virtual clock – arrivals, departures and server down/up – so time between them costs
 * nothing. At equal times server events come first, then departures, then the arrival.
 */
import { EventHeap } from '../shared/heap.ts';
import { deriveSeed, mulberry32 } from '../shared/random.ts';
import { algorithmInfo } from './registry.ts';
import { buildResult } from './result.ts';
import { TimelineRecorder } from './timeline.ts';
import { clientIp, createWorkload, type Workload } from './workload.ts';
import type { Balancer, RequestLog, Scenario, ServerEvent, SimulationResult } from './types.ts';
import { DROP_NO_SERVER, DROP_NONE, DROP_QUEUE_FULL, DROP_SERVER_FAILED } from './types.ts';

/** Live per-server state; the first six fields are what the algorithms see (ServerState). */
interface LiveServers {
  count: number;
  weight: Int32Array;
  up: Uint8Array;
  active: Int32Array;
  upIndex: Int32Array;
  upCount: number;
  running: Int32Array;
  queued: Int32Array;
  requests: Int32Array;
  served: Int32Array;
  dropped: Int32Array;
  bytes: Float64Array;
  busyMs: Float64Array;
  maxQueue: Int32Array;
}

/**
 * A simulation that can be advanced bit by bit (for animation) or run to the end. Its state is
 * private; readers (the lab's picture, tests) see it through read-only accessors.
 *
 * @example
 * const sim = new Simulation(scenario);
 * sim.advanceTo(1000); // everything that happens in the first second
 * sim.queued(0); // requests waiting at server S1 at t = 1 s
 * sim.run().result().latency.p95;
 */
export class Simulation {
  readonly scenario: Readonly<Scenario>;
  #servers: LiveServers;
  #log: RequestLog;
  #nowMs = 0;
  #arrived = 0;
  #finished = 0;
  #done = false;
  #timeline: TimelineRecorder;

  #balancer: Balancer;
  #workload: Workload;
  #burstSize: number;
  #heap: EventHeap;
  #events: ServerEvent[];
  #eventIndex = 0;
  #nextArrivalMs: number;
  #service: Float64Array;
  #lastChangeMs: Float64Array;
  #queue: Int32Array;
  #queueBase: Int32Array;
  #queueHead: Int32Array;
  #speed: Float64Array;
  #concurrency: Int32Array;
  #queueLimit: Int32Array;

  constructor(scenario: Scenario) {
    this.scenario = scenario;
    const n = scenario.servers.length;
    const total = scenario.requests.count;
    this.#servers = {
      count: n,
      weight: Int32Array.from(scenario.servers, (s) => s.weight),
      up: new Uint8Array(n).fill(1),
      active: new Int32Array(n),
      upIndex: Int32Array.from({ length: n }, (_, i) => i),
      upCount: n,
      running: new Int32Array(n),
      queued: new Int32Array(n),
      requests: new Int32Array(n),
      served: new Int32Array(n),
      dropped: new Int32Array(n),
      bytes: new Float64Array(n),
      busyMs: new Float64Array(n),
      maxQueue: new Int32Array(n),
    };
    this.#log = {
      count: total,
      arrivalMs: new Float64Array(total),
      startMs: new Float64Array(total),
      endMs: new Float64Array(total),
      latencyMs: new Float64Array(total).fill(-1),
      server: new Int16Array(total),
      dropped: new Uint8Array(total),
      client: new Int32Array(total),
      bytes: new Float64Array(total),
      longLived: new Uint8Array(total),
    };
    this.#service = new Float64Array(total);
    this.#speed = Float64Array.from(scenario.servers, (s) => s.speed);
    this.#concurrency = Int32Array.from(scenario.servers, (s) => s.concurrency);
    this.#queueLimit = Int32Array.from(scenario.servers, (s) => s.queueLimit);
    this.#queueBase = new Int32Array(n);
    let queueTotal = 0;
    for (let i = 0; i < n; i++) {
      this.#queueBase[i] = queueTotal;
      queueTotal += this.#queueLimit[i];
    }
    this.#queue = new Int32Array(queueTotal);
    this.#queueHead = new Int32Array(n);
    this.#lastChangeMs = new Float64Array(n);
    this.#heap = new EventHeap(256);
    this.#events = [...scenario.events].sort((a, b) => a.atMs - b.atMs);
    this.#balancer = algorithmInfo(scenario.algorithm).create(
      this.#servers,
      mulberry32(deriveSeed(scenario.seed, 2)),
    );
    this.#workload = createWorkload(scenario, mulberry32(deriveSeed(scenario.seed, 1)));
    this.#burstSize = scenario.arrival.burstSize;
    this.#nextArrivalMs = this.#workload.gapMs(false);
    const expectedMs = (total * 1000) / scenario.arrival.ratePerSecond;
    const intervalMs =
      scenario.sampleIntervalMs > 0 ? scenario.sampleIntervalMs : Math.max(expectedMs / 200, 1e-3);
    this.#timeline = new TimelineRecorder(n, intervalMs);
  }

  /** Time of the next event, Infinity when none is left. */
  nextEventMs(): number {
    const arrival = this.#arrived < this.#log.count ? this.#nextArrivalMs : Infinity;
    const departure = this.#heap.peekTime();
    if (arrival === Infinity && departure === Infinity) return Infinity;
    const event = this.#eventIndex < this.#events.length ? this.#events[this.#eventIndex].atMs : Infinity;
    return Math.min(arrival, departure, event);
  }

  /** Handles the next event; returns false once nothing is left to do. */
  step(): boolean {
    if (this.#done) return false;
    const arrival = this.#arrived < this.#log.count ? this.#nextArrivalMs : Infinity;
    const departure = this.#heap.peekTime();
    if (arrival === Infinity && departure === Infinity) {
      this.#done = true;
      return false;
    }
    const event = this.#eventIndex < this.#events.length ? this.#events[this.#eventIndex].atMs : Infinity;
    if (event <= departure && event <= arrival) {
      this.#sampleUntil(event);
      this.#nowMs = event;
      this.#serverEvent(this.#events[this.#eventIndex++]);
    } else if (departure <= arrival) {
      this.#sampleUntil(departure);
      this.#nowMs = departure;
      this.#departure(this.#heap.pop());
    } else {
      this.#sampleUntil(arrival);
      this.#nowMs = arrival;
      this.#arrival();
    }
    return true;
  }

  /** Handles every event up to and including `ms` and moves the clock there. */
  advanceTo(ms: number): this {
    while (!this.#done && this.nextEventMs() <= ms) this.step();
    if (this.nextEventMs() === Infinity) this.#done = true;
    if (!this.#done && ms > this.#nowMs) {
      this.#sampleUntil(ms);
      this.#nowMs = ms;
    }
    return this;
  }

  /** Runs to the end. */
  run(): this {
    while (this.step());
    return this;
  }

  /** The virtual clock in ms. */
  get nowMs(): number {
    return this.#nowMs;
  }

  /** Requests that have arrived so far (they are numbered 0, 1, … in arrival order). */
  get arrived(): number {
    return this.#arrived;
  }

  /** Requests that are served or dropped. */
  get finished(): number {
    return this.#finished;
  }

  /** True once nothing is left to happen. */
  get done(): boolean {
    return this.#done;
  }

  /** Whether server `s` (0-based) is up now. */
  isUp(s: number): boolean {
    return this.#servers.up[s] === 1;
  }

  /** Requests server `s` is working on now. */
  running(s: number): number {
    return this.#servers.running[s];
  }

  /** Requests waiting in server `s`'s queue now. */
  queued(s: number): number {
    return this.#servers.queued[s];
  }

  /** When request `id` (< arrived) arrived, in ms. */
  arrivalMs(id: number): number {
    return this.#log.arrivalMs[id];
  }

  /** The server request `id` went to, −1 when none was up. */
  serverOf(id: number): number {
    return this.#log.server[id];
  }

  /** Whether request `id` has been dropped by now (queue full, no server, or its server failed). */
  wasDropped(id: number): boolean {
    return this.#log.dropped[id] !== DROP_NONE && this.#log.endMs[id] <= this.#nowMs;
  }

  /** The result so far (complete once `done`); its arrays are read-only views of the run. */
  result(): SimulationResult {
    const { running, busyMs } = this.#servers;
    const last = this.#lastChangeMs;
    const busy = Float64Array.from(busyMs, (value, i) => value + running[i] * (this.#nowMs - last[i]));
    return buildResult({
      scenario: this.scenario,
      log: this.#log,
      servers: this.#servers,
      timeline: this.#timeline,
      count: this.#arrived,
      durationMs: this.#nowMs,
      busyMs: busy,
    });
  }

  #arrival(): void {
    const id = this.#arrived++;
    const now = this.#nowMs;
    const workload = this.#workload;
    const log = this.#log;
    const servers = this.#servers;
    const client = workload.client();
    const bytes = workload.bytes();
    const longLived = workload.longLived();
    const service = workload.serviceMs(longLived);
    log.arrivalMs[id] = now;
    log.client[id] = client;
    log.bytes[id] = bytes;
    log.longLived[id] = longLived ? 1 : 0;
    this.#service[id] = service;
    // Bursts have a fixed size, so request id tells whether the next one belongs to the same burst.
    this.#nextArrivalMs = now + workload.gapMs((id + 1) % this.#burstSize !== 0);

    const s = this.#balancer.pick(now, clientIp(client), bytes);
    log.server[id] = s;
    if (s < 0) return this.#drop(id, DROP_NO_SERVER);
    servers.requests[s]++;
    if (servers.running[s] < this.#concurrency[s]) {
      servers.bytes[s] += bytes;
      servers.active[s]++;
      this.#start(id, s);
    } else if (servers.queued[s] < this.#queueLimit[s]) {
      servers.bytes[s] += bytes;
      servers.active[s]++;
      const limit = this.#queueLimit[s];
      const slot = this.#queueHead[s] + servers.queued[s];
      this.#queue[this.#queueBase[s] + (slot >= limit ? slot - limit : slot)] = id;
      if (++servers.queued[s] > servers.maxQueue[s]) servers.maxQueue[s] = servers.queued[s];
    } else {
      servers.dropped[s]++;
      this.#drop(id, DROP_QUEUE_FULL);
    }
  }

  #start(id: number, s: number): void {
    const now = this.#nowMs;
    this.#accumulate(s);
    this.#servers.running[s]++;
    const duration = this.#log.longLived[id] === 1 ? this.#service[id] : this.#service[id] / this.#speed[s];
    this.#log.startMs[id] = now;
    this.#log.endMs[id] = now + duration;
    this.#heap.push(now + duration, id);
  }

  #departure(id: number): void {
    const log = this.#log;
    if (log.dropped[id] !== DROP_NONE) return; // aborted when its server went down
    const servers = this.#servers;
    const s = log.server[id];
    this.#accumulate(s);
    servers.running[s]--;
    servers.active[s]--;
    servers.served[s]++;
    log.latencyMs[id] = log.endMs[id] - log.arrivalMs[id];
    this.#finished++;
    if (servers.queued[s] > 0) {
      const head = this.#queueHead[s];
      const next = this.#queue[this.#queueBase[s] + head];
      this.#queueHead[s] = head + 1 === this.#queueLimit[s] ? 0 : head + 1;
      servers.queued[s]--;
      this.#start(next, s);
    }
  }

  #drop(id: number, reason: number): void {
    const log = this.#log;
    log.dropped[id] = reason;
    log.startMs[id] = this.#nowMs;
    log.endMs[id] = this.#nowMs;
    log.latencyMs[id] = this.#nowMs - log.arrivalMs[id];
    this.#finished++;
  }

  #serverEvent(event: ServerEvent): void {
    const servers = this.#servers;
    const s = event.server;
    if ((servers.up[s] === 1) === event.up) return;
    if (!event.up) {
      this.#accumulate(s);
      const heap = this.#heap;
      for (let k = 0; k < heap.size; k++) {
        const id = heap.idAt(k);
        if (this.#log.server[id] === s && this.#log.dropped[id] === DROP_NONE)
          this.#drop(id, DROP_SERVER_FAILED);
      }
      for (let k = 0; k < servers.queued[s]; k++) {
        const slot = (this.#queueHead[s] + k) % this.#queueLimit[s];
        this.#drop(this.#queue[this.#queueBase[s] + slot], DROP_SERVER_FAILED);
      }
      servers.dropped[s] += servers.active[s];
      servers.running[s] = 0;
      servers.queued[s] = 0;
      servers.active[s] = 0;
    }
    servers.up[s] = event.up ? 1 : 0;
    let upCount = 0;
    for (let i = 0; i < servers.count; i++) if (servers.up[i] === 1) servers.upIndex[upCount++] = i;
    servers.upCount = upCount;
  }

  #accumulate(s: number): void {
    const now = this.#nowMs;
    this.#servers.busyMs[s] += this.#servers.running[s] * (now - this.#lastChangeMs[s]);
    this.#lastChangeMs[s] = now;
  }

  #sampleUntil(ms: number): void {
    if (ms < this.#timeline.nextMs) return;
    const { active, queued, up } = this.#servers;
    this.#timeline.recordUntil(ms, active, queued, up);
  }
}

/**
 * Runs a validated scenario to the end.
 *
 * @example
 * const result = simulate(validScenario);
 * result.latency.p95; // ms
 */
export function simulate(scenario: Scenario): SimulationResult {
  return new Simulation(scenario).run().result();
}
