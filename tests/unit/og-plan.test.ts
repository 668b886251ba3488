import { describe, expect, it } from 'vitest';
import { cardHtml } from '../../src/lib/og/card.ts';
import { planCards, sitePath } from '../../src/lib/og/plan.ts';
import type { PagePreview } from '../../src/lib/og/previews.ts';

const SITE = 'https://example.org';
const BASE = '/se/kapitel-2/';
const ROOT = `${SITE}${BASE}`;

const preview = (path: string, card: string, title = path || 'Start'): PagePreview => ({
  title,
  description: `Beschreibung von ${title}.`,
  url: `${ROOT}${path}`,
  image: `${ROOT}${card}`,
  siteName: 'Verteilte Softwaresysteme',
});

describe('sitePath', () => {
  it('turns an absolute site URL into a path inside the build output', () => {
    expect(sitePath(`${ROOT}og/index.png`, SITE, BASE)).toBe('og/index.png');
    expect(sitePath(`${ROOT}systemdesign/caching/#labor`, SITE, BASE)).toBe('systemdesign/caching/');
    expect(sitePath('http://127.0.0.1:4321/og/index.png', 'http://127.0.0.1:4321', '/')).toBe('og/index.png');
  });

  it('decodes escaped characters', () => {
    expect(sitePath(`${ROOT}og/gr%C3%BC%C3%9Fe.png`, SITE, BASE)).toBe('og/grüße.png');
  });

  it('rejects URLs outside SITE + BASE', () => {
    expect(sitePath('https://cdn.example.com/og/index.png', SITE, BASE)).toBeUndefined();
    expect(sitePath(`${SITE}/og/index.png`, SITE, BASE)).toBeUndefined();
  });
});

describe('planCards', () => {
  it('plans one card per page, with the chapter part, sorted by file', () => {
    const { cards, errors } = planCards(
      [
        preview('systemdesign/caching/', 'og/systemdesign/caching.png', 'Caching'),
        preview('', 'og/index.png', 'Verteilte Softwaresysteme'),
        preview('handout/', 'og/handout.png', 'Handout'),
      ],
      SITE,
      BASE,
    );
    expect(errors).toEqual([]);
    expect(cards.map((card) => [card.file, card.content.part, card.content.title])).toEqual([
      ['og/handout.png', undefined, 'Handout'],
      ['og/index.png', 'Start', 'Verteilte Softwaresysteme'],
      ['og/systemdesign/caching.png', '3 Systemdesign', 'Caching'],
    ]);
    expect(cards[2]?.html).toBe(cardHtml(cards[2]!.content));
    expect(cards[2]?.content.description).toBe('Beschreibung von Caching.');
  });

  it('lets a page borrow a card that another page makes, without changing its text', () => {
    const { cards, errors } = planCards(
      [preview('404/', 'og/index.png', 'Seite nicht gefunden'), preview('', 'og/index.png', 'Start')],
      SITE,
      BASE,
    );
    expect(errors).toEqual([]);
    expect(cards).toHaveLength(1);
    expect(cards[0]?.content.title).toBe('Start');
  });

  it('reports a card that no page makes', () => {
    const { cards, errors } = planCards([preview('404/', 'og/index.png')], SITE, BASE);
    expect(cards).toEqual([]);
    expect(errors).toEqual([`${ROOT}404/: og:image og/index.png gehört zu keiner gebauten Seite.`]);
  });

  it('reports URLs outside SITE + BASE in German', () => {
    const page = { ...preview('quellen/', 'og/quellen.png'), image: 'https://cdn.example.com/quellen.png' };
    const { errors } = planCards([page], SITE, BASE);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('müssen unter https://example.org/se/kapitel-2/ liegen');
  });
});
