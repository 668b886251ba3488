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
   * Guided experiments (at least four): predict → run → explain. On screen a box under the lab
   * with a one-click link to the scenario; on paper the questions, listed in the handout's
   * Versuchsverzeichnis. Each claim is checked against the engine by a unit test
   * (tests/unit/lab/experiments.test.ts) and against the page's figures by an e2e test.
   */
  experiments: Experiment[];
}

/**
 * One figure a lab shows: a series (an algorithm, a policy, …) and a metric. The page marks it as
 * `data-series`, `data-metric` and `data-value` on the table cell that shows it.
 */
export interface LabFigure {
  series: string;
  metric: string;
}

/** A claim about the figures after the whole run: `figure` is less/greater than `than` (× `times`). */
export interface Claim {
  figure: LabFigure;
  is: 'less' | 'greater' | 'equal';
  /** A number, or another figure of the same run. */
  than: number | LabFigure;
  /** Factor on `than`, e.g. 0.75 for "at least a quarter lower". */
  times?: number;
}

export interface Experiment {
  /** Predict: the question the student answers before running (German). */
  question: string;
  /** The whole scenario as the lab's query string (its own URL keys), e.g. `?c.preset=schleife`. */
  setup: string;
  /**
   * Explain: what to look at after the run, and why it happens (German); on screen behind a
   * disclosure, so readers predict first.
   */
  explanation: string;
  /**
   * What the explanation says, as checks on the figures the lab's tables show after the whole run
   * (tests/unit/lab/experiments.test.ts, tests/e2e/lab-experiments.spec.ts). A lab whose answers
   * compare several runs checks them in its own unit test instead (tests/unit/<lab>-lab/).
   */
  claims?: Claim[];
  /**
   * Numbers of the self-check questions this experiment answers; SelfCheck links to it
   * („Ausprobieren: Versuch n im …“). Only where the run itself shows the answer, not a related effect.
   */
  answers?: number[];
}

/**
 * Whether a claim holds, given a way to read a figure (from the engine in unit tests, from the
 * page's `data-value` in e2e tests).
 *
 * @example
 * claimHolds({ figure: { series: 'lru', metric: 'ratio' }, is: 'less', than: 0.01 }, () => 0); // true
 */
export function claimHolds(claim: Claim, read: (figure: LabFigure) => number): boolean {
  const left = read(claim.figure);
  const right = (typeof claim.than === 'number' ? claim.than : read(claim.than)) * (claim.times ?? 1);
  if (!Number.isFinite(left) || !Number.isFinite(right)) return false;
  if (claim.is === 'less') return left < right;
  if (claim.is === 'greater') return left > right;
  return left === right;
}

/**
 * The experiments that answer a self-check question (by number, or by name for a sub-question:
 * `'26a'`), with their lab and 1-based number.
 *
 * @example
 * experimentsFor(43); // [{ lab: <load-balancing lab>, n: 1, experiment: { setup: '?lb-preset=heterogen', … } }]
 */
export function experimentsFor(nr: number | string): { lab: Lab; n: number; experiment: Experiment }[] {
  return LABS.flatMap((lab) =>
    lab.experiments.flatMap((experiment, index) =>
      experiment.answers?.some((answered) => String(answered) === String(nr))
        ? [{ lab, n: index + 1, experiment }]
        : [],
    ),
  );
}

/** Anchor id of a lab's n-th experiment (1-based): `versuch-caching-2`. */
export function experimentId(lab: Pick<Lab, 'id'>, n: number): string {
  return `versuch-${lab.id}-${n}`;
}

/**
 * The one-click link of an experiment: the lab's page with the scenario, scrolled to the lab.
 *
 * @example
 * experimentHref(caching, { setup: '?c.preset=belady' }); // '/systemdesign/caching/?c.preset=belady#labor'
 */
export function experimentHref(
  lab: Pick<Lab, 'page' | 'anchor'>,
  experiment: Pick<Experiment, 'setup'>,
): string {
  return `${lab.page}${experiment.setup}#${lab.anchor}`;
}

