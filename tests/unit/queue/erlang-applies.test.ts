import { describe, expect, it } from 'vitest';
import { erlangApplies } from '../../../src/components/queue/erlang-applies.ts';
import { hockeyStick } from '../../../src/components/queue/HockeyStick.tsx';
import { DEFAULTS } from '../../../src/components/queue/labState.ts';

// Review A4-20: the lab shows Erlang C's prediction only where M/M/c's assumptions hold, and the
// hockey-stick curve measures a queue with nothing but baking, whatever the reader set elsewhere.
describe("Erlang C's prediction in the queue lab", () => {
  it('applies to the defaults (Poisson arrivals, exponential baking, a 30-minute timeout)', () => {
    expect(erlangApplies(DEFAULTS)).toBe(true);
  });

  it.each([
    ['a visibility timeout near the baking time (experiment 7)', { vt: 3 }],
    ['phone time per attempt', { call: 0.15 }],
    ['a staff change', { chgAt: 60 }],
    ['a broker outage', { outFrom: 30, outTo: 40 }],
    ['crashing bakers', { crash: 10 }],
    ['poison orders', { poison: 5 }],
    ['arrivals in bursts', { arr: 'bursts' as const }],
    ['constant baking times', { svc: 'deterministic' as const }],
  ])('does not apply with %s', (_, change) => {
    expect(erlangApplies({ ...DEFAULTS, ...change } as typeof DEFAULTS)).toBe(false);
  });

  it('the hockey-stick curve ignores timeout, phone time, retries and breaker: it measures baking alone', () => {
    const plain = hockeyStick(DEFAULTS, 3000).measured;
    const busy = hockeyStick({ ...DEFAULTS, vt: 3, call: 0.15, retry: 'immediate', cb: 3 }, 3000).measured;
    expect(busy).toEqual(plain);
  });
});
