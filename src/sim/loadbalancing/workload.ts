/**
 * The workload: when requests arrive, from which client, how large and how long they run. It
 * draws from its own random stream, so every algorithm sees the identical workload for a seed.
 */
import { exponential, pareto, standardNormal, type Random } from '../shared/random.ts';
import type { Scenario } from './types.ts';

/** 203.0.113.7 (TEST-NET-3): the NAT gateway that client 0 stands for. */
export const NAT_IP = 0xcb007107;

/**
 * The IPv4 address of a client as an unsigned 32-bit number: client 0 is the NAT gateway, client
 * k ≥ 1 is 10.0.0.0 + k.
 *
 * @example
 * formatIp(clientIp(258)); // '10.0.1.2'
 */
export function clientIp(client: number): number {
  return client === 0 ? NAT_IP : (0x0a000000 + client) >>> 0;
}

/**
 * @example
 * formatIp(0xcb007107); // '203.0.113.7'
 */
export function formatIp(ip: number): string {
  return [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].join('.');
}

/** One request's draws, in a fixed order. Built once per simulation, so no option is looked up per request. */
export interface Workload {
  /** Time from this arrival to the next one, in ms; `sameBurst` when the next one belongs to this burst. */
  gapMs(sameBurst: boolean): number;
  /** The sending client: the NAT gateway (0) with probability hotShare, else one of the others. */
  client(): number;
  /** Request plus response size in bytes, exponentially distributed, at least 1. */
  bytes(): number;
  /** Whether the request is a long-lived connection. */
  longLived(): boolean;
  /** Service time on a server of speed 1 (for long-lived connections: how long they stay), in ms. */
  serviceMs(longLived: boolean): number;
}

/**
 * @example
 * const workload = createWorkload(scenario, mulberry32(deriveSeed(scenario.seed, 1)));
 * workload.gapMs(false); // ms until the first request
 */
export function createWorkload(scenario: Scenario, random: Random): Workload {
  const { ratePerSecond, burstSize } = scenario.arrival;
  const meanGapMs = 1000 / ratePerSecond;
  const gapMs =
    scenario.arrival.kind === 'constant'
      ? () => meanGapMs
      : scenario.arrival.kind === 'poisson'
        ? () => exponential(random, meanGapMs)
        : (sameBurst: boolean) => (sameBurst ? 0 : exponential(random, meanGapMs * burstSize));
  const { kind, meanMs, shape } = scenario.requests.service;
  // Log-normal with mean meanMs: e^(μ + σ·z) with μ = ln(meanMs) − σ²/2, μ computed once.
  const mu = Math.log(meanMs) - (shape * shape) / 2;
  const shortMs =
    kind === 'constant'
      ? () => meanMs
      : kind === 'exponential'
        ? () => exponential(random, meanMs)
        : kind === 'pareto'
          ? () => pareto(random, meanMs, shape)
          : () => Math.exp(mu + shape * standardNormal(random));
  const { count, hotShare } = scenario.clients;
  const { meanBytes, longLived } = scenario.requests;
  return {
    gapMs,
    client() {
      const hot = random() < hotShare;
      const other = 1 + Math.floor(random() * (count - 1));
      return count === 1 || hot ? 0 : other;
    },
    bytes: () => Math.max(1, Math.round(exponential(random, meanBytes))),
    longLived: () => random() < longLived.share,
    serviceMs: (isLongLived) => (isLongLived ? exponential(random, longLived.meanMs) : shortMs()),
  };
}
