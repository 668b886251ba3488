import { BENCH_QUERIES } from '../../bench/search/queries.ts';
import { parseLexicon, processQuery } from '../../src/lib/search/query.ts';
import { at, BASE, expect, test } from './fixtures.ts';

// Queries a student would type (terms, German and English synonyms, plural forms) and the page
// that answers each; that page must be among the first three results.
const QUERIES: [query: string, page: string][] = [
  ['Lastverteilung', '/systemdesign/load-balancing/'],
  ['Warteschlange', '/systemarchitektur/eventgesteuerte-architektur/'],
  ['Zwischenspeicher', '/systemdesign/caching/'],
  ['Microservice', '/systemarchitektur/modulare-architektur/'],
  ['Round Robin', '/systemdesign/load-balancing/'],
  ['Sharding', '/systemdesign/skalierungsmuster/'],
  ['Reverse Proxy', '/systemdesign/gateway-proxy-load-balancer/'],
  ['API-Gateway', '/systemdesign/gateway-proxy-load-balancer/'],
  ['Filesharing', '/systemarchitektur/peer-to-peer/'],
  ['Single-Page-Application', '/systemarchitektur/client-server/'],
  ['Progressive Web App', '/systemarchitektur/client-server/'],
  ['Message Broker', '/systemarchitektur/eventgesteuerte-architektur/'],
  ['Publish-Subscribe', '/systemarchitektur/eventgesteuerte-architektur/'],
  ['Enterprise Service Bus', '/systemarchitektur/eventgesteuerte-architektur/'],
  ['Service Discovery', '/systemarchitektur/modulare-architektur/'],
  ['Monolithen', '/systemarchitektur/modulare-architektur/'],
  ['Orchestrierung', '/systemarchitektur/kommunikation/'],
  ['Choreografie', '/systemarchitektur/kommunikation/'],
  ['Sidecar', '/systemarchitektur/kommunikation/'],
  ['Scale Cube', '/systemdesign/skalierungswuerfel/'],
  ['vertikale Skalierung', '/systemdesign/skalierungsmuster/'],
  ['Replikation', '/systemdesign/skalierungsmuster/'],
  ['Nebenläufigkeit', '/einfuehrung/'],
  ['dezentrale Systeme', '/einfuehrung/'],
  ['Webserver', '/systemarchitektur/client-server/'],
  ['Pizzaladen', '/systemarchitektur/eventgesteuerte-architektur/'],
  ['Verdrängungsstrategie', '/systemdesign/caching/'],
  // The fixed subset of the search benchmark (`npm run bench search`): compounds and their parts,
  // English synonyms, abbreviations, typos.
  ...BENCH_QUERIES.filter(({ e2e }) => e2e).map(({ query, expect }): [string, string] => [
    query,
    expect.split('#')[0],
  ]),
];

// The queries go the way the dialog sends them (processQuery with the build's lexicon, then
// Pagefind's own search in the page), without typing each one: that the dialog applies the lexicon
// is proved in search-dialog.spec.
test('Studierende finden mit ihren Suchbegriffen die richtige Seite unter den ersten drei', async ({
  page,
  request,
}) => {
  await page.goto(at('/'));
  const lexicon = parseLexicon(await (await request.get(at('/search-lexicon.json'))).text());
  await page.evaluate(
    async ([bundle, baseUrl]) => {
      const pagefind = (await import(bundle)) as Pagefind;
      await pagefind.options({ baseUrl });
      await pagefind.init();
      (globalThis as unknown as { pagefind: Pagefind }).pagefind = pagefind;
    },
    [at('/pagefind/pagefind.js'), BASE] as const,
  );
  const misses: string[] = [];
  for (const [query, expected] of QUERIES) {
    const top3 = await page.evaluate(
      async (term) => {
        const { pagefind } = globalThis as unknown as { pagefind: Pagefind };
        const { results } = await pagefind.search(term);
        return Promise.all(results.slice(0, 3).map(async (result) => (await result.data()).url));
      },
      processQuery(query, lexicon),
    );
    const paths = top3.map((url) => new URL(url, page.url()).pathname);
    if (!paths.includes(at(expected))) misses.push(`„${query}“ → ${paths.join(', ')} (erwartet ${expected})`);
  }
  console.log(`Suchtreffer: ${QUERIES.length - misses.length} von ${QUERIES.length} unter den ersten drei`);
  expect(misses, 'Suchbegriffe ohne die passende Seite unter den ersten drei').toEqual([]);
});

/** The part of Pagefind's browser API used here (pagefind.js has no types). */
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}
