/**
 * When the textbook's M/M/c prediction (Erlang C) fits the lab: Poisson arrivals, exponential
 * baking, every order served once by bakers who only bake (Kleinrock 1975, vol. 1, §3.5).
 */
import type { QueueLabState } from './labState.ts';

/**
 * Whether the lab's settings meet M/M/c's assumptions apart from the load: nothing redelivers an order
 * (crashes, poison, a visibility timeout near the baking time), the bakers spend no time on the phone,
 * their number stays, and the broker never goes down.
 *
 * @example
 * erlangApplies(DEFAULTS) // true
 * erlangApplies({ ...DEFAULTS, vt: 3 }) // false: a 3-minute timeout redelivers orders still in the oven
 */
export function erlangApplies(state: QueueLabState): boolean {
  return (
    state.svc === 'exponential' &&
    state.arr === 'poisson' &&
    state.crash === 0 &&
    state.poison === 0 &&
    state.call === 0 &&
    state.chgAt === 0 &&
    state.outTo <= state.outFrom &&
    // With exponential baking, a timeout of ten mean baking times runs out for fewer than 0.005 %.
    state.vt >= 10 * state.mean
  );
}
