import { describe, expect, it } from 'vitest';
import { handoutParts, partId, rewritePart } from '../../../src/lib/print/handout.ts';

const headingIds = new Map([
  ['einfuehrung', new Set(['definition', 'vorteile'])],
  ['systemdesign/caching', new Set(['strategien'])],
  ['', new Set(['lernziele'])],
]);
const rewrite = (html: string, slug = 'einfuehrung', seen?: Set<string>) =>
  rewritePart(html, { slug, shift: 1, headingIds, base: '/', seen });

describe('rewritePart', () => {
  it('moves headings one level down, with Starlight’s wrapper class', () => {
    expect(rewrite('<div class="sl-heading-wrapper level-h2"><h2 id="x">X</h2></div>')).toBe(
      '<div class="sl-heading-wrapper level-h3"><h3 id="x">X</h3></div>',
    );
  });

  it('never goes below h6', () => {
    expect(rewritePart('<h5>a</h5>', { slug: 'x', shift: 3, headingIds, base: '/' })).toBe('<h6>a</h6>');
  });

  it('prefixes the page’s own heading ids and its same-page links', () => {
    expect(rewrite('<h2 id="definition">D</h2><a href="#definition">d</a>')).toBe(
      '<h3 id="einfuehrung--definition">D</h3><a href="#einfuehrung--definition">d</a>',
    );
  });

  it('keeps ids that are not headings (figures, questions)', () => {
    expect(rewrite('<figure id="abb-x"></figure><a href="#abb-x">Abb</a>')).toBe(
      '<figure id="abb-x"></figure><a href="#abb-x">Abb</a>',
    );
  });

  it('turns links to chapter pages into links inside the handout', () => {
    expect(rewrite('<a href="/systemdesign/caching/#strategien">s</a>')).toBe(
      '<a href="#systemdesign-caching--strategien">s</a>',
    );
    expect(rewrite('<a href="/systemdesign/caching/">c</a>')).toBe(
      `<a href="#${partId('systemdesign/caching')}">c</a>`,
    );
    expect(rewrite('<a href="/">s</a>')).toBe('<a href="#teil-start">s</a>');
    expect(rewrite('<a href="/systemdesign/caching/#abb-lru">f</a>')).toBe('<a href="#abb-lru">f</a>');
  });

  it('strips the base path before matching', () => {
    const html = '<a href="/se/einfuehrung/#vorteile">v</a>';
    expect(rewritePart(html, { slug: 'x', shift: 1, headingIds, base: '/se/' })).toBe(
      '<a href="#einfuehrung--vorteile">v</a>',
    );
  });

  it('leaves files, external links and pages outside the chapter alone', () => {
    const html = '<a href="/handout.pdf">p</a><a href="https://example.org/">e</a><a href="/handout/">h</a>';
    expect(rewrite(html)).toBe(html);
  });

  it('opens the self-check answers', () => {
    expect(rewrite('<details class="self-check-answer" data-astro-cid-1>')).toBe(
      '<details open class="self-check-answer" data-astro-cid-1>',
    );
    expect(rewrite('<details class="other">')).toBe('<details class="other">');
  });

  it('renumbers repeated ids that nothing refers to', () => {
    const seen = new Set<string>();
    expect(rewrite('<g id="root-0"></g><g id="root-0"></g>', 'x', seen)).toBe(
      '<g id="root-0"></g><g id="root-0-2"></g>',
    );
    expect(rewrite('<g id="root-0"></g>', 'y', seen)).toBe('<g id="root-0-3"></g>');
  });
});

describe('handoutParts', () => {
  const titles = new Map([
    ['', 'Verteilte Softwaresysteme'],
    ['einfuehrung', 'Einführung'],
    ['systemdesign', 'Systemdesign'],
    ['systemdesign/caching', 'Caching'],
    ['verstaendnisfragen', 'Verständnisfragen'],
    ['abbildungen', 'Abbildungsverzeichnis'],
    ['quellen', 'Quellen'],
    ['glossar', 'Glossar'],
  ]);
  const chapter = [
    { label: 'Start', pages: [''] },
    { label: '1 Einführung', pages: ['einfuehrung'] },
    { label: '3 Systemdesign', pages: ['systemdesign', 'systemdesign/caching'] },
    { label: 'Anhang', pages: ['verstaendnisfragen', 'quellen', 'abbildungen', 'glossar'] },
  ];

  it('numbers the parts like the sidebar and puts the appendix last', () => {
    expect(handoutParts(titles, chapter).map(({ heading, level }) => `${level} ${heading}`)).toEqual([
      '2 Lernziele und Aufbau',
      '2 1 Einführung',
      '2 3 Systemdesign',
      '3 3.1 Caching',
      '2 Anhang A: Verständnisfragen',
      '2 Anhang B: Abbildungsverzeichnis',
      '2 Anhang C: Quellen',
      '2 Anhang D: Glossar',
    ]);
  });
});
