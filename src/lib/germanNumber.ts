/**
 * German number formatting without Intl. The first `new Intl.NumberFormat('de-DE')` on a page loads
 * the browser's locale data: about 80–150 ms of main-thread time on a phone (4× CPU throttle), one
 * long task before a lab can answer. The labs need only grouping, the decimal comma and a number of
 * fraction digits, which this does by hand with the same result as Intl's `de-DE` (checked against
 * Intl in tests/unit/site/german-number.test.ts).
 */

/** What the labs set of Intl.NumberFormat's options (defaults as Intl's: 0 and 3). */
export interface GermanNumberOptions {
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
}

/** The part of Intl.NumberFormat the labs use. */
export interface NumberFormatter {
  format(value: number): string;
}

/**
 * A formatter that writes numbers as `new Intl.NumberFormat('de-DE', options)` does: thousands
 * grouped with '.', decimal comma, rounded half away from zero on the number's shortest decimal
 * form, trailing zeros dropped down to the minimum.
 *
 * @example
 * germanNumber({ maximumFractionDigits: 1 }).format(12345.67); // '12.345,7'
 * germanNumber({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(0.5); // '0,50'
 */
export function germanNumber(options: GermanNumberOptions = {}): NumberFormatter {
  const min = options.minimumFractionDigits ?? 0;
  const max = Math.max(min, options.maximumFractionDigits ?? Math.max(min, 3));
  return { format: (value) => formatGerman(value, min, max) };
}

function formatGerman(value: number, min: number, max: number): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return `${sign}∞`;
  const { digits, point } = decimalDigits(Math.abs(value));
  // digits × 10^(point − digits.length): round to `max` places after the point.
  const keep = point + max;
  let whole: number[];
  if (keep < 0) whole = [0];
  else {
    whole = digits.slice(0, keep);
    while (whole.length < keep) whole.push(0);
    if ((digits[keep] ?? 0) >= 5) {
      let k = whole.length - 1;
      while (k >= 0 && whole[k] === 9) whole[k--] = 0;
      if (k >= 0) whole[k] += 1;
      else whole.unshift(1);
    }
    if (whole.length === 0) whole = [0];
  }
  // `whole` now holds the rounded number × 10^max.
  while (whole.length <= max) whole.unshift(0);
  const intDigits = whole.slice(0, whole.length - max);
  const fraction = whole.slice(whole.length - max);
  while (fraction.length > min && fraction[fraction.length - 1] === 0) fraction.pop();
  while (intDigits.length > 1 && intDigits[0] === 0) intDigits.shift();
  let integer = '';
  for (let k = 0; k < intDigits.length; k++) {
    if (k > 0 && (intDigits.length - k) % 3 === 0) integer += '.';
    integer += intDigits[k];
  }
  return sign + integer + (fraction.length > 0 ? `,${fraction.join('')}` : '');
}

/** The shortest decimal digits of a non-negative finite number and where its point sits. */
function decimalDigits(value: number): { digits: number[]; point: number } {
  const [mantissa, exponent = '0'] = String(value).split('e');
  const [int, frac = ''] = mantissa.split('.');
  const all = (int + frac).split('').map(Number);
  let point = int.length + Number(exponent);
  while (all.length > 1 && all[0] === 0) {
    all.shift();
    point -= 1;
  }
  return { digits: all, point };
}
