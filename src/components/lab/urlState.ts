/**
 * Lab state in the URL: each lab reads its own query parameters (all keys share a prefix such as
 * `lb-`, so two labs on one page never clash), validates them with German messages and falls back
 * to the default for a bad value; changes are written back with history.replaceState. Numeric
 * parameters come from an engine's ranges (`rangeParam(LIMITS.x)`), so the URL, the form field and
 * the engine share one rule.
 */
import { describeRange, echoText, type Range } from '../../sim/shared/index.ts';
import { germanNumber } from '../../lib/germanNumber.ts';

/** One URL parameter: how to read and write it, and how to explain it in German. */
export interface Param<T> {
  /** What the allowed values are, in German, e.g. "eine ganze Zahl von 1 bis 32". */
  allowed: string;
  /** The field's label as the lab shows it, named in messages about the URL. */
  label?: string;
  /** The value, or undefined when `raw` is not allowed. */
  parse(raw: string): T | undefined;
  format(value: T): string;
  /**
   * How a form field shows and reads the value, where that differs from the URL: German decimal
   * commas, and lists separated by semicolons so "1,5; 2" can never be read as 1, 5, 2.
   */
  input?: { allowed: string; parse(raw: string): T | undefined; format(value: T): string };
}

/**
 * The value as a form field shows it: the Param's own field format, or the URL format with a German
 * decimal comma.
 *
 * @example
 * fieldText(numberParam(0, 10), 2.5); // '2,5'
 * fieldText(listParam(numberParam(0, 10), 4), [1.5, 2]); // '1,5; 2'
 */
export function fieldText<T>(param: Param<T>, value: T): string {
  return param.input ? param.input.format(value) : param.format(value).replace(/(\d)\.(\d)/g, '$1,$2');
}

/**
 * Reads what a reader typed into a form field, with the field's rules (see `Param.input`).
 *
 * @example
 * fieldValue(listParam(numberParam(0, 10), 4), '1,5; 2'); // [1.5, 2]
 * fieldValue(listParam(numberParam(0, 10), 4), '1,5,2'); // undefined (1,5,2 is not a number)
 */
export function fieldValue<T>(param: Param<T>, raw: string): T | undefined {
  return param.input ? param.input.parse(raw) : param.parse(raw);
}

/** What a form field accepts, in German (for its error message). */
export function fieldAllowed<T>(param: Param<T>): string {
  return param.input ? param.input.allowed : param.allowed;
}

export type ParamSpecs<T> = { [K in keyof T]: Param<T[K]> };

const de = germanNumber({ maximumFractionDigits: 3 });

/**
 * @example
 * intParam(1, 32).parse('8'); // 8
 * intParam(1, 32).parse('40'); // undefined
 */
export function intParam(min: number, max: number): Param<number> {
  return {
    allowed: `eine ganze Zahl von ${de.format(min)} bis ${de.format(max)}`,
    parse: (raw) => {
      if (!/^-?\d+$/.test(raw.trim())) return undefined;
      const value = Number(raw);
      return value >= min && value <= max ? value : undefined;
    },
    format: (value) => String(value),
  };
}

/**
 * Decimal numbers; a German decimal comma is accepted too.
 *
 * @example
 * numberParam(0, 1).parse('0,5'); // 0.5
 */
export function numberParam(min: number, max: number): Param<number> {
  return {
    allowed: `eine Zahl von ${de.format(min)} bis ${de.format(max)}`,
    parse: (raw) => {
      const text = raw.trim().replace(',', '.');
      if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
      const value = Number(text);
      return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
    },
    format: (value) => String(value),
  };
}

/**
 * The rule for a number in an engine's range (or a lab's narrower view of it): whole numbers or
 * decimals as the range says, the bounds, and the range's label for messages.
 *
 * @example
 * rangeParam(LIMITS.concurrency).parse('8'); // 8
 * rangeParam(LIMITS.concurrency).allowed; // 'eine ganze Zahl von 1 bis 1.000'
 */
