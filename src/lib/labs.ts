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
  experiments: (string | Experiment)[];
}

/** A guided experiment: predict (the question), run (one click on `setup`), explain. */
export interface Experiment {
  /** The question, as on screen and in the handout. */
  question: string;
  /** The lab's query string that sets the experiment up (its own URL keys), e.g. `?q.rate=1.357`. */
  setup?: string;
  /** What the run shows and why (German); on screen behind a disclosure, so readers predict first. */
  explanation?: string;
}

/**
 * An experiment in its full form (a plain string is a question without setup or explanation).
 *
 * @example
 * experimentOf('Wie viele Fehlschläge?'); // { question: 'Wie viele Fehlschläge?' }
 */
export function experimentOf(entry: string | Experiment): Experiment {
  return typeof entry === 'string' ? { question: entry } : entry;
}

/** Anchor id of a lab's n-th experiment (1-based): `versuch-caching-2`. */
export function experimentId(lab: Pick<Lab, 'id'>, n: number): string {
  return `versuch-${lab.id}-${n}`;
}

export const LABS: Lab[] = [
  // In the chapter's reading order (the event-driven architecture page comes first, then
  // Skalierungsmuster, Load-Balancing and Caching).
  {
    id: 'message-queue',
    title: 'Message-Queue-Labor',
    description:
      'Simulation einer Message Queue am Beispiel des Pizzaladens: Warteschlange, Quittungen und Duplikate, Wiederholungen mit Backoff, Backpressure, Point-to-Point und Publish-Subscribe.',
    page: '/systemarchitektur/eventgesteuerte-architektur/',
    anchor: 'labor',
    experiments: [
      {
        question:
          'Bei 70 % Auslastung warten Bestellungen im Mittel gut eine Minute. Schätzen Sie vorher: Wie lange warten sie, wenn statt einer nun 1,357 Bestellungen pro Minute kommen (95 % Auslastung) – gut ein Drittel länger oder viel mehr?',
        setup: '?q.orders=20000&q.cap=100000&q.rate=1.357',
        explanation:
          'Rund zehnmal so lange (etwa 11 statt gut einer Minute), obwohl nur gut ein Drittel mehr bestellt wird. Die Wartezeit wächst ungefähr wie 1/(1 − ρ): Je näher die Auslastung an 100 % liegt, desto seltener ist ein Bäcker frei, um einen Stau abzubauen (Erlang C). Die Kurve „Wartezeit je Auslastung“ im Labor zeigt diesen Hockeyschläger.',
      },
      {
        question:
          'Bei 95 % Auslastung stellen Sie einen vierten Bäcker ein – oder machen die drei Bäcker ein Viertel schneller (Backzeit 1,575 statt 2,1 Minuten). Beides schafft gleich viel. Was verkürzt die Wartezeit in der Schlange mehr, was die Zeit bis zur fertigen Pizza?',
        setup: '?q.orders=20000&q.cap=100000&q.rate=1.357&q.bakers=4',
        explanation:
          'Beides senkt die Auslastung auf gut 71 % und die Wartezeit von über elf auf unter eine Minute. Der vierte Bäcker verkürzt die Wartezeit in der Schlange etwas mehr, weil seltener alle belegt sind; schnellere Bäcker verkürzen die Zeit bis zur fertigen Pizza mehr, weil auch jede Pizza schneller fertig ist. Vergleichen Sie mit „mittlere Backzeit“ 1,575 und drei Bäckern.',
      },
      {
        question:
          'Jeder zehnte Backvorgang endet mit einem Absturz nach dem Backen, aber vor der Quittung. Wie viele Pizzen werden doppelt gebacken – und wie viele mit „Idempotente Bäcker“?',
        setup: '?q.crash=10',
        explanation:
          'Ohne Idempotenz gut 80 Duplikate auf 600 Bestellungen: Ohne Quittung stellt der Broker die Bestellung nach dem Sichtbarkeits-Timeout erneut zu – mindestens einmal („at least once“), nicht genau einmal – und der nächste Bäcker backt sie noch einmal. Idempotente Bäcker erkennen erledigte Bestellnummern: Jede Bestellung wird genau einmal gebacken, obwohl sie mehrfach zugestellt wird. Verloren geht in beiden Fällen keine.',
      },
      {
        question:
          'Der Broker fällt von Minute 200 bis 215 aus. Wie viele Kunden geben auf, wenn sie sofort wiederholen, und wie viele mit exponentiellem Backoff mit Jitter?',
        setup: '?q.outFrom=200&q.outTo=215&q.retry=immediate&q.retries=10',
        explanation:
          'Sofortige Wiederholungen verpuffen im Ausfall: Jeder Kunde versucht es zehnmal in einer Minute und gibt auf – fast jede Bestellung aus dem Ausfall geht verloren, und jede hat den Broker elfmal getroffen. Mit Backoff wachsen die Pausen (0,1; 0,2; 0,4 … bis 8 Minuten), mit Jitter ist jede Pause zufällig zwischen 0 und diesem Wert: Die Versuche reichen über den Ausfall hinaus, und fast alle Bestellungen kommen an. Der Jitter sorgt dafür, dass Kunden, die gemeinsam gescheitert sind, nicht im Gleichschritt wiederkommen.',
      },
      {
        question:
          'Dieselben 600 Bestellungen an Küche, Lieferung und Abrechnung per Publish-Subscribe, je drei Bäcker: Wie oft wird jede Bestellung verarbeitet – und was passiert, wenn jeder Abonnent nur einen Bäcker hat?',
        setup: '?q.mode=publishSubscribe&q.subs=3',
        explanation:
          'Bei Point-to-Point wird jede Bestellung genau von einem Bäcker verarbeitet. Bei Publish-Subscribe bekommt jeder Abonnent eine eigene Kopie: 1.800 Verarbeitungen, 600 je Abonnent. Jeder Abonnent braucht deshalb selbst genug Bäcker – mit nur einem liegt seine Auslastung bei 210 %, die Schlangen laufen voll und Bestellungen werden abgewiesen.',
      },
    ],
  },
  {
    id: 'partitioning',
    title: 'Partitionierungs- und Replikationslabor',
    description:
      'Simulation von hash mod N, konsistentem Hashing, Jump Hash, Rendezvous-Hashing und Schlüsselbereichen, von Replikation mit Leader und Followern und von Quoren.',
    page: '/systemdesign/skalierungsmuster/',
    anchor: 'labor',
    experiments: [
      {
        question:
          'Drei Knoten, ein vierter kommt hinzu: Welcher Anteil der Schlüssel wandert bei hash mod N, welcher beim Ring – und wohin?',
        setup: '?p.scheme=modN&p.nodes=3&p.event=join',
      },
      {
        question:
          'Ring mit einem einzigen virtuellen Knoten je Knoten: Wie ungleich ist die Last verteilt (max/Mittel), und was ändern 100 virtuelle Knoten?',
        setup: '?p.scheme=ring&p.nodes=4&p.vnodes=1&p.event=none',
      },
      {
        question:
          'Ein Promi-Schlüssel bekommt 30 % aller Anfragen: Wie stark ist sein Knoten belastet, und hilft ein fünfter Knoten?',
        setup: '?p.scheme=ring&p.nodes=4&p.hot=30&p.event=join',
      },
      {
        question:
          'Eine Kundin bestellt und lädt 100 ms später ihre Bestellübersicht von einem Follower, der im Mittel 1 s zurückliegt: Wie oft fehlt ihre Bestellung – und welche Abhilfe beseitigt das?',
        setup: '?p.view=leader&p.followers=2&p.lag=1000&p.after=100&p.read=follower',
      },
      {
        question: 'Drei Replikate: Wie oft liest W = 1, R = 1 veraltete Daten, und wie oft W = 2, R = 2?',
        setup: '?p.view=quorum&p.qn=3&p.qw=1&p.qr=1',
      },
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
