import { BENCH_QUERIES } from '../../bench/search/queries.ts';
import { at, expect, search, test } from './fixtures.ts';

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

test('Studierende finden mit ihren Suchbegriffen die richtige Seite unter den ersten drei', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(at('/'));
  const misses: string[] = [];
  for (const [query, expected] of QUERIES) {
    const top3 = (await search(page, query))
      .slice(0, 3)
      .map(({ href }) => new URL(href, page.url()).pathname);
    if (!top3.includes(at(expected))) misses.push(`„${query}“ → ${top3.join(', ')} (erwartet ${expected})`);
  }
  console.log(`Suchtreffer: ${QUERIES.length - misses.length} von ${QUERIES.length} unter den ersten drei`);
  expect(misses, 'Suchbegriffe ohne die passende Seite unter den ersten drei').toEqual([]);
});
