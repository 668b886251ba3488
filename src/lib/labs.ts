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
  /**
   * Guided experiments, each a question the lab answers (German). On screen a list under the lab;
   * on paper the lab's questions, listed in the handout's Versuchsverzeichnis.
   */
  experiments: string[];
  /**
   * For each experiment (same order), the query that sets the lab up for it, e.g.
   * `p.scheme=modN&p.nodes=3` — a one-click link on screen, and the scenario its unit test runs.
   */
  experimentQueries?: string[];
}

/** Anchor id of a lab's n-th experiment (1-based): `versuch-caching-2`. */
export function experimentId(lab: Pick<Lab, 'id'>, n: number): string {
  return `versuch-${lab.id}-${n}`;
}

export const LABS: Lab[] = [
  // In the chapter's reading order (Skalierungsmuster comes before Load-Balancing and Caching).
  {
    id: 'partitioning',
    title: 'Partitionierungs- und Replikationslabor',
    description:
      'Simulation von hash mod N, konsistentem Hashing, Jump Hash, Rendezvous-Hashing und Schlüsselbereichen, von Replikation mit Leader und Followern und von Quoren.',
    page: '/systemdesign/skalierungsmuster/',
    anchor: 'labor',
    experiments: [
      'Drei Knoten, ein vierter kommt hinzu: Welcher Anteil der Schlüssel wandert bei hash mod N, welcher beim Ring – und wohin?',
      'Ring mit einem einzigen virtuellen Knoten je Knoten: Wie ungleich ist die Last verteilt (max/Mittel), und was ändern 100 virtuelle Knoten?',
      'Ein Promi-Schlüssel bekommt 30 % aller Anfragen: Wie stark ist sein Knoten belastet, und hilft ein fünfter Knoten?',
      'Eine Kundin bestellt und lädt 100 ms später ihre Bestellübersicht von einem Follower, der im Mittel 1 s zurückliegt: Wie oft fehlt ihre Bestellung – und welche Abhilfe beseitigt das?',
      'Drei Replikate: Wie oft liest W = 1, R = 1 veraltete Daten, und wie oft W = 2, R = 2?',
    ],
    experimentQueries: [
      'p.scheme=modN&p.nodes=3&p.event=join',
      'p.scheme=ring&p.nodes=4&p.vnodes=1&p.event=none',
      'p.scheme=ring&p.nodes=4&p.hot=30&p.event=join',
      'p.view=leader&p.followers=2&p.lag=1000&p.after=100&p.read=follower',
      'p.view=quorum&p.qn=3&p.qw=1&p.qr=1',
    ],
  },
  {
    id: 'load-balancing',
    title: 'Load-Balancing-Labor',
    description:
      'Simulation der Load-Balancing-Algorithmen: Round Robin, Least Connections, IP-Hash und mehr im Vergleich.',
    page: '/systemdesign/load-balancing/',
    anchor: 'labor',
    experiments: [
      'Voreinstellung „Heterogene Server“: Wie verteilt Round Robin die Anfragen auf unterschiedlich schnelle Server, und was ändert Weighted Least Connections an der p95-Latenz?',
      'Voreinstellung „Langlebige Verbindungen“: Welcher Algorithmus gibt dem spät hinzukommenden Server 4 genug Arbeit, Round Robin oder Least Connections – und was bedeutet das für die p95-Latenz?',
      'Voreinstellung „Heißer Client hinter NAT“: Was passiert mit der Auslastung des einen Servers bei IP-Hash, und welcher Algorithmus vermeidet das?',
      'Voreinstellung „Server fällt aus“: Wie viele Anfragen gehen verloren, und wie schnell erholen sich die Latenzen, wenn der Server zurückkommt?',
    ],
  },
  {
    id: 'caching',
    title: 'Caching-Labor',
    description:
      'Simulation der Verdrängungsstrategien LRU, LFU, FIFO, Random, TTL und OPT mit Trefferquoten und Cache-Hierarchie.',
    page: '/systemdesign/caching/',
    anchor: 'labor',
    experiments: [
      'Schrittmodus mit Beladys Folge: Wie viele Fehlschläge hat FIFO mit drei Plätzen, wie viele mit vier – und warum ist das überraschend?',
      'Dieselbe Folge mit LRU und OPT: Wie weit liegt LRU über der unteren Schranke, die OPT angibt?',
      'Laufmodus mit Zipf-Last: Wie viele Anfragen trifft schon ein Cache, der nur ein Zehntel der Schlüssel fasst – und bringt jeder weitere Platz so viel wie der vorige?',
      'Laufmodus mit wanderndem Hot Set: Welche Strategie liegt vorne, LRU oder LFU – und warum?',
    ],
  },
];

/** The root-relative path of a lab's embed view. */
export function embedPath(lab: Pick<Lab, 'id'>): string {
  return `/embed/${lab.id}/`;
}