export function rangeParam(range: Range): Param<number> {
  const base = range.integer ? intParam(range.min, range.max) : numberParam(range.min, range.max);
  return { ...base, allowed: describeRange(range), label: range.label };
}

/**
 * @example
 * choiceParam(['a', 'b'] as const).parse('b'); // 'b'
 */
export function choiceParam<T extends string>(values: readonly T[]): Param<T> {
  return {
    allowed: `einer der Werte ${values.join(', ')}`,
    parse: (raw) => (values as readonly string[]).find((value) => value === raw) as T | undefined,
    format: (value) => value,
  };
}

/**
 * A list of numbers, each checked by `item`. In the URL items are separated by commas (decimals
 * with a dot: `1.5,2`) or by semicolons; in a form field only by semicolons, so the German decimal
 * comma stays a decimal comma (`1,5; 2`).
 *
 * @example
 * listParam(numberParam(0.1, 10), 32).parse('4,1,1'); // [4, 1, 1]
 * listParam(numberParam(0.1, 10), 32).input.parse('1,5; 2'); // [1.5, 2]
 */
export function listParam(
  item: Param<number>,
  maxLength: number,
): Param<number[]> & { input: NonNullable<Param<number[]>['input']> } {
  const items = (parts: string[]) => {
    const kept = parts.filter((part) => part.trim() !== '');
    if (kept.length === 0 || kept.length > maxLength) return undefined;
    const values = kept.map((part) => item.parse(part));
    return values.every((value) => value !== undefined) ? (values as number[]) : undefined;
  };
  const what = `höchstens ${maxLength} Einträge), jeder Eintrag ${item.allowed}`;
  return {
    allowed: `eine Liste (durch Kommas oder Semikolons getrennt, ${what}`,
    parse: (raw) => items(raw.split(raw.includes(';') ? ';' : ',')),
    format: (values) => values.map((value) => item.format(value)).join(','),
    input: {
      allowed: `eine Liste (durch Semikolons getrennt, ${what}`,
      parse: (raw) => items(raw.split(';')),
      format: (values) => values.map((value) => fieldText(item, value)).join('; '),
    },
  };
}

/** Edit distance (insert, delete, replace), for guessing which key a mistyped one meant. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/**
 * A German note for each parameter that looks like this lab's (its prefix, in any case) but is not
 * one of its keys, naming the key it probably meant. Keys are compared case-insensitively only to
 * guess: `LB-N` is not read as `lb-n`, the reader is told.
 *
 * @example
 * unknownKeys('?lb-alg=ipHash', 'lb-', ['algo', 'n']);
 * // ['URL-Parameter „lb-alg“ ist unbekannt und bleibt unbeachtet (gemeint ist wohl „lb-algo“).']
 */
export function unknownKeys(search: string, prefix: string, keys: readonly string[]): string[] {
  const known = keys.map((key) => prefix + key);
  const notes: string[] = [];
  for (const name of new Set(new URLSearchParams(search).keys())) {
    if (!name.toLowerCase().startsWith(prefix.toLowerCase()) || known.includes(name)) continue;
    const lower = name.toLowerCase();
    const best = known
      .map((key) => ({ key, d: distance(lower, key) }))
      .sort((a, b) => a.d - b.d || a.key.localeCompare(b.key))[0];
    const hint = best && best.d <= 2 ? ` (gemeint ist wohl „${best.key}“)` : '';
    notes.push(`URL-Parameter „${echoText(name)}“ ist unbekannt und bleibt unbeachtet${hint}.`);
  }
  return notes;
}

/**
 * Reads a lab's state from a query string. Missing keys take the default; a bad value takes the
 * default too and adds a German message naming the field's label (when the Param has one), the
 * parameter and the allowed values. Echoed values lose bidi and control characters and are cut
 * after 40 code points (echoText); keys with the lab's prefix that it does not know are named too.
 *
 * @example
 * readUrlState('?lb-n=abc', 'lb-', { n: intParam(1, 32) }, { n: 4 });
 * // { state: { n: 4 }, errors: ['URL-Parameter „lb-n“: „abc“ ist ungültig (erlaubt: eine ganze Zahl von 1 bis 32). Verwendet wird der Standardwert 4.'] }
 */
