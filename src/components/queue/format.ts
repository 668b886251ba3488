/** German numbers for the message-queue lab that never show NaN or Infinity (a dash instead). */
import { germanNumber } from '../../lib/germanNumber.ts';
export { count, finite, percent } from '../caching/format.ts';

const one = germanNumber({ maximumFractionDigits: 1, minimumFractionDigits: 1 });

/**
 * Minutes with one decimal.
 * @example
 * minutes(1.25); // '1,3 min'
 */
export function minutes(value: number): string {
  return Number.isFinite(value) ? `${one.format(value)} min` : '–';
}
