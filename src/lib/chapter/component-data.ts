/**
 * What the chapter's components show, taken from the index by the props the MDX gives them: a
 * `<Figure>` its number and caption, a `<SelfCheck>` its derived link label. The props and the index
 * come from the same MDX attributes; a mismatch (a stale index, an attribute written as an
 * expression) is a build error that names the file and line.
 */
import { at } from './heading-id.ts';
import { questionKey } from './question-key.ts';
import { getChapter } from './index.ts';
import type { Chapter, Figure, SelfCheck } from './types.ts';

export interface FigureProps {
  /** Anchor id, `abb-…`. */
  id: string;
  caption: string;
  /** "nach: …" credit for figures redrawn from the deck's sources, with an optional link. */
  source?: string | undefined;
  sourceHref?: string | undefined;
}

/**
 * The indexed figure behind a `<Figure>`'s props.
 *
 * @example
 * figureFor({ id: 'abb-verteiltes-system', caption: 'Beispiel eines verteilten Systems im Überblick', source: '…' }).number // 2
 */
export function figureFor(props: FigureProps, chapter: Chapter = getChapter()): Figure {
  const figure = chapter.figures.find((entry) => entry.id === props.id);
  if (!figure)
    throw new Error(`<Figure id="${props.id}">: steht auf keiner Seite des Kapitels (src/lib/chapter/).`);
  for (const key of ['caption', 'source', 'sourceHref'] as const) {
    if ((props[key] ?? undefined) !== figure[key]) {
      throw new Error(
        `${at(figure.file, figure.line)}: <Figure id="${props.id}"> ${key}="${props[key] ?? ''}" weicht vom Kapitelindex ab („${figure[key] ?? ''}“).`,
      );
    }
  }
  return figure;
}

export interface SelfCheckProps {
  /** Question number: 1–23 as in the deck, 24 and on for the pages' self-checks. */
  nr: number;
  /** One lowercase letter for a question inserted after question `nr` ("26a"). */
  sub?: string;
  question: string;
  /** Root-relative link to the section that answers the question, e.g. `/einfuehrung/#definition`. */
  href: string;
}

/**
 * The indexed question behind a `<SelfCheck>`'s props, with its derived label.
 *
 * @example
 * selfCheckFor({ nr: 1, question: 'Was sind verteilte Systeme?', href: '/einfuehrung/#definition' }).label
 * // '1 Einführung › Definition'
 */
export function selfCheckFor(props: SelfCheckProps, chapter: Chapter = getChapter()): SelfCheck {
  const key = questionKey(props);
  const check = chapter.selfChecks.find((entry) => questionKey(entry) === key);
  if (!check || check.href !== props.href || check.question !== props.question) {
    throw new Error(
      `<SelfCheck nr={${props.nr}}${props.sub ? ` sub="${props.sub}"` : ''} href="${props.href}">: passt nicht zum Kapitelindex (src/lib/chapter/)` +
        `${check ? `, dort ${at(check.file, check.line)}: href="${check.href}"` : ''}.`,
    );
  }
  return check;
}
