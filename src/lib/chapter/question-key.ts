/**
 * How a self-check question is named: its number, and for a question added later between two
 * numbered ones a letter (`26a`), so that every earlier number and its link target `#frage-N` stay.
 */

/** A question's number and optional sub-letter, as `<SelfCheck nr={26} sub="a">` writes them. */
export interface QuestionNumber {
  nr: number;
  /** One lowercase letter for a question inserted after question `nr` ("26a"). */
  sub?: string;
}

/** The one letter a sub-question may carry. */
export const SUB_LETTER = /^[a-z]$/;

/**
 * The name readers see and the anchor uses: "26", "26a".
 *
 * @example
 * questionKey({ nr: 26 }) // '26'
 * questionKey({ nr: 26, sub: 'a' }) // '26a'
 */
export function questionKey({ nr, sub }: QuestionNumber): string {
  return `${nr}${sub ?? ''}`;
}

/**
 * Reading order of two questions: by number, the plain question before its sub-questions.
 *
 * @example
 * [{ nr: 27 }, { nr: 26, sub: 'a' }, { nr: 26 }].sort(compareQuestions).map(questionKey) // ['26', '26a', '27']
 */
export function compareQuestions(a: QuestionNumber, b: QuestionNumber): number {
  return a.nr - b.nr || (a.sub ?? '').localeCompare(b.sub ?? '');
}