export function readUrlState<T extends object>(
  search: string,
  prefix: string,
  specs: ParamSpecs<T>,
  defaults: T,
): { state: T; errors: string[] } {
  const params = new URLSearchParams(search);
  const state = { ...defaults };
  const errors: string[] = [];
  const keys = Object.keys(specs) as (keyof T & string)[];
  for (const key of keys) {
    const raw = params.get(prefix + key);
    if (raw === null) continue;
    const value = specs[key].parse(raw);
    if (value === undefined) {
      const field = specs[key].label === undefined ? '' : `Feld „${specs[key].label}“, `;
      const fallback = specs[key].format(defaults[key]);
      errors.push(
        `${field}URL-Parameter „${prefix + key}“: „${echoText(raw)}“ ist ungültig (erlaubt: ${specs[key].allowed}). ` +
          (fallback === ''
            ? 'Verwendet wird der Standardwert (keine Auswahl).'
            : `Verwendet wird der Standardwert ${fallback}.`),
      );
    } else {
      state[key] = value;
    }
  }
  errors.push(...unknownKeys(search, prefix, keys));
  return { state, errors };
}

/**
 * A change in the lab's form, read like an address: the state with the patch goes through the URL
 * query into the lab's own reader, so the form meets the same rules, the same German notes and the
 * same defaults for impossible combinations as a shared link.
 *
 * @example
 * readChange(readLbState, 'lb-', SPECS, DEFAULTS, { ...DEFAULTS, down: 4 }, { n: 2 });
 * // { state: { …, n: 2, down: 0 }, errors: ['Feld „Server fällt aus“, URL-Parameter „lb-down“: Server 4 gibt es nicht …'] }
 */
export function readChange<T extends object>(
  read: (search: string) => { state: T; errors: string[] },
  prefix: string,
  specs: ParamSpecs<T>,
  defaults: T,
  state: T,
  patch: Partial<T>,
): { state: T; errors: string[] } {
  return read(urlStateQuery('', prefix, specs, { ...state, ...patch }, defaults));
}

/**
 * The query string with this lab's keys replaced: values equal to the default are left out, and
 * other parameters (another lab's, for instance) stay as they are.
 *
 * @example
 * urlStateQuery('?x=1', 'lb-', { n: intParam(1, 32) }, { n: 8 }, { n: 4 }); // '?x=1&lb-n=8'
 */
export function urlStateQuery<T extends object>(
  search: string,
  prefix: string,
  specs: ParamSpecs<T>,
  state: T,
  defaults: T,
): string {
  const params = new URLSearchParams(search);
  for (const key of Object.keys(specs) as (keyof T & string)[]) {
    const text = specs[key].format(state[key]);
    if (text === specs[key].format(defaults[key])) params.delete(prefix + key);
    else params.set(prefix + key, text);
  }
  // Commas need no escaping in a query; keeping them makes lists like 4,1,1 readable in links.
  const query = params.toString().replaceAll('%2C', ',');
  return query === '' ? '' : `?${query}`;
}

/**
 * Writes the state into the address bar without adding a history entry (see replaceQuery).
 */
export function writeUrlState<T extends object>(
  prefix: string,
  specs: ParamSpecs<T>,
  state: T,
  defaults: T,
  { location, history }: Pick<Window, 'location' | 'history'> = window,
): void {
  replaceQuery(urlStateQuery(location.search, prefix, specs, state, defaults), { location, history });
}

/**
 * Puts a query string into the address bar without adding a history entry (nothing when it is
 * already there). Where the browser refuses (some reject replaceState in a sandboxed iframe, whose
 * origin is opaque) the lab works on and only the address stays as it was.
 */
export function replaceQuery(
  query: string,
  { location, history }: Pick<Window, 'location' | 'history'> = window,
): void {
  const { pathname, search, hash } = location;
  if (query === search) return;
  try {
    history.replaceState(history.state, '', `${pathname}${query}${hash}`);
  } catch {
    // The address is a convenience for sharing; the state itself lives in the lab.
  }
}
