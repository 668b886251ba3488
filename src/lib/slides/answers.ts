/**
 * Answers on slides (review L7-1/L7-4): a self-check's model answer and a guided experiment's
 * „Auflösung“. An answer that fits next to its question keeps its `<details>` to open in the
 * lecture, and the slide holds room for it opened; a longer answer goes onto the slide(s) after its
 * question („Frage 45 – Musterantwort (1/2)“, „Versuch 7 – Auflösung“), in full at the slide's type
 * size, and the question's slide says so.
 */
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { blockLines, elementChildren, hasClass } from './blocks.ts';
import { firstSentenceEnd } from './sentences.ts';
import { pack, packGroups, splitBlock } from './split.ts';

/** Whether a block is a self-check question (src/components/SelfCheck.astro). */
export function isSelfCheck(node: Element): boolean {
  return node.tagName === 'section' && hasClass(node, 'self-check');
}

function answerOf(check: Element): Element | undefined {
  return elementChildren(check).find((child) => hasClass(child, 'self-check-answer'));
}

/** The answer's content (what `<details>` opens), without the summary. */
function answerContent(check: Element): Element[] {
  const details = answerOf(check);
  const body = details && elementChildren(details).find((child) => hasClass(child, 'self-check-body'));
  return body ? elementChildren(body) : [];
}

/**
 * The lines the opened model answer adds to its question's slide.
 *
 * @example
 * answerLines(checkWithOneShortParagraph) // 1.9
 */
export function answerLines(check: Element): number {
  const content = answerContent(check);
  if (content.length === 0) return 0;
  return content.reduce((sum, node) => sum + blockLines(node, 'slide'), 0.5);
}

/** The question's number as the component wrote it („45“, „26a“). */
export function questionNr(check: Element): string {
  return String(
    answerOf(check)?.properties.dataAnswerOf ?? String(check.properties.id ?? '').replace(/^frage-/, ''),
  );
}

/** The question's text without its number („Was ist eine Cache Stampede …?“). */
export function questionText(check: Element): string {
  const question = elementChildren(check).find((child) => hasClass(child, 'self-check-question'));
  return question
    ? toString(question)
        .replace(/^\s*Frage\s+\S+:\s*/, '')
        .trim()
    : '';
}

/**
 * The question without its model answer, and a line saying where the answer is.
 *
 * @example
 * withoutAnswer(check) // <section class="self-check">…<p class="self-check-next screen-only">Musterantwort auf der nächsten Folie</p></section>
 */
export function withoutAnswer(check: Element): Element {
  const answer = answerOf(check);
  // On screen only, like the experiments' line: on paper the next page says where the answer is.
  const next = nextLine('Musterantwort auf der nächsten Folie', true);
  return { ...check, children: check.children.map((child) => (child === answer ? next : child)) };
}

/**
 * A paragraph of plain text too long for a slide, cut between sentences into paragraphs that fit
 * (an answer slide is read, not zoomed); a paragraph with markup, or one that fits, stays whole.
 *
 * @example
 * splitParagraph(h('p', longText), 12).length // 2
 */
export function splitParagraph(node: Element, budget: number): Element[] {
  const plain = node.tagName === 'p' && node.children.every((child) => child.type === 'text');
  if (!plain || blockLines(node, 'slide') <= budget) return [node];
  const sentences: string[] = [];
  let rest = toString(node).replace(/\s+/g, ' ').trim();
  while (rest) {
    const end = firstSentenceEnd(rest);
    sentences.push(rest.slice(0, end).trim());
    rest = rest.slice(end).trim();
  }
  const paragraph = (text: string): Element => ({ ...node, children: [{ type: 'text', value: text }] });
  const lines = (from: number, to: number) =>
    blockLines(paragraph(sentences.slice(from, to).join(' ')), 'slide');
  return packGroups(sentences.length, lines, budget).map((group) =>
    paragraph(group.map((index) => sentences[index]).join(' ')),
  );
}

/** Blocks of an answer, each cut to at most `budget` lines where it can be. */
function fitting(nodes: Element[], budget: number): Element[] {
  return nodes.flatMap((node) =>
    blockLines(node, 'slide') <= budget
      ? [node]
      : node.tagName === 'p'
        ? splitParagraph(node, budget)
        : splitBlock(node, budget),
  );
}

/**
 * The model answer in pieces of at most `budget` lines, each the body of one answer slide: a
 * `.self-check-answer` box (the slides PDF leaves it off the slide and prints it below the notes,
 * like a closed answer), its lists split by items where one piece would be too long.
 *
 * @example
 * answerSlides(checkWithLongAnswer, 12).length // 2
 */
