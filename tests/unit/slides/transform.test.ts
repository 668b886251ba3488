import { describe, expect, it } from 'vitest';
import { slidesOf, type DeckPageInput } from '../../../src/lib/slides/transform.ts';

// The markup below is what the site's pipeline renders for a chapter page (Starlight's heading
// wrappers, asides, figures with Mermaid SVG, the lab shell with its island); see dist/ after a build.
const heading = (level: number, id: string, text: string) =>
  `<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${text}</h${level}><a class="sl-anchor-link" href="#${id}"><span class="sr-only">Abschnitt betitelt „${text}“</span></a></div>`;

function deck(html: string, headings: DeckPageInput['headings'], extra: Partial<DeckPageInput> = {}) {
  return slidesOf({ html, title: 'Caching', pagePath: '/systemdesign/caching/', headings, ...extra });
}

const items = (n: number, text = 'Ein Punkt mit etwas Text') =>
  Array.from({ length: n }, (_, i) => `<li>${text} ${i + 1}</li>`).join('');

describe('slidesOf', () => {
  it('opens with a title slide and makes a slide of every h2/h3 the chapter index knows', () => {
    const slides = deck(
      `${heading(2, 'lru', 'LRU')}<ul><li>a</li></ul>${heading(3, 'lru-detail', 'Im Detail')}<ul><li>b</li></ul>`,
      [
        { depth: 2, id: 'lru', text: 'LRU' },
        { depth: 3, id: 'lru-detail', text: 'Im Detail' },
      ],
      { part: '3 Systemdesign', description: 'Worum es geht.' },
    );
    expect(slides.map((s) => [s.id, s.kind, s.title])).toEqual([
      ['titel', 'title', 'Caching'],
      ['lru', 'content', 'LRU'],
      ['lru-detail', 'content', 'Im Detail'],
    ]);
    expect(slides[0]?.kicker).toBe('3 Systemdesign');
    expect(slides[0]?.notes).toBe('<p>Worum es geht.</p>');
    expect(slides[2]?.kicker).toBe('LRU');
    expect(slides[1]?.source).toBe('/systemdesign/caching/#lru');
    // The heading moved into the slide's title: no second heading, no anchor link in the body.
    expect(slides[1]?.html).toBe('<ul><li>a</li></ul>');
  });

  it('does not split at headings the index does not list (a self-check question is not a section)', () => {
    const slides = deck(
      `${heading(2, 'selbstcheck', 'Selbstcheck')}<section class="self-check" id="frage-1"><h2 class="self-check-question" id="frage-1-titel">Frage 1: Was?</h2><details class="self-check-answer"><summary>Musterantwort anzeigen</summary><p>So.</p></details></section>`,
      [{ depth: 2, id: 'selbstcheck', text: 'Selbstcheck' }],
    );
    expect(slides).toHaveLength(2);
    expect(slides[1]?.html).toContain('id="frage-1-titel"');
  });

  it('turns running prose into speaker notes of the slide whose content follows it', () => {
    const slides = deck(
      `${heading(2, 'a', 'A')}<p>Erst erklärt die Lehrkraft etwas.</p><ul><li>Punkt</li></ul><p>Danach noch ein Satz.</p>`,
      [{ depth: 2, id: 'a', text: 'A' }],
    );
    expect(slides[1]?.html).toBe('<ul><li>Punkt</li></ul>');
    expect(slides[1]?.notes).toBe('<p>Erst erklärt die Lehrkraft etwas.</p><p>Danach noch ein Satz.</p>');
  });

  it('shows the first sentence of a definition and keeps all of it in the notes', () => {
    const paragraph =
      '<p><strong>Caching</strong> (dt. Zwischenspeichern) ist eine Technik, z. B. im Browser. Der Zwischenspeicher heißt <strong>Cache</strong>.</p>';
    const slides = deck(`${heading(2, 'caching', 'Was ist Caching?')}${paragraph}`, [
      { depth: 2, id: 'caching', text: 'Was ist Caching?' },
    ]);
    expect(slides[1]?.html).toBe(
      '<p class="slide-definition"><strong>Caching</strong> (dt. Zwischenspeichern) ist eine Technik, z. B. im Browser.</p>',
    );
    expect(slides[1]?.notes).toBe(paragraph);
  });

  it('gives a section of prose only its first sentence as a lead', () => {
    const slides = deck(`${heading(2, 'a', 'A')}<p>Der Kern. Und mehr dazu.</p><p>Noch mehr.</p>`, [
      { depth: 2, id: 'a', text: 'A' },
    ]);
    expect(slides[1]?.html).toBe('<p class="slide-lead">Der Kern.</p>');
    expect(slides[1]?.notes).toBe('<p>Der Kern. Und mehr dazu.</p><p>Noch mehr.</p>');
  });

  it('continues a long list on numbered slides, an ordered list counting on', () => {
    const slides = deck(`${heading(2, 'liste', 'Liste')}<ol>${items(30)}</ol>`, [
      { depth: 2, id: 'liste', text: 'Liste' },
    ]);
    const parts = slides.slice(1);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((s) => s.id)).toEqual(parts.map((_, i) => (i === 0 ? 'liste' : `liste--${i + 1}`)));
    expect(parts.map((s) => s.continued)).toEqual(parts.map((_, i) => ({ n: i + 1, of: parts.length })));
    const counts = parts.map((s) => (s.html.match(/<li>/g) ?? []).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(30);
    expect(parts[1]?.html).toMatch(new RegExp(`^<ol start="${(counts[0] ?? 0) + 1}">`));
    // Every continuation links back to the same section.
    expect(new Set(parts.map((s) => s.source))).toEqual(new Set(['/systemdesign/caching/#liste']));
  });

  it('splits a long table by rows and repeats its header row', () => {
    const rows = Array.from(
      { length: 16 },
      (_, i) => `<tr><td>Zeile ${i}</td><td>${'Viel Text in einer Zelle. '.repeat(3)}</td></tr>`,
    ).join('');
    const slides = deck(
      `${heading(2, 't', 'Tabelle')}<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody>${rows}</tbody></table>`,
      [{ depth: 2, id: 't', text: 'Tabelle' }],
    );
    const parts = slides.slice(1);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.html).toContain('<thead><tr><th>A</th><th>B</th></tr></thead>');
    expect(parts.map((s) => (s.html.match(/<td>Zeile/g) ?? []).length).reduce((a, b) => a + b, 0)).toBe(16);
  });

  it('gives a diagram a slide of its own', () => {
    const figure =
      '<figure id="abb-x" class="chapter-figure"><div class="mermaid-diagram"><svg viewBox="0 0 10 10"></svg></div><figcaption>Abb. 1: X</figcaption></figure>';
    const slides = deck(`${heading(2, 'a', 'A')}<ul><li>davor</li></ul>${figure}<ul><li>danach</li></ul>`, [
      { depth: 2, id: 'a', text: 'A' },
    ]);
    expect(slides.slice(1).map((s) => s.kind)).toEqual(['content', 'figure', 'content']);
    expect(slides[2]?.html).toBe(figure);
  });

  it('puts a lab on its own slide (zoomed to fit), its experiments on the next, and keeps the island intact', () => {
    const island =
      '<astro-island uid="x1" component-url="/_astro/CachingLab.js" props="{}" ssr="" client="visible" opts="{&#x22;name&#x22;:&#x22;CachingLab&#x22;}"><section class="lab-live"></section><template data-astro-template=""><div data-lab-source="lru" hidden>code</div></template></astro-island>';
    const experiments =
      '<section class="lab-experiments" aria-labelledby="caching-versuche"><p class="lab-experiments-title" id="caching-versuche">Versuche</p><ol><li id="versuch-caching-1" data-experiment="1">Frage? <a class="screen-only lab-experiment-link" href="/systemdesign/caching/?c.preset=belady#labor">Versuch 1 laden</a></li></ol></section>';
    const slides = deck(
      `${heading(2, 'labor', 'Caching-Labor')}<div class="screen-only"><p>Im Labor probieren Sie …</p></div><div class="lab-frame" id="lab-caching" data-lab="caching">${island}${experiments}</div>`,
      [{ depth: 2, id: 'labor', text: 'Caching-Labor' }],
      { links: { page: '/systemdesign/caching/', deck: '/vortrag/systemdesign/caching/' } },
    );
    const [lab, list] = slides.slice(1);
    expect(lab?.kind).toBe('lab');
    expect(lab?.fit).toBe(true);
    expect(lab?.html).toContain(island);
    expect(lab?.html).not.toContain('lab-experiments');
    expect(lab?.notes).toBe('<p>Im Labor probieren Sie …</p>');
    expect(list?.id).toBe('labor--2');
    expect(list?.html).toContain('id="versuch-caching-1"');
    expect(list?.html).toContain('href="/vortrag/systemdesign/caching/?c.preset=belady#labor"');
  });

  it('follows the author markers: slide break, slides only, never on slides, explicit notes', () => {
    const slides = deck(
      `${heading(2, 'a', 'A')}<ul><li>eins</li></ul><div data-slide-break="" data-title="Zweiter Teil" hidden></div><div data-slides-only="" hidden><p>Nur auf der Folie.</p></div><div data-page-only=""><ul><li>Nur auf der Seite</li></ul></div><div data-speaker-notes="" hidden><p>Sagen: langsam.</p></div>`,
      [{ depth: 2, id: 'a', text: 'A' }],
    );
    expect(slides.slice(1).map((s) => [s.id, s.title, s.html])).toEqual([
      ['a', 'A', '<ul><li>eins</li></ul>'],
      ['a--2', 'Zweiter Teil', '<p>Nur auf der Folie.</p>'],
    ]);
    expect(slides[2]?.notes).toBe('<p>Sagen: langsam.</p>');
    expect(slides.map((s) => s.html).join('')).not.toContain('Nur auf der Seite');
  });

  it('uses the chapter deck’s prefixed ids and keeps "Im Skript lesen" on the page’s own ids', () => {
    const slides = deck(
      `<h2 id="systemdesign-caching--lru">LRU</h2><ul><li>a</li></ul>`,
      [{ depth: 2, id: 'lru', text: 'LRU' }],
      {
        idOf: (id) => `systemdesign-caching--${id}`,
      },
    );
    expect(slides.map((s) => s.id)).toEqual(['systemdesign-caching--titel', 'systemdesign-caching--lru']);
    expect(slides[1]?.source).toBe('/systemdesign/caching/#lru');
  });

  it('puts what stands before the first heading (Lernziele) on an opening slide', () => {
    const aside =
      '<aside aria-label="Lernziele" class="starlight-aside starlight-aside--tip"><p class="starlight-aside__title" aria-hidden="true">Lernziele</p><div class="starlight-aside__content"><ul><li>etwas können</li></ul></div></aside>';
    const slides = deck(`${aside}${heading(2, 'a', 'A')}<ul><li>x</li></ul>`, [
      { depth: 2, id: 'a', text: 'A' },
    ]);
    expect(slides[1]?.id).toBe('einstieg');
    expect(slides[1]?.html).toBe(aside);
  });
});
