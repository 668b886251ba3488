import { CHAPTER, EXTRA_PAGES, type ChapterGroup } from './order.ts';

/**
 * Starlight's sidebar built from the chapter: a group with one page becomes a link with the
 * group's label, any other group lists its pages under their own titles; the pages outside the
 * reading order follow.
 *
 * @example
 * toSidebar([{ label: '1 Einführung', pages: ['einfuehrung'] }], [])
 * // [{ label: '1 Einführung', slug: 'einfuehrung' }]
 */
export function toSidebar(chapter: ChapterGroup[] = CHAPTER, extra = EXTRA_PAGES) {
  return [
    ...chapter.map(({ label, pages }) =>
      pages.length === 1
        ? { label, slug: pages[0] || 'index' }
        : { label, items: pages.map((slug) => ({ slug })) },
    ),
    ...extra.map(({ label, slug }) => ({ label, slug })),
  ];
}
