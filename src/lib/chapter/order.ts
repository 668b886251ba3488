/**
 * The chapter's reading order: one entry per part (sidebar group), each naming its pages by slug.
 * The sidebar, the figure numbering, the link manifest and the handout all follow this one list.
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
  { label: 'Anhang', pages: ['verstaendnisfragen', 'quellen', 'abbildungen', 'glossar'] },
];

/**
 * Pages outside the reading order: in the sidebar (after the chapter) and with a link preview, but
 * not in the link manifest, the handout or the figure numbering.
 */
export const EXTRA_PAGES: { label: string; slug: string }[] = [
  { label: 'Für Lehrende', slug: 'fuer-lehrende' },
  { label: 'Barrierefreiheit', slug: 'barrierefreiheit' },
];

/** Every chapter page slug in reading order ('' is the start page). */
export const PAGE_ORDER: string[] = CHAPTER.flatMap((group) => group.pages);