const fig = (series: string, metric: string): LabFigure => ({ series, metric });

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
          'Rund zehnmal so lange (etwa 11 statt gut einer Minute), obwohl nur gut ein Drittel mehr bestellt wird. Die Wartezeit wächst wie C/(1 − ρ): Der Faktor 1/(1 − ρ) allein macht sie sechsmal so lang, und zugleich steigt die Wahrscheinlichkeit, dass alle Bäcker belegt sind und eine Bestellung warten muss (Erlang C), von knapp 50 % auf gut 90 %. Die Kurve „Wartezeit je Auslastung“ im Labor zeigt diesen Hockeyschläger.',
      },
      {
        question:
          'Bei 95 % Auslastung stellen Sie einen vierten Bäcker ein – oder die drei Bäcker brauchen nur noch drei Viertel der Zeit (Backzeit 1,575 statt 2,1 Minuten, also ein Drittel schneller). Beides schafft gleich viel. Was verkürzt die Wartezeit in der Schlange mehr, was die Zeit bis zur fertigen Pizza?',
        setup: '?q.orders=20000&q.cap=100000&q.rate=1.357&q.bakers=4',
        explanation:
          'Beides senkt die Auslastung auf gut 71 % und die Wartezeit von über elf auf unter eine Minute. Der vierte Bäcker verkürzt die Wartezeit in der Schlange etwas mehr, weil seltener alle belegt sind; schnellere Bäcker verkürzen die Zeit bis zur fertigen Pizza mehr, weil auch jede Pizza schneller fertig ist. Vergleichen Sie mit „mittlere Backzeit“ 1,575 und drei Bäckern.',
      },
      {
        question:
          'Jeder zehnte Backvorgang endet mit einem Absturz nach dem Backen, aber vor der Quittung. Wie viele Bestellungen werden doppelt ausgeliefert – und wie viele mit „Idempotente Bäcker“?',
        setup: '?q.crash=10',
        answers: [32],
        explanation:
          'Ohne Idempotenz in diesem Lauf gut 80 Duplikate auf 600 Bestellungen (im Mittel wären es 600 · 0,1/0,9 ≈ 67, denn jede Zustellung stürzt mit 10 % ab, und jeder Absturz bedeutet ein zweites Backen): Ohne Quittung stellt der Broker die Bestellung nach dem Sichtbarkeits-Timeout erneut zu – mindestens einmal („at least once“), nicht genau einmal – und der nächste Bäcker backt sie noch einmal. Idempotente Bäcker erkennen erledigte Bestellnummern beim Verbuchen: Jede Bestellung wird genau einmal ausgeliefert, obwohl sie mehrfach zugestellt und gebacken wird – Auslastung und Wartezeit bleiben deshalb gleich. Verloren geht in beiden Fällen keine.',
      },
      {
        question:
          'Der Broker fällt von Minute 200 bis 215 aus. Wie viele Kunden geben auf, wenn sie sofort wiederholen, und wie viele mit exponentiellem Backoff mit Jitter?',
        setup: '?q.outFrom=200&q.outTo=215&q.retry=immediate&q.retries=10',
        explanation:
          'Sofortige Wiederholungen verpuffen im Ausfall: Jeder Kunde versucht es zehnmal in einer Minute und gibt auf – fast jede Bestellung aus dem Ausfall geht verloren, und jede hat den Broker elfmal getroffen. Mit Backoff wachsen die Pausen (0,1; 0,2; 0,4 … bis 8 Minuten), mit Jitter ist jede Pause zufällig zwischen 0 und diesem Wert: Die Versuche reichen über den Ausfall hinaus, und fast alle Bestellungen kommen an. Stellen Sie zum Vergleich „exponentieller Backoff“ ohne Jitter ein: Er verliert hier sogar keine einzige Bestellung, denn ohne Zufall sind die Pausen im Mittel doppelt so lang (zehn Wiederholungen reichen rund 37 statt 18 Minuten weit) und überbrücken den Ausfall sicherer. Jitter lohnt sich, wenn viele Clients zugleich scheitern und um dieselbe Ressource konkurrieren: Ohne ihn kämen sie im selben Takt wieder und träfen den Broker gemeinsam (Brooker 2015). In diesem Versuch kommen die Kunden dagegen über 15 Minuten verteilt.',
      },
      {
        question:
          'Dieselben 600 Bestellungen an Küche, Lieferung und Abrechnung per Publish-Subscribe, je drei Bäcker: Wie oft wird jede Bestellung verarbeitet – und was passiert, wenn jeder Abonnent nur einen Bäcker hat?',
        setup: '?q.mode=publishSubscribe&q.subs=3',
        answers: [31],
        explanation:
          'Bei Point-to-Point wird jede Bestellung genau von einem Bäcker verarbeitet. Bei Publish-Subscribe bekommt jeder Abonnent eine eigene Kopie: 1.800 Verarbeitungen, 600 je Abonnent. Jeder Abonnent braucht deshalb selbst genug Bäcker – mit nur einem liegt seine Auslastung bei 210 %, die Schlangen laufen voll und Bestellungen werden abgewiesen.',
      },
      {
        question:
          'Der Broker fällt 40 Minuten aus (Minute 200 bis 240). Jeder Anruf, auch ein „Wir sind voll“, kostet einen Bäcker 9 Sekunden am Telefon (0,15 Minuten), und die Kunden rufen nach jeder Absage nach genau einer halben Minute wieder an (ohne Backoff). Erholt sich der Laden, wenn der Broker wieder da ist?',
        setup:
          '?q.outFrom=200&q.outTo=240&q.retry=immediate&q.retries=100&q.base=0.5&q.call=0.15&q.cap=20&q.rcap=16',
        explanation:
          'Nein, jedenfalls in diesem Lauf: Nach dem Ausfall wird keine einzige weitere Bestellung gebacken (Goodput 0 pro Minute), obwohl die Bäcker fast immer beschäftigt sind – mit Telefonieren. Die Kunden aus dem Ausfall füllen die Schlange in einer Minute; alle weiteren werden abgewiesen und rufen sofort wieder an. Das Abweisen kostet Bäckerzeit, also wird weniger gebacken, die Schlange bleibt voll, noch mehr Kunden rufen an: ein Wiederholungssturm, der sich selbst erhält (metastabiler Ausfall), bis keine neuen Kunden mehr kommen. Mit anderen Werten im Feld „Seed“ kippt der Laden fast immer, aber nicht immer: Ein metastabiles System steht auf der Kippe, und ob der Auslöser reicht, hängt vom Zustand im Moment des Ausfalls ab (Bronson u. a. 2021). Ohne Ausfall läuft derselbe Laden mit sofortigen Wiederholungen ruhig (Goodput gut 1 pro Minute). Stellen Sie „Wiederholung durch Kunden“ auf „exponentieller Backoff mit Jitter“: Die Anrufe verteilen sich über Minuten, die Bäcker backen wieder, kein Kunde gibt auf und der Goodput liegt über 1 pro Minute – der Laden holt den Rückstand auf. Oder lassen Sie die Kunden sofort wiederholen und setzen „Sicherung öffnet nach Fehlversuchen“ auf 5: Nach fünf Abweisungen in Folge wählt die Bestell-App zwei Minuten lang gar nicht mehr (Circuit Breaker, offen), dann einen einzigen Probeanruf (halb offen); geht er durch, ist die Sicherung wieder zu. Auch so backen die Bäcker wieder.',
        claims: [
          { figure: { series: 'lauf', metric: 'goodput' }, is: 'less', than: 0.1 },
          { figure: { series: 'lauf', metric: 'phoneShare' }, is: 'greater', than: 0.5 },
          { figure: { series: 'lauf', metric: 'gaveUp' }, is: 'greater', than: 300 },
        ],
      },
      {
        question:
          'Kein Bäcker stürzt ab, aber der Sichtbarkeits-Timeout ist mit 3 Minuten kaum länger als die mittlere Backzeit (2,1 Minuten). Wird eine Pizza doppelt gebacken?',
        setup: '?q.vt=3',
        explanation:
          'Ja, gut hundertmal: Der Timeout läuft ab der Zustellung. Braucht ein Bäcker länger als 3 Minuten (bei exponentieller Backzeit jede vierte bis fünfte Pizza), hält der Broker die Bestellung für verloren und stellt sie erneut zu. Nimmt sie ein freier Bäcker, bevor der erste fertig ist, wird sie doppelt gebacken; wartet sie noch in der Schlange, wenn die erste Quittung kommt, löscht der Broker sie. Deshalb steht „neu zugestellt“ in der Tabelle höher als „doppelt ausgeliefert“: Nicht jede erneute Zustellung wird ein zweites Mal gebacken, aber jede, die ein Bäcker nimmt. Abhilfe gegen das doppelte Backen ist nur ein Timeout deutlich über der längsten Backzeit (Amazon SQS verlängert ihn auf Wunsch während der Arbeit). Idempotente Bäcker verhindern die doppelte Auslieferung – mit ihnen steht „doppelt ausgeliefert“ auf null –, aber gebacken wird weiter doppelt: Als der zweite Bäcker anfängt, ist die Bestellung noch nicht erledigt.',
        claims: [
          { figure: { series: 'lauf', metric: 'expired' }, is: 'greater', than: 100 },
          { figure: { series: 'lauf', metric: 'duplicates' }, is: 'greater', than: 100 },
          { figure: { series: 'lauf', metric: 'distinct' }, is: 'equal', than: 600 },
        ],
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
        answers: [42],
        explanation:
          'Bei hash mod N ändert sich für fast jeden Schlüssel der Rest: Rund drei Viertel wandern, auch zwischen den alten Knoten. Beim Ring übernimmt der neue Knoten nur die Bögen vor seinen Punkten – etwa ein Viertel der Schlüssel, und alle wandern zu ihm.',
      },
      {
        question:
          'Ring mit einem einzigen virtuellen Knoten je Knoten: Wie ungleich ist die Last verteilt (max/Mittel), und was ändern 100 virtuelle Knoten?',
        setup: '?p.scheme=ring&p.nodes=4&p.vnodes=1&p.event=none',
        explanation:
          'Mit einem Punkt je Knoten sind die Bögen zufällig lang; der größte Knoten trägt leicht das Doppelte seines Anteils. Mit 100 Punkten je Knoten gleichen sich die Bögen aus, der Anteil schwankt nur noch um etwa 1/√100 = 10 %.',
      },
      {
        question:
          'Ein Promi-Schlüssel bekommt 30 % aller Anfragen: Wie stark ist sein Knoten belastet, und hilft ein fünfter Knoten?',
        setup: '?p.scheme=ring&p.nodes=4&p.hot=30&p.event=join',
        explanation:
          'Ein Schlüssel liegt immer auf genau einem Knoten: Dieser trägt die 30 % plus seinen Anteil am Rest. Ein weiterer Knoten verteilt nur die übrigen Schlüssel neu – gegen einen heißen Schlüssel helfen Replikate zum Lesen oder ein aufgeteilter Schlüssel, nicht mehr Knoten.',
      },
      {
        question:
          'Eine Kundin bestellt und lädt 100 ms später ihre Bestellübersicht von einem Follower, der im Mittel 1 s zurückliegt: Wie oft fehlt ihre Bestellung – und welche Abhilfe beseitigt das?',
        setup: '?p.view=leader&p.followers=2&p.lag=1000&p.after=100&p.read=follower',
        answers: [41],
        explanation:
          'Der Follower hat die Bestellung nach 100 ms meist noch nicht: In den meisten Sitzungen fehlt sie (Read-your-writes verletzt). Wer nach dem eigenen Schreiben eine Weile vom Leader liest, sieht sie immer.',
      },
      {
        question: 'Drei Replikate: Wie oft liest W = 1, R = 1 veraltete Daten, und wie oft W = 2, R = 2?',
        setup: '?p.view=quorum&p.qn=3&p.qw=1&p.qr=1',
        explanation:
          'Mit W + R = 2 ≤ N = 3 können sich Schreib- und Lesemenge verfehlen: Ein guter Teil der Lesevorgänge ist veraltet. Mit W = 2, R = 2 ist W + R > N, jede Lesemenge enthält ein Replikat mit dem neuesten Wert – nie veraltet (bei strikten Quoren wie hier).',
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
      {
        question:
          'Voreinstellung „Heterogene Server“: Wie verteilt Round Robin die Anfragen auf unterschiedlich schnelle Server, und was ändert Weighted Least Connections an der p95-Latenz?',
        setup: '?lb-preset=heterogen',
        answers: [43],
        explanation:
          'Round Robin gibt jedem Server gleich viele Anfragen, auch den drei langsamen; deren Warteschlangen wachsen, und die p95-Latenz steigt. Weighted Least Connections schickt neue Anfragen dorthin, wo gemessen an der Kapazität am wenigsten los ist – der schnelle Server bekommt mehr, die p95-Latenz sinkt um mehr als ein Viertel. Die Zeile „Fairness“ (Jain-Index der Auslastung: J = (Σxᵢ)² / (n · Σxᵢ²), 1 bei völlig gleicher Auslastung, 1/n, wenn ein Server alles trägt; Jain, Chiu und Hawe 1984) misst dagegen nur, wie gleichmäßig die Server ausgelastet sind, nicht wie gut die Anfragen bedient werden: Weighted Least Connections lastet den schnellen Server stärker aus als die langsamen, Round Robin die langsamen stärker als den schnellen – hier weicht die Auslastung bei Weighted Least Connections mehr voneinander ab, sein Index ist kleiner, obwohl die Anfragen schneller fertig werden.',
        claims: [
          {
            figure: fig('weightedLeastConnections', 'p95'),
            is: 'less',
            than: fig('roundRobin', 'p95'),
            times: 0.75,
          },
          // The explanation's second half (tests/unit/loadbalancing/jain-measures-evenness.test.ts
          // checks the per-server utilisation behind it).
          { figure: fig('weightedLeastConnections', 'jain'), is: 'less', than: fig('roundRobin', 'jain') },
        ],
      },
      {
        question:
          'Voreinstellung „Langlebige Verbindungen“: Welcher Algorithmus gibt dem spät hinzukommenden Server 4 genug Arbeit, Round Robin oder Least Connections – und was bedeutet das für die p95-Latenz?',
        setup: '?lb-preset=langlebig',
        explanation:
          'Round Robin zählt nur Anfragen, nicht offene Verbindungen: Server 4 bekommt ein Viertel der neuen Anfragen, während die anderen mit langlebigen Verbindungen voll sind. Least Connections sieht die freien Plätze auf Server 4 und füllt ihn – die p95-Latenz ist niedriger.',
        claims: [{ figure: fig('leastConnections', 'p95'), is: 'less', than: fig('roundRobin', 'p95') }],
      },
      {
        question:
          'Voreinstellung „Firmen-NAT: viele Nutzer, eine Adresse“: Was passiert mit der Auslastung des einen Servers bei IP-Hash, und welcher Algorithmus vermeidet das?',
        setup: '?lb-preset=nat',
        explanation:
          'IP-Hash bildet dieselbe Adresse immer auf denselben Server ab; die 40 % der Anfragen hinter dem NAT landen alle auf einem Server. Dessen Auslastung ist viel höher als die der anderen (kleinerer Jain-Index), seine Warteschlange treibt die p95-Latenz. Least Connections verteilt nach Last.',
        claims: [
          { figure: fig('ipHash', 'jain'), is: 'less', than: fig('leastConnections', 'jain') },
          { figure: fig('leastConnections', 'p95'), is: 'less', than: fig('ipHash', 'p95') },
        ],
      },
      {
        question:
          'Voreinstellung „Server fällt aus“: Wie viele Anfragen gehen verloren, wie stark steigt die Latenz, solange nur drei Server arbeiten, und wie schnell erholt sie sich, wenn der Server zurückkommt?',
        setup: '?lb-preset=ausfall',
        explanation:
          'Beim Ausfall brechen die laufenden und die in der Warteschlange von Server 2 wartenden Anfragen ab (Zeile „Verworfen“). Das Labor erkennt den Ausfall sofort, wie ein idealer Health Check; in Wirklichkeit gehen bis zum fehlgeschlagenen Health Check (Prüfintervall × Fehlschwelle, bei HAProxy in der Grundeinstellung 3 × 2 s) weitere Anfragen an den toten Server und scheitern. Danach verteilen beide Algorithmen 240 Anfragen pro Sekunde auf drei Server, die mit je 4 Workern à 50 ms zusammen genau so viele schaffen (vier Server schaffen 320). Die Warteschlangen wachsen: Im markierten Ausfallfenster des Diagramms „Latenz über die Zeit“ (10–20 s) steigt die p95-Latenz bei Round Robin auf etwa das Dreifache, bei Least Connections, das volle Server meidet, auf etwa das Doppelte. Kommt Server 2 bei 20 s zurück, sind die Warteschlangen in ein bis zwei Sekunden abgebaut, und die Latenz liegt wieder auf dem Niveau vor dem Ausfall.',
        claims: [
          { figure: fig('roundRobin', 'drops'), is: 'greater', than: 0 },
          { figure: fig('leastConnections', 'drops'), is: 'greater', than: 0 },
        ],
      },
      {
        question:
          'Zufall gegen „Power of Two Choices“ auf vier gleichen Servern unter hoher Last: Wie viel bringt es, nur zwei zufällige Server zu vergleichen?',
        setup: '?lb-algo=random&lb-cmp=powerOfTwoChoices&lb-rate=300&lb-count=6000',
        // Not Frage 44: that asks about several independent load balancers (herd effect), and the
        // lab runs one, so this experiment cannot show its answer.
        explanation:
          'Reiner Zufall erwischt oft einen Server, der gerade eine lange Warteschlange hat. Schon der Vergleich zweier zufällig gezogener Server vermeidet die schlimmsten Fälle: Die Warteschlangen bleiben kurz, die p95-Latenz sinkt deutlich – fast so gut wie Least Connections, aber ohne den Zustand aller Server zu kennen. Stellen Sie „Vergleichen mit“ auf Least Connections: Dessen p95 liegt nur wenige Prozent darunter.',
        claims: [
          { figure: fig('powerOfTwoChoices', 'p95'), is: 'less', than: fig('random', 'p95'), times: 0.75 },
        ],
      },
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
      {
        question:
          '„Schritt für Schritt“ mit Beladys Folge: Wie viele Fehlzugriffe hat FIFO mit drei Plätzen, wie viele mit vier – und warum ist das überraschend?',
        setup: '?c.preset=belady',
        explanation:
          'Die Tabelle „Fehlzugriffe je Anzahl der Plätze“ zeigt für FIFO 9 Fehlzugriffe mit 3 Plätzen und 10 mit 4 (Pfeil ↑): mehr Speicher, mehr Fehlzugriffe – die Belady-Anomalie. FIFO verdrängt nach Ladezeitpunkt; mit 4 Plätzen liegen die Ladezeitpunkte so, dass genau die Schlüssel fliegen, die gleich wieder gebraucht werden. LRU und OPT haben die Anomalie nie.',
        claims: [{ figure: fig('fifo', 'misses-4'), is: 'greater', than: fig('fifo', 'misses-3') }],
      },
      {
        question:
          'Dieselbe Folge mit LRU und OPT: Wie weit liegt LRU über der unteren Schranke, die OPT angibt?',
        setup: '?c.preset=belady',
        explanation:
          'OPT verdrängt den Schlüssel, der am spätesten wieder gebraucht wird (Zeile „Wieder gebraucht“ in seiner Tabelle: die größte Zahl oder „nie“) – das kann nur, wer die Zukunft kennt. Deshalb ist OPT keine Strategie für den Betrieb, sondern die Schranke: Mit 3 Plätzen braucht OPT 7 Fehlzugriffe, LRU 10.',
        claims: [{ figure: fig('opt', 'misses'), is: 'less', than: fig('lru', 'misses') }],
      },
      {
        question:
          '„Lange Läufe“ mit Zipf-Last: Wie viele Anfragen trifft schon ein Cache, der nur ein Zehntel der Schlüssel fasst – und bringt jeder weitere Platz so viel wie der vorige?',
        setup: '?c.preset=zipf',
        explanation:
          'Bei Zipf-Last stehen wenige Schlüssel für einen großen Teil der Zugriffe: Ein Cache für ein Zehntel der Schlüssel trifft schon mehr als 40 %. Die Fehlzugriffskurve darunter flacht ab – jeder weitere Platz fasst einen selteneren Schlüssel und bringt weniger als der vorige.',
        claims: [{ figure: fig('lru', 'ratio'), is: 'greater', than: 0.4 }],
      },
      {
        question:
          '„Lange Läufe“ mit wanderndem Hot Set: Welche Strategie liegt vorne, LRU oder LFU – und warum?',
        setup: '?c.preset=hotset',
        explanation:
          'Das Hot Set verschiebt sich viermal. LRU merkt sich nur die letzte Nutzung und folgt sofort; LFU hält Schlüssel mit hohen alten Zählern fest, die nicht mehr gefragt sind, und verliert nach jeder Verschiebung Treffer.',
        claims: [{ figure: fig('lru', 'ratio'), is: 'greater', than: fig('lfu', 'ratio') }],
      },
      {
        question:
          '„Lange Läufe“, Schleife über einen Schlüssel mehr, als der Cache fasst: Wie oft trifft LRU – und wie oft OPT?',
        setup: '?c.preset=schleife',
        explanation:
          'LRU verdrängt immer den am längsten nicht genutzten Schlüssel – in einer Schleife genau den, der als Nächstes kommt. LRU und FIFO treffen daher nie (0 %). OPT verdrängt den, der am spätesten wiederkommt, und trifft fast immer.',
        claims: [
          { figure: fig('lru', 'ratio'), is: 'equal', than: 0 },
          { figure: fig('opt', 'ratio'), is: 'greater', than: 0.9 },
        ],
      },
      {
        question:
          '„Schritt für Schritt“, drei Plätze: Die Schlüssel 1 und 2 werden je dreimal gelesen, dann liest ein Scan 10, 11, 12 und 13 je einmal, danach kommen 1 und 2 wieder. Hat LRU oder LFU das Hot Set nach dem Scan noch im Cache?',
        setup: '?c.preset=scan',
        explanation:
          'LFU. LRU ordnet nur nach der letzten Nutzung: Die Scan-Schlüssel sind die jüngsten und verdrängen 1 und 2, die danach noch einmal fehlen – 8 Fehlzugriffe. LFU zählt die Zugriffe: 1 und 2 haben je drei, jeder Scan-Schlüssel einen; LFU verdrängt stets den letzten Scan-Schlüssel und behält das Hot Set – 6 Fehlzugriffe, so wenige wie OPT. Die Zeile „Wieder gebraucht“ in der OPT-Tabelle zeigt, warum: Während des Scans (Zugriffe 7 bis 10) werden 1 und 2 nach höchstens fünf Zugriffen wieder gebraucht (+1 bis +5), der neue Scan-Schlüssel nie – den verdrängt OPT beim nächsten Fehlzugriff. Datenbanken schützen ihren Puffer deshalb vor Scans (etwa mit LRU-K, O’Neil u. a. 1993, oder 2Q, Johnson und Shasha 1994).',
        claims: [
          { figure: fig('lru', 'misses'), is: 'greater', than: fig('lfu', 'misses') },
          { figure: fig('lfu', 'misses'), is: 'equal', than: fig('opt', 'misses') },
        ],
      },
      {
        question:
          '„Lange Läufe“ mit Hot Set und Scans: Der Cache fasst 120 Einträge, das Hot Set 100 Schlüssel; fünfmal liest ein Bericht die übrigen 900 Schlüssel der Reihe nach durch, jedes Mal knapp zweimal hintereinander. Was passiert während eines Scans mit der Trefferquote von LRU, was mit der von LFU?',
        setup: '?c.preset=scanlauf',
        explanation:
          'Zwischen den Scans treffen beide fast immer: Das Hot Set passt in den Cache. Während eines Scans brechen im Diagramm „Trefferquote über die Zeit“ beide Linien ein, denn ein Scan-Schlüssel kommt erst nach rund 900 anderen Scan-Zugriffen wieder an die Reihe, längst nachdem er aus den 120 Plätzen verdrängt wurde, und fehlt deshalb immer. LFU fällt nur auf ein Drittel: Jeder dritte Zugriff liest weiter das Hot Set, und LFU trifft jeden davon, weil die heißen Schlüssel hohe Zähler haben und ein Scan-Schlüssel nur einen anderen Scan-Schlüssel verdrängt. LRU fällt auf rund 10 %: Bis ein heißer Schlüssel wieder gelesen wird, hat der Scan meist so viele neue Schlüssel geladen, dass LRU ihn verdrängt hat; nach dem Scan fehlt LRU das Hot Set noch eine Weile. Über den ganzen Lauf liegt LFU deshalb vorne.',
        claims: [{ figure: fig('lfu', 'ratio'), is: 'greater', than: fig('lru', 'ratio') }],
      },
    ],
  },
];

/** The root-relative path of a lab's embed view. */
export function embedPath(lab: Pick<Lab, 'id'>): string {
  return `/embed/${lab.id}/`;
}

/**
 * Root-relative path of a lab's short link (a redirect, src/lib/redirects.ts): it leads to the lab
 * in its chapter page and keeps the address's ?query, so it suits slides and course pages.
 *
 * @example
 * shortLinkPath({ id: 'caching' }); // '/labor/caching/'
 */
export function shortLinkPath(lab: Pick<Lab, 'id'>): string {
  return `/labor/${lab.id}/`;
}

/**
 * Root-relative path of a lab's source listing (src/pages/quelltext/[lab].json.ts), which its
 * source panel fetches when a reader opens it.
 *
 * @example
 * sourcesPath({ id: 'caching' }); // '/quelltext/caching.json'
 */
export function sourcesPath(lab: Pick<Lab, 'id'>): string {
  return `/quelltext/${lab.id}.json`;
}
