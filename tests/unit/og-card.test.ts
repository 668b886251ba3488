import { describe, expect, it } from 'vitest';
import { COURSE_LINE } from '../../src/config/course.ts';
import { cardHtml, escapeHtml, keepShortCompounds, titleFontSize } from '../../src/lib/og/card.ts';

const card = {
  siteName: 'Verteilte Softwaresysteme',
  part: '3 Systemdesign',
  title: 'Skalierungswürfel',
  description: 'Klonen (X-Achse), funktionale Zerlegung (Y-Achse) und Datenpartitionierung (Z-Achse).',
};

describe('escapeHtml', () => {
  it('escapes markup and both quote characters, and leaves umlauts alone', () => {
    expect(escapeHtml(`<b class="x">Grüße & 'Maß'</b>`)).toBe(
      '&lt;b class=&quot;x&quot;&gt;Grüße &amp; &#39;Maß&#39;&lt;/b&gt;',
    );
  });
});

describe('cardHtml', () => {
  it('shows the site name, the course, the part, the title and the description', () => {
    const html = cardHtml(card);
    for (const text of [card.siteName, COURSE_LINE, card.part, 'Skalierungswürfel', 'Datenpartitionierung']) {
      expect(html).toContain(text);
    }
    expect(html).toMatch(/^<!doctype html><html lang="de">/);
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('turns page text into text, never into markup', () => {
    const html = cardHtml({
      ...card,
      title: '<script>alert(1)</script>',
      description: '<img src=x onerror="alert(1)"> & Co.',
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; Co.');
  });

  it('leaves the part label out for pages outside the reading order', () => {
    expect(cardHtml({ ...card, part: undefined })).not.toContain('class="part"');
    expect(cardHtml(card)).toContain('<p class="part">3 Systemdesign</p>');
  });

  it('needs nothing from the network: no URLs, no external resources', () => {
    const html = cardHtml(card);
    expect(html).not.toMatch(/https?:|\/\/|url\(|src=|href=|@import|@font-face/i);
  });

  it('differs between pages', () => {
    expect(cardHtml(card)).not.toBe(cardHtml({ ...card, title: 'Caching' }));
    expect(cardHtml(card)).not.toBe(cardHtml({ ...card, description: 'Anders.' }));
    expect(cardHtml(card)).not.toBe(cardHtml({ ...card, part: '2 Systemarchitektur' }));
  });

  it('is deterministic', () => {
    expect(cardHtml(card)).toBe(cardHtml({ ...card }));
  });
});

describe('titleFontSize', () => {
  it('shrinks as titles grow', () => {
    const sizes = [
      'Caching',
      'Skalierungsmuster im Betrieb',
      'API-Gateway, Proxy, Reverse-Proxy und Load-Balancer',
      'Ein sehr langer Titel, der deutlich mehr als vierundsechzig Zeichen hat und umbrechen muss',
    ].map(titleFontSize);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBe(4);
  });

  it('makes the longest word fit the text width, down to a readable minimum', () => {
    const word = 'Datenpartitionierungsstrategien';
    expect(titleFontSize(word) * word.length * 0.66).toBeLessThanOrEqual(1000);
    expect(titleFontSize('Donaudampfschifffahrtsgesellschaftskapitänsmützenhalterung')).toBe(32);
  });
});

describe('keepShortCompounds', () => {
  it('joins one- and two-letter prefixes to their word with a non-breaking hyphen', () => {
    expect(keepShortCompounds('Klonen (X-Achse), E-Mail-Server, IP-Hash')).toBe(
      'Klonen (X\u2011Achse), E\u2011Mail-Server, IP\u2011Hash',
    );
  });

  it('leaves longer compounds breakable', () => {
    expect(keepShortCompounds('Reverse-Proxy und Load-Balancer')).toBe('Reverse-Proxy und Load-Balancer');
  });
});
