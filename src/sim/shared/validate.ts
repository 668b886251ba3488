/**
 * Validation at the edge, shared by every engine: one range form for numeric settings (label,
 * bounds, whole numbers or not, default, unit), one result shape, and German messages that name the
 * field by the label the reader sees in the lab (e.g. „Plätze in der Warteschlange“), never by an
 * internal path such as `servers[0].queueLimit`. Labs derive their URL and form rules from the same
 * ranges (src/components/lab/urlState.ts), so a lab can never offer what its engine rejects.
 * Cost: O(1) per field; nothing here runs inside a simulation.
 */
import { germanNumber } from '../../lib/germanNumber.ts';

/** A numeric setting: what the reader calls it, what is allowed, and what it is when unset. */
export interface Range {
  /** German label, as the lab's field shows it (without bounds or unit). */
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only. */
  readonly integer: boolean;
  readonly default: number;
  /** Unit after a value, e.g. 'ms' or '%'; '' for none. */
  readonly unit: string;
}

export type RangeSpec = Pick<Range, 'label' | 'min' | 'max' | 'default'> &
  Partial<Pick<Range, 'integer' | 'unit'>>;

/** One problem with one field: the internal path (for code and tests), the label and the message. */
export interface FieldError {
  field: string;
  label: string;
  message: string;
}

/** The result of every engine's validation. */
export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const de = germanNumber({ maximumFractionDigits: 6 });

/**
 * Formats a number the German way, for messages and labels.
 *
 * @example
 * formatNumber(1234.5); // '1.234,5'
 */
export function formatNumber(value: number): string {
  return de.format(value);
}

function check(range: Range): Range {
  const { label, min, max, integer } = range;
  const ok =
    min <= max &&
    range.default >= min &&
    range.default <= max &&
    (!integer || [min, max, range.default].every(Number.isInteger));
  // An author's mistake in an engine or lab, found when the module loads.
  if (!ok) throw new Error(`Bereich „${label}“ ist widersprüchlich: ${JSON.stringify(range)}`);
  return range;
}

/**
 * A range; integer defaults to false, unit to ''. Throws (when the module loads) if the default lies
 * outside the bounds.
 *
 * @example
 * defineRange({ label: 'Worker je Server', min: 1, max: 1000, integer: true, default: 4 }).max; // 1000
 */
export function defineRange(spec: RangeSpec): Range {
  return check(Object.freeze({ integer: false, unit: '', ...spec }));
}

/**
 * A lab's narrower view of an engine range (e.g. fewer requests, so the browser stays quick). It may
 * tighten the bounds, pick another default, label or unit, but never allow what the engine rejects.
 *
 * @example
 * narrowRange(LIMITS.requests, { min: 100, max: 20_000 }).max; // 20000
 * narrowRange(LIMITS.requests, { max: 5e6 }); // throws: wider than the engine allows
 */
export function narrowRange(
  range: Range,
  patch: Partial<Pick<Range, 'label' | 'min' | 'max' | 'default' | 'unit'>>,
): Range {
  const narrowed = defineRange({ ...range, ...patch });
  if (narrowed.min < range.min || narrowed.max > range.max) {
    throw new Error(`Bereich „${narrowed.label}“ ist weiter als der der Engine (${describeRange(range)}).`);
  }
  return narrowed;
}

/**
 * The same range in another unit, e.g. a share 0–1 as percent or milliseconds as seconds.
 *
 * @example
 * scaleRange(LIMITS.hotShare, 100, '%'); // { …, min: 0, max: 100, unit: '%' }
 */
export function scaleRange(range: Range, factor: number, unit: string): Range {
  return defineRange({
    ...range,
    min: range.min * factor,
    max: range.max * factor,
    default: range.default * factor,
    unit,
  });
}

/**
 * What a range allows, in German, for messages and the lab's hints.
 *
 * @example
 * describeRange(LIMITS.speed); // 'eine Zahl von 0,1 bis 10'
 * describeRange(LIMITS.atMs); // 'eine Zahl von 0 bis 1.000.000.000 ms'
 */
export function describeRange(range: Pick<Range, 'min' | 'max' | 'integer' | 'unit'>): string {
  const kind = range.integer ? 'eine ganze Zahl' : 'eine Zahl';
  const unit = range.unit === '' ? '' : ` ${range.unit}`;
  return `${kind} von ${formatNumber(range.min)} bis ${formatNumber(range.max)}${unit}`;
}

/**
 * The label with the bounds, as a form field shows it when the reader should see them.
 *
 * @example
 * labelWithBounds(narrowRange(LIMITS.nodes, { max: 16 })); // 'Cache-Knoten (0–16)'
 */
export function labelWithBounds(range: Range): string {
  return `${range.label} (${formatNumber(range.min)}–${formatNumber(range.max)})`;
}

/**
 * The label with the unit, e.g. 'mittlere Bearbeitungszeit (ms)'.
 *
 * @example
 * labelWithUnit(LIMITS.meanMs); // 'mittlere Bearbeitungszeit (ms)'
 */
