/**
 * German compound splitting from the chapter's own vocabulary: a word is split where both sides are
 * words the chapter uses on their own ("Lastverteilung" → "Last" + "verteilung", with a linking
 * "s"/"n"/"es"/"en" allowed after the head: "Verdrängungsstrategie" → "Verdrängung" + "strategie").
 * The index gets the parts hyphen-joined (Pagefind indexes a hyphenated word whole and by parts); a
 * query gets them space-separated. Pure functions, shared by the build and the browser.
 */

/** Shortest part that counts as a word of its own ("Netz", "Last"). */
const MIN_PART = 4;
/** Shortest head ("Web" in "Webserver"). */
const MIN_HEAD = 3;
/** Both sides of a split whose tail the chapter never uses alone. */
const MIN_LONG_PART = 5;
const LINKS = ['', 's', 'n', 'es', 'en'];
const WORD = /[A-Za-zÄÖÜäöüß]+/g;

/** The chapter's vocabulary: every lower-cased word of at least MIN_HEAD letters. */
export type Lexicon = ReadonlySet<string>;

/**
 * The vocabulary of a text, the parts a compound may be split into.
 *
 * @example
 * [...lexiconOf('Die Last und die Verteilung')] // ['last', 'verteilung']
 */
export function lexiconOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const [word] of text.matchAll(WORD)) if (word.length >= MIN_HEAD) words.add(word.toLowerCase());
  return words;
}

/**
 * The parts of a compound, longest tail first, or `[word]` when it is none. Parts keep the word's
 * own spelling; the head may itself be a compound.
 *
 * @example
 * splitCompound('Lastverteilung', new Set(['last', 'verteilung'])) // ['Last', 'verteilung']
 * splitCompound('Verteilung', new Set(['last', 'verteilung'])) // ['Verteilung']
 * splitCompound('Videokonferenzen', new Set(['video'])) // ['Video', 'konferenzen']
 */
export function splitCompound(word: string, lexicon: Lexicon): string[] {
  const known = splitKnown(word, lexicon);
  if (known) return known;
  // A tail the chapter never uses alone ("Videokonferenzen"): only after a long, known head.
  const lower = word.toLowerCase();
  for (let cut = lower.length - MIN_LONG_PART; cut >= MIN_LONG_PART; cut -= 1) {
    if (lexicon.has(lower.slice(0, cut))) return [word.slice(0, cut), word.slice(cut)];
  }
  return [word];
}

/** Splits into known words only (the head may itself be such a compound), or undefined. */
function splitKnown(word: string, lexicon: Lexicon): string[] | undefined {
  const lower = word.toLowerCase();
  for (let cut = MIN_HEAD; cut <= lower.length - MIN_PART; cut += 1) {
    if (!lexicon.has(lower.slice(cut))) continue;
    const head = word.slice(0, cut);
    for (const link of LINKS) {
      const stem = head.slice(0, head.length - link.length);
      if (!head.toLowerCase().endsWith(link) || stem.length < MIN_HEAD) continue;
      if (lexicon.has(stem.toLowerCase())) return [head, word.slice(cut)];
      const parts = splitKnown(stem, lexicon);
      if (parts) return [...parts.slice(0, -1), `${parts.at(-1)}${head.slice(stem.length)}`, word.slice(cut)];
    }
  }
  return undefined;
}

/**
 * Text for the search index: every compound written with hyphens between its parts, so that a
 * search for a part finds it. Only the indexer sees this text; readers get the page unchanged.
 *
 * @example
 * hyphenateCompounds('Die Lastverteilung.', new Set(['last', 'verteilung'])) // 'Die Last-verteilung.'
 */
export function hyphenateCompounds(text: string, lexicon: Lexicon): string {
  return text.replace(WORD, (word) => splitCompound(word, lexicon).join('-'));
}

/**
 * The inverse for excerpts that Pagefind cuts from the index text: a hyphen before a lower-case
 * letter that hyphenateCompounds would have put there is removed again.
 *
 * @example
 * joinCompounds('Die <mark>Last-verteilung</mark>', new Set(['last', 'verteilung'])) // 'Die <mark>Lastverteilung</mark>'
 */
export function joinCompounds(html: string, lexicon: Lexicon): string {
  return html.replace(/[A-Za-zÄÖÜäöüß]+(?:-[a-zäöüß][A-Za-zÄÖÜäöüß]*)+/g, (match) => {
    const joined = match.replaceAll('-', '');
    return splitCompound(joined, lexicon).join('-') === match ? joined : match;
  });
}

/**
 * A query with every compound the chapter does not use as a whole split into its parts, so that
 * "Cacheverdrängung" finds the page about "Verdrängung" in a "Cache".
 *
 * @example
 * splitQuery('Cacheverdrängung LRU', new Set(['cache', 'verdrängung'])) // 'Cache verdrängung LRU'
 */
export function splitQuery(query: string, lexicon: Lexicon): string {
  return query.replace(WORD, (word) =>
    lexicon.has(word.toLowerCase()) ? word : splitCompound(word, lexicon).join(' '),
  );
}
