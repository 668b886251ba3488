import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/lib/og/card.ts';
import { previewMeta, type HeadTag } from '../../src/lib/og/meta.ts';
import { decodeEntities, headMeta, readPreview } from '../../src/lib/og/read-preview.ts';

/** Serialises head tags the way a page's head holds them. */
function toHtml(head: HeadTag[], body = ''): string {
  const tags = head.map(({ tag, attrs = {} }) => {
    const list = Object.entries(attrs).map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`);
    return `<${tag}${list.join('')}/>`;
  });
  return `<!DOCTYPE html><html lang="de"><head>${tags.join('')}</head><body>${body}</body></html>`;
}

const page = {
  title: 'Client-Server & „Webanwendungen“ <MPA>',
  description: `Das Client-Server-Modell: Server, Datenbank – und "SPA" vs. 'PWA'.`,
  url: 'https://example.org/se/systemarchitektur/client-server/',
  image: 'https://example.org/se/og/systemarchitektur/client-server.png',
  siteName: 'Verteilte Softwaresysteme',
};

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('&lt;a&gt; &amp; &quot;b&quot; &#39;c&#39; Gr&#xFC;&#223;e&nbsp;!')).toBe(
      `<a> & "b" 'c' Grüße\u00a0!`,
    );
  });

  it('leaves unknown references and plain text alone', () => {
    expect(decodeEntities('&bogus; & Co. &#xZZ;')).toBe('&bogus; & Co. &#xZZ;');
  });
});

describe('headMeta', () => {
  it('reads meta tags by property or name, from the head only', () => {
    const html = toHtml(
      [
        { tag: 'meta', attrs: { property: 'og:title', content: 'Kopf' } },
        { tag: 'meta', attrs: { name: 'description', content: 'Beschreibung' } },
      ],
      '<meta property="og:title" content="Rumpf">',
    );
    const meta = headMeta(html);
    expect(meta.get('og:title')).toBe('Kopf');
    expect(meta.get('description')).toBe('Beschreibung');
  });

  it('accepts single-quoted and reordered attributes', () => {
    expect(headMeta(`<head><meta content='Caching' property=og:title></head>`).get('og:title')).toBe(
      'Caching',
    );
  });
});

describe('readPreview', () => {
  it('reads back exactly what previewMeta wrote, escapes and umlauts included', () => {
    expect(readPreview(toHtml(previewMeta(page)))).toEqual({
      title: page.title,
      description: page.description,
      url: page.url,
      image: page.image,
      siteName: page.siteName,
    });
  });

  it('skips pages without a card', () => {
    const head = previewMeta(page).filter(({ attrs }) => attrs?.property !== 'og:image');
    expect(readPreview(toHtml(head))).toBeUndefined();
    expect(
      readPreview('<html><head><meta http-equiv="refresh" content="0;url=/"></head></html>'),
    ).toBeUndefined();
  });
});
