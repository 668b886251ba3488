/**
 * Solutions apart: in the handout, the model answers of the self-check questions leave their
 * questions and move to the "Lösungen" appendix. Pure string functions over the rendered HTML of
 * SelfCheck.astro (a `<details class="self-check-answer" data-answer-of="N">` per question).
 */
import { SOLUTIONS } from './handout.ts';

/** How print names the appendix: "Anhang E". */
const APPENDIX_LABEL = SOLUTIONS.heading.split(':')[0] ?? SOLUTIONS.heading;

export interface ExtractedAnswer {
  /** Question number. */
  nr: number;
  /** Sub-letter of a question inserted after `nr` ("26a"), if any. */
  sub?: string;
  /** The answer's HTML (the content of `.self-check-body`). */
  html: string;
}

/** Anchor of an answer in the Lösungen appendix, by the question's name: `loesung-26`, `loesung-26a`. */
export const solutionId = (key: number | string) => `loesung-${key}`;

/**
 * Removes every model answer from the HTML; in its place stands a pointer to the solution (hidden
 * in the student edition). Returns the HTML and the answers in order.
 *
 * @example
 * extractAnswers('<details class="self-check-answer" data-answer-of="3"><summary>M</summary><div class="self-check-body"><p>A</p></div></details>')
 * // { html: '<p class="self-check-solution-ref">…</p>', answers: [{ nr: 3, html: '<p>A</p>' }] }
 */
export function extractAnswers(html: string): { html: string; answers: ExtractedAnswer[] } {
  const answers: ExtractedAnswer[] = [];
  const rewritten = html.replace(
    /<details\b[^>]*\bdata-answer-of="(\d+)([a-z]?)"[^>]*>([\s\S]*?)<\/details>/g,
    (_, nr: string, sub: string, inner: string) => {
      const body = /<div\b[^>]*\bclass="[^"]*\bself-check-body\b[^"]*"[^>]*>([\s\S]*)<\/div>\s*$/.exec(inner);
      answers.push({
        nr: Number(nr),
        ...(sub ? { sub } : {}),
        html: (body?.[1] ?? inner.replace(/<summary[\s\S]*?<\/summary>/, '')).trim(),
      });
      return (
        `<p class="self-check-solution-ref handout-with-solutions">` +
        `<a href="#${solutionId(nr + sub)}" data-print-target="${APPENDIX_LABEL}">Zur Musterantwort</a></p>`
      );
    },
  );
  return { html: rewritten, answers };
}
