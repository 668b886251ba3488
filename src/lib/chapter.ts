/**
 * The chapter's reading order: one entry per sidebar group, each naming its pages by slug.
 * The sidebar, the figure numbering and the handout all follow this one list.
 */
export interface ChapterGroup {
  label: string;
  pages: string[];
}

export const CHAPTER: ChapterGroup[] = [
  { label: 'Start', pages: [''] },
  { label: '1 Einführung', pages: ['einfuehrung'] },
  {
    label: '2 Systemarchitektur',
    pages: [
      'systemarchitektur',
      'systemarchitektur/client-server',
      'systemarchitektur/peer-to-peer',
      'systemarchitektur/eventgesteuerte-architektur',
      'systemarchitektur/modulare-architektur',
      'systemarchitektur/kommunikation',
    ],
  },
  {
    label: '3 Systemdesign',
    pages: [
      'systemdesign',
      'systemdesign/gateway-proxy-load-balancer',
      'systemdesign/skalierungsmuster',
      'systemdesign/load-balancing',
      'systemdesign/caching',
      'systemdesign/skalierungswuerfel',
    ],
  },
  { label: '4 Zusammenfassung', pages: ['zusammenfassung'] },
  { label: 'Anhang', pages: ['verstaendnisfragen', 'quellen', 'abbildungen'] },
];

/** Every page slug in reading order. */
export const PAGE_ORDER: string[] = CHAPTER.flatMap((group) => group.pages);

/**
 * Starlight's sidebar built from the chapter: a group with one page becomes a link with the
 * group's label, any other group lists its pages under their own titles.
 *
 * @example
 * toSidebar([{ label: '1 Einführung', pages: ['einfuehrung'] }])
 * // [{ label: '1 Einführung', slug: 'einfuehrung' }]
 */
export function toSidebar(chapter: ChapterGroup[] = CHAPTER) {
  return chapter.map(({ label, pages }) =>
    pages.length === 1
      ? { label, slug: pages[0] || 'index' }
      : { label, items: pages.map((slug) => ({ slug })) },
  );
}
