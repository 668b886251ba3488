/**
 * Where the first sentence of a German paragraph ends: a slide shows a definition's first sentence
 * and leaves the rest to the speaker notes. Abbreviations with a full stop ("z. B.", "dt.", "bzw.",
 * "Abb.", "et al."), initials ("L. A. Belady") and numbers ("2. Auflage") do not end a sentence; a
 * sentence ends at . ! ? followed by white space and a capital letter, a digit, an opening quote or
 * the end.
 */

const ABBREVIATIONS = new Set(
  [
    'z',
    'B',
    'd',
    'h',
    'u',
    'a',
    'dt',
    'engl',
    'bzw',
    'ca',
    'vgl',
    'Abb',
    'Nr',
    'etc',
    'usw',
    'S',
    'bspw',
    'ggf',
    'inkl',
    'evtl',
    'sog',
    'al',
    'Kap',
    'Abs',
    'Mio',
    'Mrd',
    'max',
    'min',
    'Dr',
    'Prof',
    'Hrsg',
    'Aufl',
    'Jh',
    'vs',
  ].map((word) => word.toLowerCase()),
);

/**
 * The offset just after the first sentence of `text`, or `text.length` if it has only one.
 *
 * @example
 * firstSentenceEnd('Caching (dt. Zwischenspeichern) ist schnell. Der Cache …') // 44
 * firstSentenceEnd('Nur ein Satz') // 12
 */
export function firstSentenceEnd(text: string): number {
  const pattern = /[.!?](?=[\s\u00a0]+(?:[A-ZÄÖÜ0-9„"(]|$))/g;
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(0, match.index);
    const word = /([A-Za-zÄÖÜäöüß]+)$/.exec(before)?.[1] ?? '';
    // A single letter is an initial ("L. A. Belady") or part of one ("z. B.").
    const abbreviation = ABBREVIATIONS.has(word.toLowerCase()) || word.length === 1;
    if (match[0] === '.' && (abbreviation || /\d$/.test(before))) continue;
    return match.index + 1;
  }
  return text.length;
}
