/**
 * The rule every h2 and h3 of the chapter follows: an explicit, readable ASCII id
 * (`## Größe {#groesse}`), unique on its page, so polishing a heading's wording never breaks a link
 * to it. The Markdown pipeline enforces it (src/plugins/heading-ids.ts); the chapter index relies on it.
 */
import { asciiId } from '../links/ascii-id.ts';

/** A readable ASCII id: lowercase words of a–z and 0–9, joined by single hyphens. */
export const STABLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface HeadingFacts {
  depth: number;
  /** The heading's plain text. */
  text: string;
  /** The explicit id (`{#…}`), if any. */
  id?: string | undefined;
}

/**
 * What is wrong with a heading's id, in German, or undefined when it follows the rule. Only h2
 * and h3 are checked; `seen` collects the page's ids so far (a repeated id is an error).
 *
 * @example
 * headingIdProblem({ depth: 2, text: 'Größe' }, new Set())
 * // 'Die Überschrift „Größe“ braucht eine feste id, damit Links auf sie stabil bleiben, z. B. „## Größe {#groesse}“.'
 * headingIdProblem({ depth: 2, text: 'Größe', id: 'groesse' }, new Set()) // undefined
 */
export function headingIdProblem({ depth, text, id }: HeadingFacts, seen: Set<string>): string | undefined {
  if (depth !== 2 && depth !== 3) return undefined;
  if (id === undefined || id === '') {
    return `Die Überschrift „${text}“ braucht eine feste id, damit Links auf sie stabil bleiben, z. B. „${'#'.repeat(depth)} ${text} {#${asciiId(text)}}“.`;
  }
  if (!STABLE_ID.test(id)) {
    return `Die id „${id}“ der Überschrift „${text}“ ist keine lesbare ASCII-id (nur a–z, 0–9 und Bindestriche; ä → ae, ö → oe, ü → ue, ß → ss), z. B. „${asciiId(text)}“.`;
  }
  if (seen.has(id)) return `Die id „${id}“ ist auf dieser Seite doppelt vergeben.`;
  seen.add(id);
  return undefined;
}

/**
 * Where in the sources something is, for an author's error message: `file:line`.
 *
 * @example
 * at('content/docs/einfuehrung.mdx', 12) // 'content/docs/einfuehrung.mdx:12'
 */
export function at(file: string, line: number | undefined): string {
  return line ? `${file}:${line}` : file;
}
