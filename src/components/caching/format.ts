/** German number formatting for the caching lab that never shows NaN or Infinity (a dash instead). */
import { germanNumber } from '../../lib/germanNumber.ts';

const whole = germanNumber({ maximumFractionDigits: 0 });
const one = germanNumber({ maximumFractionDigits: 1 });
const two = germanNumber({ maximumFractionDigits: 2 });

/**
 * @example
 * count(12345); // '12.345'
 */
export function count(value: number): string {
  return Number.isFinite(value) ? whole.format(value) : '–';
}

/**
 * A ratio in [0, 1] as a German percentage with one decimal.
 * @example
 * percent(0.4567); // '45,7 %'
 */
export function percent(ratio: number): string {
  return Number.isFinite(ratio) ? `${one.format(ratio * 100)} %` : '–';
}

/**
 * Milliseconds with up to two decimals.
 * @example
 * ms(1.234); // '1,23 ms'
 */
export function ms(value: number): string {
  return Number.isFinite(value) ? `${two.format(value)} ms` : '–';
}

/** A finite number or 0, for data attributes and charts. */
export function finite(value: number): number {
  return Number.isFinite(value) ? value : 0;
}
