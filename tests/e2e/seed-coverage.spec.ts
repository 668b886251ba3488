import { readFileSync } from 'node:fs';
import { REDIRECTS } from '../../src/lib/redirects.ts';
import { at, builtPages, expect, test } from './fixtures.ts';

/**
 * Compares the site with the lecture deck it was written from: every statement of every slide must
 * be on some page (after the typo fixes below), and every source URL of the deck must be a link.
 */
// A copy of the lecture deck (remark.js), ../shared/seeds/000_c9e5c0652a3046e7.txt.
const SEED = 'tests/fixtures/deck.md';

// The deck's typos and slips, as fixed in the notes (deck → notes).
const FIXES: [RegExp, string][] = [
  [/bereitsgestellt/g, 'bereitgestellt'],
  [/E-Milas/g, 'E-Mails'],
  [/Email Server/g, 'E-Mail-Server'],
  [/Amazone/g, 'Amazon'],
  [/fleixibilität/g, 'Flexibilität'],
  [/Echzeit/g, 'Echtzeit'],
  [/Dammit/g, 'Damit'],
  [/Servises/g, 'Services'],
  [/meherere/g, 'mehrere'],
  [/\bmehrer\b/g, 'mehrere'],
  [/Partioning/g, 'Partitioning'],
  [/Sclability/g, 'Scalability'],
  [/ServiceDiscovery/g, 'Service Discovery'],
  [/Centralisierte/g, 'Zentralisierte'],
  [/upgedateten/g, 'aktualisierten'],
  [/hardcoden/g, 'hartcodieren'],
];

const STOPWORDS = new Set(
  'aber alle als auch auf aus beim bzw dabei damit dann dass dem den der des die dies diese dieser durch eine einem einen einer eines für gibt hat ist kann können man mehr mit muss nach nicht noch nur oder ohne sein sich sie sind über und uns von vor wenn werden wird wie zum zur zwischen'.split(
    ' ',
  ),
);

/**
 * Lower-case word stems, so "Servers", "Server" and "Servern" (or "verbessert" and "Verbesserte")
 * compare equal: one inflection suffix off, then at most six letters.
 */
export function stems(text: string): string[] {
  return (text.toLowerCase().match(/[a-zäöüß0-9]+/g) ?? [])
    .filter((word) => word.length >= 3 && !STOPWORDS.has(word))
    .map((word) => (word.length > 4 ? word.replace(/(en|em|er|es|st|e|n|s|t)$/, '') : word).slice(0, 6));
}

interface Statement {
  slide: string;
  text: string;
}

/** The deck's statements: headings, paragraphs, list items and captions, without Markdown. */
function statements(deck: string): Statement[] {
  const result: Statement[] = [];
  for (const slide of deck.split(/\n---\n/)) {
    const heading =
      slide
        .match(/^#+\s*(.+)$/m)?.[1]
        ?.replace(/\*\*/g, '')
        .trim() ?? '';
    for (const rawLine of slide.split('\n')) {
      let line = rawLine.trim();
      if (
        !line ||
        line.includes('%20') ||
        /^(class:|!\[|\[https?:|https?:)/.test(line) ||
        /^Abb\. \d+: \[/.test(line)
      )
        continue;
      if (/^[-*] \[?https?:|^- <https?:|^- Abb\. \d+: /.test(line)) continue; // source lists
      line = line
        .replace(/^#+\s*|^[-*]\s+|^\d+\.\s+|^⇒\s*|^→\s*/g, '')
        .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
        .replace(/<br>|\*\*|\*|<\/?https?:[^>]*>/g, ' ')
        .replace(/^Abb\. \d+:\s*/, '')
        .replace(/https?:\S+/g, ' ')
        .replace(/\[letzte Einsicht:[^\]]*\]/g, ' ');
      for (const [typo, fix] of FIXES) line = line.replace(typo, fix);
      if (stems(line).length > 0) result.push({ slide: heading, text: line.trim() });
    }
  }
  return result;
}

test('jede Aussage der Folien steht in den Kursnotizen', async ({ page }) => {
  test.setTimeout(180_000);
  const pages: { path: string; words: Set<string> }[] = [];
  // The notes are the chapter's own pages: not the handout, the decks (/vortrag/) or the embeds,
  // which show copies of them, and not a short link, which opens one of them.
  const notes = builtPages().filter(
    (path) => !/^\/(handout|vortrag|embed)\//.test(path) && !Object.hasOwn(REDIRECTS, path),
  );
  for (const path of notes) {
    await page.goto(at(path));
    // innerText leaves out blocks not yet laid out (layout-later.ts); wait for the whole page.
    await expect(page.locator(':root[data-layout-later]')).toHaveCount(0);
    pages.push({ path, words: new Set(stems(await page.locator('main').innerText())) });
  }

  const deck = readFileSync(SEED, 'utf8');
  const all = statements(deck);
  expect(all.length, 'Aussagen in den Folien').toBeGreaterThan(250);
  const missing: string[] = [];
  for (const { slide, text } of all) {
    const words = stems(text);
    // Short statements must appear word for word; longer ones may be rephrased (80 % of the words).
    const needed = words.length <= 3 ? words.length : Math.ceil(words.length * 0.8);
    const best = Math.max(...pages.map((p) => words.filter((word) => p.words.has(word)).length));
    if (best < needed) missing.push(`[${slide}] ${text}`);
  }
  expect(missing, 'Aussagen der Folien, die keine Seite enthält').toEqual([]);
});

test('jede Quelle der Folien ist ein Link', async ({ page }) => {
  const deck = readFileSync(SEED, 'utf8');
  const urls = new Set(
    [...deck.matchAll(/https?:\/\/[^\s)\]>]+/g)].map(([url]) => url.replace(/#.*$/, '').replace(/[.,]$/, '')),
  );
  await page.goto(at('/quellen/'));
  const hrefs = new Set(
    (
      await page
        .locator('main a[href^="http"]')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
    ).map((href) => href.replace(/#.*$/, '')),
  );
  const notLinked = [...urls].filter((url) => !hrefs.has(url) && !hrefs.has(new URL(url).href));
  expect(notLinked, 'Quellen ohne Link auf /quellen/').toEqual([]);
  expect(urls.size, 'URLs in den Folien').toBeGreaterThanOrEqual(20);
});
