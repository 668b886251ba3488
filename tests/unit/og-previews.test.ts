import { describe, expect, it } from 'vitest';
import { getChapter } from '../../src/lib/chapter/index.ts';
import { LABS } from '../../src/lib/labs.ts';
import { planCards } from '../../src/lib/og/plan.ts';
import { sitePreviews } from '../../src/lib/og/previews.ts';
import { HANDOUT_PAGE } from '../../src/lib/print/handout.ts';
import { deckList } from '../../src/lib/slides/decks.ts';

const SITE = 'https://example.org';
const BASE = '/se/kapitel-2/';

describe('sitePreviews (cards planned from the chapter index, not from built HTML)', () => {
  const previews = sitePreviews(SITE, BASE);
  const chapter = getChapter();

  it('has one preview per chapter page, extra page, the handout, each embed view and each deck', () => {
    const urls = previews.map((preview) => preview.url.slice(`${SITE}${BASE}`.length - 1));
    expect(urls).toEqual([
      ...chapter.pages.map((page) => page.path),
      ...chapter.extraPages.map((page) => page.path),
      HANDOUT_PAGE.path,
      ...LABS.map((lab) => `/embed/${lab.id}/`),
      ...deckList(chapter).map((deck) => deck.path),
    ]);
  });

  it('announces each page’s frontmatter title and description, with its own card under SITE + BASE', () => {
    const caching = previews.find((preview) => preview.url === `${SITE}${BASE}systemdesign/caching/`);
    const page = chapter.pages.find((candidate) => candidate.slug === 'systemdesign/caching');
    expect(caching).toEqual({
      title: page?.title,
      description: page?.description,
      url: `${SITE}${BASE}systemdesign/caching/`,
      image: `${SITE}${BASE}og/systemdesign/caching.png`,
      siteName: 'Verteilte Softwaresysteme',
    });
  });

  it('plans one card per preview without errors', () => {
    const { cards, errors } = planCards(previews, SITE, BASE);
    expect(errors).toEqual([]);
    expect(cards.map((card) => card.file)).toContain('og/index.png');
    expect(cards.map((card) => card.file)).toContain('og/handout.png');
    expect(cards).toHaveLength(previews.length);
  });
});
