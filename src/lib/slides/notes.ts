/**
 * Speaker notes beyond the section's prose (review L7-6): a lead-in that only introduces a list
 * („Vorteile:“) stands on the slide with its list instead of being the slide's whole note, and a
 * continuation slide without prose of its own gets a short note, so the presenter view never shows
 * an empty notes pane in the middle of a section.
 */
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { firstSentenceEnd } from './sentences.ts';

/** A lead-in longer than this is prose with a colon at its end: it stays in the notes. */
const LEAD_IN_CHARS = 120;

/**
 * Whether a paragraph only introduces the list after it („Vorteile:“, „Für verteiltes Caching
 * gilt:“): then it belongs on the slide, above the list.
 *
 * @example
 * isListLeadIn(h('p', 'Vorteile:'), h('ul', …)) // true
 * isListLeadIn(h('p', 'Ein ganzer Absatz … Er unterscheidet:'), h('ul', …)) // false if longer than 120 characters
 */
export function isListLeadIn(node: Element, following: Element | undefined): boolean {
  if (node.tagName !== 'p' || !following || !['ul', 'ol', 'dl'].includes(following.tagName)) return false;
  const text = toString(node).replace(/\s+/g, ' ').trim();
  return text.endsWith(':') && text.length <= LEAD_IN_CHARS;
}

const paragraph = (text: string): Element => ({
  type: 'element',
  tagName: 'p',
  properties: {},
  children: [{ type: 'text', value: text }],
});

/**
 * The note of a continuation slide that has no prose of its own: where it belongs, and the first
 * sentence of the section's notes as a reminder of what the section says.
 *
 * @example
 * continuationNotes('Web-Caching', { n: 3, of: 4 }, [h('p', 'Beim Web-Caching … . Mehr.')])
 * // [<p>Fortsetzung von „Web-Caching“ (3/4).</p>, <p>Zum Abschnitt: Beim Web-Caching … .</p>]
 */
export function continuationNotes(
  title: string,
  count: { n: number; of: number },
  sectionNotes: readonly ElementContent[],
): Element[] {
  const notes = [paragraph(`Fortsetzung von „${title}“ (${count.n}/${count.of}).`)];
  const first = sectionNotes.find(
    (node): node is Element =>
      node.type === 'element' && node.tagName === 'p' && toString(node).trim() !== '',
  );
  if (first) {
    const text = toString(first).replace(/\s+/g, ' ').trim();
    notes.push(paragraph(`Zum Abschnitt: ${text.slice(0, firstSentenceEnd(text))}`));
  }
  return notes;
}