export function labelWithUnit(range: Range): string {
  return range.unit === '' ? range.label : `${range.label} (${range.unit})`;
}

// Bidi controls (LRM/RLM, ALM, embeddings, overrides, isolates) would reorder the rest of a German
// message around an echoed value; C0/C1 controls and line breaks have no place in one either.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_MESSAGE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Untrusted text (a URL value, a typed entry) as a message may echo it: without bidi and control
 * characters, cut after `max` code points (never inside a surrogate pair, so no emoji turns into
 * „�“), with „…“ when cut.
 *
 * @example
 * echoText('\u202eevil'); // 'evil'
 * echoText('😀😀😀', 2); // '😀😀…'
 */
export function echoText(text: string, max = 40): string {
  const points = Array.from(text.replace(UNSAFE_IN_MESSAGE, ''));
  return points.length > max ? `${points.slice(0, max).join('')}…` : points.join('');
}

/**
 * A value as a message shows it: numbers the German way, text in quotes (shortened, see echoText).
 *
 * @example
 * shown(2.5); // '2,5'
 * shown('viele'); // '„viele“'
 */
export function shown(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value) : String(value);
  if (typeof value === 'string') return `„${echoText(value, 20)}“`;
  if (value === undefined) return 'nichts';
  return value === null ? 'null' : Array.isArray(value) ? 'eine Liste' : typeof value;
}

/** Where a field sits when several share a label, e.g. 'bei Server 2'. */
type Where = string | undefined;

const named = (label: string, where: Where) => `„${label}“${where ? ` ${where}` : ''}`;

/**
 * Collects every problem while an engine reads untrusted input (the URL, a form, JSON), so the
 * reader sees all of them at once. Each reading returns a usable value (the default) even when the
 * input is bad, so validation goes on.
 *
 * @example
 * const read = new Checker();
 * read.number(0, 'servers[1].weight', LIMITS.weight, 'bei Server 2'); // 1
 * read.result({}); // { ok: false, errors: [{ field: 'servers[1].weight', label: 'Gewicht',
 * //   message: '„Gewicht“ bei Server 2 muss eine ganze Zahl von 1 bis 100 sein (erhalten: 0).' }] }
 */
export class Checker {
  readonly errors: FieldError[] = [];

  fail(field: string, label: string, message: string): void {
    this.errors.push({ field, label, message });
  }

  /** An object, or {} (missing input counts as {} when `optional`). */
  object(value: unknown, field: string, label: string, optional = false): Record<string, unknown> {
    if (value === undefined && optional) return {};
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
    this.fail(field, label, `${named(label, undefined)} muss ein Objekt sein (erhalten: ${shown(value)}).`);
    return {};
  }

  /** A number in the range; `optional` lets a missing value take the range's default. */
  number(value: unknown, field: string, range: Range, where?: Where, optional = false): number {
    if (value === undefined && optional) return range.default;
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      value >= range.min &&
      value <= range.max &&
      (!range.integer || Number.isInteger(value));
    if (ok) return value;
    this.fail(
      field,
      range.label,
      `${named(range.label, where)} muss ${describeRange(range)} sein (erhalten: ${shown(value)}).`,
    );
    return range.default;
  }

  /** One of `options`; a missing value takes `fallback` when `optional`. */
  choice<T extends string>(
    value: unknown,
    field: string,
    label: string,
    options: readonly T[],
    fallback: T,
    optional = false,
  ): T {
    if (value === undefined && optional) return fallback;
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
    const list = options.map((option) => `„${option}“`).join(', ');
    this.fail(
      field,
      label,
      `${named(label, undefined)} muss einer dieser Werte sein: ${list} (erhalten: ${shown(value)}).`,
    );
    return fallback;
  }

  /**
   * An index into `count` things the reader sees numbered from 1 with a prefix (servers S1, S2, …;
   * cache nodes K1, K2, …); the engine counts from 0. Answers 0 when the value is bad.
   */
  member(value: unknown, field: string, label: string, count: number, prefix: string, where?: Where): number {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < count) return value;
    const got = typeof value === 'number' && Number.isInteger(value) ? `${prefix}${value + 1}` : shown(value);
    this.fail(
      field,
      label,
      `${named(label, where)} muss einer von ${prefix}1 bis ${prefix}${count} sein (erhalten: ${got}).`,
    );
    return 0;
  }

  /** A list whose length lies in `length` (its label names the list); undefined when missing or bad. */
  list(value: unknown, field: string, length: Range): unknown[] | undefined {
    if (value === undefined) return undefined;
    if (Array.isArray(value) && value.length >= length.min && value.length <= length.max) return value;
    const what = Array.isArray(value) ? `${value.length} Einträge` : shown(value);
    this.fail(
      field,
      length.label,
      `${named(length.label, undefined)}: erlaubt sind ${formatNumber(length.min)} bis ${formatNumber(length.max)} Einträge (erhalten: ${what}).`,
    );
    return undefined;
  }

  /** The validated value, or every problem found. */
  result<T>(value: T): Validation<T> {
    return this.errors.length === 0 ? { ok: true, value } : { ok: false, errors: [...this.errors] };
  }
}