export function answerSlides(check: Element, budget: number): Element[] {
  const pieces = fitting(answerContent(check), budget);
  const groups = pack(pieces, (node) => blockLines(node, 'slide'), budget);
  const nr = questionNr(check);
  return groups.map((group) => ({
    type: 'element',
    tagName: 'div',
    properties: { className: ['self-check-answer', 'slide-answer'], dataAnswerOf: nr },
    children: group as ElementContent[],
  }));
}

/** A question with an answer to reveal, as the deck's transform places it. */
export interface Reveal {
  /** Lines on a slide with the answer opened. */
  open: number;
  /** The question without its answer, and a line saying the answer follows. */
  without: Element;
  /** The bodies of the answer's own slides, each at most `budget` lines. */
  slides: (budget: number) => Element[];
  /** The answer slides' title. */
  title: string;
  /** The answer slides' speaker note: the question (an experiment's with its explanation). */
  note: string;
}

const nextLine = (text: string, screenOnly = false): Element => ({
  type: 'element',
  tagName: 'p',
  properties: { className: ['self-check-next', ...(screenOnly ? ['screen-only'] : [])] },
  children: [{ type: 'text', value: text }],
});

/** Single-item lists made by experimentItems (the transform asks revealOf about each). */
const experimentItems = new WeakSet<Element>();

/**
 * A lab's list of guided experiments as one list per experiment (each counting on with `start`),
 * so each experiment and its „Auflösung“ is placed on its own terms; other lists unchanged.
 *
 * @example
 * splitExperiments(olOfSevenExperiments).length // 7
 */
export function splitExperiments(list: Element): Element[] {
  const items = elementChildren(list);
  if (list.tagName !== 'ol' || !items.some((item) => item.properties.dataExperiment !== undefined))
    return [list];
  return items.map((item, index) => {
    const piece: Element = {
      ...list,
      properties: { ...list.properties, ...(index > 0 ? { start: index + 1 } : {}) },
      children: [item],
    };
    experimentItems.add(piece);
    return piece;
  });
}

function experimentReveal(piece: Element): Reveal | undefined {
  const item = elementChildren(piece)[0];
  const details =
    item && elementChildren(item).find((child) => hasClass(child, 'lab-experiment-explanation'));
  if (!item || !details) return undefined;
  const n = String(item.properties.dataExperiment ?? '');
  const explanation = elementChildren(details).filter((child) => child.tagName !== 'summary');
  // Text and elements only: the island's HTML comments are not part of the question.
  const question = item.children
    .filter(
      (child) =>
        child.type === 'text' || (child.type === 'element' && child.tagName !== 'a' && child !== details),
    )
    .map((child) => toString(child))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    open: blockLines(piece, 'slide'),
    without: {
      ...piece,
      children: [
        {
          ...item,
          children: item.children.map((child) =>
            child === details ? nextLine('Auflösung auf der nächsten Folie', true) : child,
          ),
        },
      ],
    },
    slides: (budget) =>
      pack(fitting(explanation, budget), (node) => blockLines(node, 'slide'), budget).map((group) => ({
        type: 'element',
        tagName: 'div',
        // Like the page's „Auflösung“: on screen only, never on paper.
        properties: { className: ['lab-experiment-explanation', 'slide-answer', 'screen-only'] },
        children: group,
      })),
    title: `Versuch ${n} – Auflösung`,
    // The notes carry the explanation too: the slides PDF points there (slides-print.css).
    note: `Versuch ${n}: ${question} Auflösung: ${explanation
      .map((node) => toString(node))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim()}`,
  };
}

/**
 * The answer a block reveals, if it is a self-check or one guided experiment (splitExperiments).
 *
 * @example
 * revealOf(selfCheck)?.title // 'Frage 45 – Musterantwort'
 * revealOf(h('ul', …)) // undefined
 */
export function revealOf(node: Element): Reveal | undefined {
  if (experimentItems.has(node)) return experimentReveal(node);
  if (!isSelfCheck(node) || !answerOf(node)) return undefined;
  const nr = questionNr(node);
  return {
    open: blockLines(node, 'slide') + answerLines(node),
    without: withoutAnswer(node),
    slides: (budget) => answerSlides(node, budget),
    title: `Frage ${nr} – Musterantwort`,
    note: `Frage ${nr}: ${questionText(node)}`,
  };
}
