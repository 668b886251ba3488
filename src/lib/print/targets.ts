/**
 * Where an internal link leads, in words, for print: "Caching › Strategien", "Abb. 12", "Frage 4".
 * A reader of the chapter index, so a printed page can say where each internal link points.
 */
import { getChapter, resolveTarget, type Chapter } from '../chapter/index.ts';

export { slugOfPath } from '../chapter/index.ts';

/**
 * The printable description of an internal link (root-relative without base, or `#anchor` on the
 * current page), or undefined for a link outside the chapter.
 *
 * @example
 * describeTarget('/einfuehrung/#definition', 'systemdesign/caching')
 * // 'Einführung in verteilte Softwaresysteme › Definition'
 * describeTarget('#strategien', 'systemdesign/caching') // 'Abschnitt „Strategien“'
 */
export function describeTarget(
  href: string,
  currentSlug: string | undefined,
  chapter: Chapter = getChapter(),
): string | undefined {
  const samePage = href.startsWith('#');
  const target = resolveTarget(href, currentSlug, chapter);
  if (!target) {
    // A link to a page with an anchor the index does not know still names the page.
    const page = samePage ? undefined : resolveTarget(href.split('#')[0] ?? '', currentSlug, chapter);
    return page?.page.title;
  }
  const anchor =
    target.heading?.text ??
    (target.figure && `Abb. ${target.figure.number}`) ??
    (target.question !== undefined ? `Frage ${target.question}` : undefined);
  if (samePage) {
    return anchor && (target.heading ? `Abschnitt „${anchor}“` : anchor);
  }
  return anchor ? `${target.page.title} › ${anchor}` : target.page.title;
}
