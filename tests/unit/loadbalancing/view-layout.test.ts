// What the lab's canvas draws at a moment of a run (requests in flight, bar fills), computed from
// the real engine.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../src/sim/loadbalancing/index.ts';
import {
  FLIGHT_MS,
  flyingDots,
  GAP,
  layoutOf,
  LB_W,
  MAX_DOTS,
  serverBars,
} from '../../../src/components/loadbalancing/viewLayout.ts';
import { scenario } from './helpers.ts';

describe('the server picture', () => {
  it('flies a request from the balancer towards its server in FLIGHT_MS', () => {
    // One request every 100 ms on one server: at 150 ms request 0 (arrived at 100 ms) is an
    // eighth of the way, request 1 has not arrived yet.
    const sim = new Simulation(
      scenario({
        servers: [{ concurrency: 1 }, { concurrency: 1 }],
        algorithm: 'roundRobin',
        arrival: { kind: 'constant', ratePerSecond: 10 },
        requests: { count: 10, service: { kind: 'constant', meanMs: 20 } },
      }),
    );
    const layout = layoutOf(sim.scenario, 560);
    sim.advanceTo(150);
    const [dot, ...rest] = flyingDots(sim, layout);
    expect(rest).toEqual([]);
    const target = sim.serverOf(0);
    const y0 = layout.head + (layout.height - layout.head) / 2;
    const p = 50 / FLIGHT_MS;
    expect(dot.x).toBeCloseTo(LB_W + p * (layout.labelX - 4 - LB_W), 9);
    expect(dot.y).toBeCloseTo(y0 + p * (layout.rowY(target) - y0), 9);
    expect(dot.dropped).toBe(false);
    // 520 ms: requests 0–4 arrived; request 0 (420 ms ago) has landed, four still fly, newest
    // first (nearest the balancer).
    sim.advanceTo(520);
    const dots = flyingDots(sim, layout);
    expect(dots).toHaveLength(4);
    for (let k = 1; k < 4; k++) expect(dots[k - 1].x).toBeLessThan(dots[k].x);
    expect(dots[3].x).toBeCloseTo(LB_W + (320 / FLIGHT_MS) * (layout.labelX - 4 - LB_W), 9);
    // Round robin alternates: consecutive requests fly to different rows.
    expect(dots[0].y).not.toBeCloseTo(dots[1].y, 3);
  });

  it('draws no request in flight once the run is over', () => {
    const sim = new Simulation(
      scenario({
        arrival: { kind: 'constant', ratePerSecond: 100 },
        requests: { count: 50, service: { kind: 'constant', meanMs: 20 } },
      }),
    );
    const layout = layoutOf(sim.scenario, 560);
    sim.advanceTo(480);
    expect(flyingDots(sim, layout).length).toBeGreaterThan(0);
    sim.run();
    expect(sim.done).toBe(true);
    expect(flyingDots(sim, layout)).toEqual([]);
  });

  it('shows at most MAX_DOTS requests, the newest', () => {
    const sim = new Simulation(
      scenario({
        arrival: { kind: 'constant', ratePerSecond: 1000 },
        requests: { count: 2000, service: { kind: 'constant', meanMs: 1 } },
      }),
    );
    const layout = layoutOf(sim.scenario, 560);
    sim.advanceTo(500);
    const dots = flyingDots(sim, layout);
    expect(dots).toHaveLength(MAX_DOTS);
    // The newest arrived at 500 ms exactly: it still sits at the balancer.
    expect(dots[0].x).toBeCloseTo(LB_W, 9);
  });

  it('fills the worker bar by running ÷ workers and the queue bar by waiting ÷ queue limit; marks drops', () => {
    // A burst of 5 at once on 1 worker with 2 queue places: 1 runs, 2 wait, 2 are dropped.
    const sim = new Simulation(
      scenario({
        servers: [{ concurrency: 1, queueLimit: 2 }],
        arrival: { kind: 'bursts', ratePerSecond: 0.01, burstSize: 5 },
        requests: { count: 5, service: { kind: 'constant', meanMs: 10 } },
      }),
    );
    const layout = layoutOf(sim.scenario, 560);
    const first = sim.nextEventMs();
    sim.advanceTo(first);
    const [bars] = serverBars(sim, layout);
    expect(bars).toEqual({ y: layout.rowY(0), busy: layout.slots[0], queue: layout.queueW, up: true });
    const dots = flyingDots(sim, layout);
    expect(dots).toHaveLength(5);
    expect(dots.filter((dot) => dot.dropped)).toHaveLength(2);
    // After the first request is served, one waits: the queue bar is half full.
    sim.advanceTo(first + 10);
    const [later] = serverBars(sim, layout);
    expect(later.busy).toBe(layout.slots[0]);
    expect(later.queue).toBeCloseTo(layout.queueW / 2, 9);
    sim.run();
    expect(serverBars(sim, layout)[0]).toMatchObject({ busy: 0, queue: 0 });
  });

  it('gives a narrow picture’s queue bar room for its title, which stands left-aligned over it', () => {
    const sim = new Simulation(scenario({ servers: [{ concurrency: 4 }, { concurrency: 4 }] }));
    // 262 px: the view at a 320 px phone. „Warteschlange“ is about 89 px wide at 12 px.
    const narrow = layoutOf(sim.scenario, 262);
    expect(narrow.wide).toBe(false);
    expect(narrow.queueX + 89).toBeLessThanOrEqual(narrow.width - 1);
    expect(narrow.queueX + narrow.queueW + GAP).toBeCloseTo(narrow.width, 9);
    expect(narrow.bar).toBeGreaterThanOrEqual(24);
    // Wider: both bars equally long, as before.
    const wider = layoutOf(sim.scenario, 341);
    expect(wider.bar).toBeCloseTo(wider.queueW, 9);
  });

  it('draws a 4× faster server with a 4× longer worker bar, half full when half its workers run', () => {
    const sim = new Simulation(
      scenario({
        servers: [
          { concurrency: 4, speed: 4 },
          { concurrency: 4, speed: 1 },
        ],
        algorithm: 'roundRobin',
        arrival: { kind: 'bursts', ratePerSecond: 0.01, burstSize: 4 },
        requests: { count: 4, service: { kind: 'constant', meanMs: 100 } },
      }),
    );
    const layout = layoutOf(sim.scenario, 560);
    expect(layout.slots[0] / layout.slots[1]).toBeCloseTo(4, 9);
    sim.advanceTo(sim.nextEventMs());
    const bars = serverBars(sim, layout);
    // Round robin: two of the four requests on each server, half of each server's workers.
    expect(bars[0].busy).toBeCloseTo(layout.slots[0] / 2, 9);
    expect(bars[1].busy).toBeCloseTo(layout.slots[1] / 2, 9);
  });
});
