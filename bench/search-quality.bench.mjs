// Search quality (issue 16): every query of bench/search/queries.ts through the built site's
// Pagefind index in Chromium, processed as the search dialog processes it (synonyms, compound
// splitting; src/lib/search/query.ts). Prints recall@3 (the expected page among the first three
// results), mean reciprocal rank of that page (0 beyond rank 10), how often the expected section is
// among the page's first three sub-results, and every miss. Goal: recall@3 ≥ 95 %, MRR ≥ 0.85.
//
//   npx astro build && node bench/search-quality.bench.mjs [dist-dir]
// A build from before issue 16 has no search-lexicon.json; its queries then go to Pagefind as typed.
import { BENCH_QUERIES } from './search/queries.ts';
import { openPagefind } from './search/pagefind-runner.mjs';
import { parseLexicon, processQuery } from '../src/lib/search/query.ts';
import { OUT_DIR } from '../src/config/deploy.ts';

const GOAL = { recall3: 0.95, mrr: 0.85 };
const dir = process.argv[2] ?? OUT_DIR;
const runner = await openPagefind(dir);
const lexicon = runner.lexicon ? parseLexicon(runner.lexicon) : null;

let hits3 = 0;
let reciprocal = 0;
let sectionHits = 0;
const misses = [];
for (const { query, expect, kind } of BENCH_QUERIES) {
  const [page, section = ''] = expect.split('#');
  const results = await runner.search(lexicon ? processQuery(query, lexicon) : query);
  const rank = results.findIndex((result) => result.url === page) + 1;
  if (rank >= 1) reciprocal += 1 / rank;
  if (rank >= 1 && rank <= 3) hits3 += 1;
  const sections = rank ? results[rank - 1].sections.slice(0, 3) : [];
  const sectionOk = rank >= 1 && rank <= 3 && (!section || sections.includes(`#${section}`));
  if (sectionOk) sectionHits += 1;
  if (rank < 1 || rank > 1 || !sectionOk) {
    const top =
      results
        .slice(0, 3)
        .map((result) => result.url)
        .join(', ') || '–';
    misses.push(
      `  ${rank === 1 ? '~' : '✗'} [${kind}] „${query}“ → Rang ${rank || '> 10'}${sectionOk ? '' : `, Abschnitte ${sections.join(' ') || '–'}`} (erwartet ${expect}; oben: ${top})`,
    );
  }
}
await runner.close();

const n = BENCH_QUERIES.length;
const recall3 = hits3 / n;
const mrr = reciprocal / n;
console.log(`Suchqualität (${dir}, ${n} Anfragen, ${lexicon ? 'mit' : 'ohne'} Anfrageaufbereitung)`);
console.log(misses.join('\n'));
console.log(
  `recall@3: ${(recall3 * 100).toFixed(1)} %   MRR: ${mrr.toFixed(3)}   Abschnitt unter den ersten drei: ${((sectionHits / n) * 100).toFixed(1)} %`,
);
const ok = recall3 >= GOAL.recall3 && mrr >= GOAL.mrr;
console.log(`Ziel (recall@3 ≥ ${GOAL.recall3 * 100} %, MRR ≥ ${GOAL.mrr}): ${ok ? 'erreicht' : 'verfehlt'}`);
process.exit(ok ? 0 : 1);
