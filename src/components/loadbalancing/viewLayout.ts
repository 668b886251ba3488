/**
 * Where everything in the server picture stands (ServerView) and what moves in it at a moment of a
 * run: the requests in flight and the filled part of each server's worker and queue bar. Pure: the
 * SVG frame and the canvas both draw from these numbers, and unit tests check them on the engine.
 */
import type { Simulation } from '../../sim/loadbalancing/index.ts';

/** How long a request flies from the balancer to its server, in simulated ms. */
export const FLIGHT_MS = 400;
/** At most this many requests fly at once (the newest). */
export const MAX_DOTS = 60;
/** Balancer box width, the server label column, the gap between bars. */
export const LB_W = 40;
const LABEL_W = 62;
export const GAP = 6;
/** From this width the numbers stand right of the bars; below, under them. */
const WIDE = 400;
const STATUS_W = 118;
/** Header height: one line when wide, two (the column titles staggered) when narrow. */
const HEAD = { wide: 18, narrow: 32 };
/**
 * When narrow, the queue bar is at least this wide, so its title „Warteschlange“ (about 89 px at
 * 12 px) stands left-aligned over it and still ends inside the picture (the bar ends GAP before
 * the picture's edge: 92 px for the title).
 */
const QUEUE_HEAD_W = 86;

export type ViewLayout = ReturnType<typeof layoutOf>;

/**
 * The picture's geometry for a scenario at a rendered width (viewBox units = CSS px). The worker
 * bar's length is the server's capacity (workers × speed) relative to the largest (at most `bar`);
 * the queue bar is `queueW` long. Both halves share the width, except that a narrow picture gives
 * the queue bar room for its title.
 *
 * @example
 * const layout = layoutOf(sim.scenario, 560);
 * layout.rowY(0); // y of server S1's bars
 */
export function layoutOf(scenario: Simulation['scenario'], width: number) {
  const n = scenario.servers.length;
  const wide = width >= WIDE;
  const row = wide ? Math.max(22, Math.min(30, 420 / n)) : 38;
  const head = wide ? HEAD.wide : HEAD.narrow;
  const height = head + n * row + 6;
  const rowY = (i: number) => head + 2 + i * row + (wide ? row / 2 : 10);
  const flight = wide ? Math.min(140, width * 0.18) : 30;
  const labelX = LB_W + flight;
  const barX = labelX + LABEL_W;
  const half = (width - barX - (wide ? STATUS_W : 0) - 2 * GAP) / 2;
  const queueW = wide ? Math.max(24, half) : Math.max(half, QUEUE_HEAD_W);
  const bar = wide ? queueW : Math.max(24, width - barX - 2 * GAP - queueW);
  const queueX = barX + bar + GAP;
  const barH = wide ? Math.max(8, row - 10) : 12;
  const capacity = (spec: (typeof scenario.servers)[number]) => spec.concurrency * spec.speed;
  const most = Math.max(...scenario.servers.map(capacity));
  const slots = scenario.servers.map((spec) => Math.max(8, (bar * capacity(spec)) / most));
  return {
    scenario,
    n,
    width,
    wide,
    head,
    height,
    rowY,
    flight,
    labelX,
    barX,
    bar,
    queueX,
    queueW,
    barH,
    slots,
  };
}

/** A request in flight: its centre and whether the balancer dropped it. */
export interface Dot {
  x: number;
  y: number;
  dropped: boolean;
}

/**
 * The requests in flight right now, newest first: each flies FLIGHT_MS from the balancer to its
 * server's label (a dropped one to the middle of the gap). None when the run is over.
 *
 * @example
 * flyingDots(sim, layoutOf(sim.scenario, 560)); // [{ x: 101.3, y: 60.5, dropped: false }, …]
 */
export function flyingDots(sim: Simulation, layout: ViewLayout): Dot[] {
  const dots: Dot[] = [];
  if (sim.done) return dots;
  const { head, height, rowY, labelX, flight } = layout;
  const y0 = head + (height - head) / 2;
  const now = sim.nowMs;
  for (let k = sim.arrived - 1; k >= 0 && dots.length < MAX_DOTS; k--) {
    const age = now - sim.arrivalMs(k);
    if (age > FLIGHT_MS) break;
    const target = sim.serverOf(k);
    const p = Math.max(0, age / FLIGHT_MS);
    const y1 = target >= 0 ? rowY(target) : y0;
    const x1 = target >= 0 ? labelX - 4 : LB_W + flight / 2;
    dots.push({ x: LB_W + p * (x1 - LB_W), y: y0 + p * (y1 - y0), dropped: sim.wasDropped(k) });
  }
  return dots;
}

/** One server's bars: the filled widths of its worker and queue bar, its row's centre. */
export interface ServerBars {
  y: number;
  busy: number;
  queue: number;
  up: boolean;
}

/**
 * How far each server's worker bar (running ÷ workers of its capacity length) and queue bar
 * (waiting ÷ queue limit) are filled right now.
 *
 * @example
 * serverBars(sim, layoutOf(sim.scenario, 560))[0]; // { y: 35, busy: 61.5, queue: 0, up: true }
 */
export function serverBars(sim: Simulation, layout: ViewLayout): ServerBars[] {
  const { scenario, n, rowY, slots, queueW } = layout;
  const out: ServerBars[] = [];
  for (let i = 0; i < n; i++) {
    const spec = scenario.servers[i];
    const busy = Math.min(1, sim.running(i) / spec.concurrency);
    const queue = spec.queueLimit > 0 ? Math.min(1, sim.queued(i) / spec.queueLimit) : 0;
    out.push({ y: rowY(i), busy: slots[i] * busy, queue: queueW * queue, up: sim.isUp(i) });
  }
  return out;
}
