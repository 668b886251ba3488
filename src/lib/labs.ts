/**
 * The chapter's interactive labs: where each lives in the chapter and where its chrome-less embed
 * view is. Link manifest, embed routes, the "Für Lehrende" page and the Common Cartridge all read
 * this one list.
 */
export interface Lab {
  /** Stable key, also the embed route's last segment: `/embed/<id>/`. */
  id: string;
  /** The lab's name as readers know it. */
  title: string;
  /** One sentence for link previews and the cartridge. */
  description: string;
  /** The chapter page that holds the lab, root-relative with trailing slash. */
  page: string;
  /** The section id of the lab on that page. */
  anchor: string;
}

export const LABS: Lab[] = [
  {
    id: 'load-balancing',
    title: 'Load-Balancing-Labor',
    description:
      'Simulation der Load-Balancing-Algorithmen: Round Robin, Least Connections, IP-Hash und mehr im Vergleich.',
    page: '/systemdesign/load-balancing/',
    anchor: 'labor',
  },
  {
    id: 'caching',
    title: 'Caching-Labor',
    description:
      'Simulation der Verdrängungsstrategien LRU, LFU, FIFO, Random, TTL und OPT mit Trefferquoten und Cache-Hierarchie.',
    page: '/systemdesign/caching/',
    anchor: 'labor',
  },
];

/** The root-relative path of a lab's embed view. */
export function embedPath(lab: Pick<Lab, 'id'>): string {
  return `/embed/${lab.id}/`;
}
