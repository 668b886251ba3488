import { describe, expect, it } from 'vitest';
import { prefixedId } from '../../../src/lib/print/handout.ts';
import { slidesOf, type DeckPageInput } from '../../../src/lib/slides/transform.ts';
import { tableRows } from '../../../src/lib/slides/blocks.ts';
import { chapterPage, mdxHtml, pageHtml, sectionBlocks } from './chapter-content.ts';

// Headings, prose, lists and tables come from the chapter's own pages (chapter-content.ts renders
// their MDX with the build's parser) or from small MDX fixtures. The markup below stands for what
// components render (Starlight's heading wrapper and asides, Figure, SelfCheck, the lab shell, the
// author components), which only the Astro build can render; see dist/ after a build.
const heading = (level: number, id: string, text: string) =>
  `<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${text}</h${level}><a class="sl-anchor-link" href="#${id}"><span class="sr-only">Abschnitt betitelt „${text}“</span></a></div>`;

function deck(html: string, headings: DeckPageInput['headings'], extra: Partial<DeckPageInput> = {}) {
  return slidesOf({ html, title: 'Caching', pagePath: '/systemdesign/caching/', headings, ...extra });
}

/** The deck of a real chapter page (its Markdown; components left out). */
function pageDeck(slug: string, extra: Partial<DeckPageInput> = {}) {
  const page = chapterPage(slug);
  return slidesOf({
    html: pageHtml(slug),
    title: page.title,
    pagePath: page.path,
    headings: page.headings,
    ...extra,
  });
}

describe('slidesOf', () => {
  it('opens with a title slide and makes a slide of every h2/h3 the chapter index knows', () => {
    const page = chapterPage('systemdesign/load-balancing');
    const slides = pageDeck(page.slug, { part: '3 Systemdesign', description: page.description });
    expect([slides[0]?.id, slides[0]?.kind, slides[0]?.title]).toEqual(['titel', 'title', page.title]);
    expect(slides[0]?.kicker).toBe('3 Systemdesign');
    expect(slides[0]?.notes).toBe(`<p>${page.description}</p>`);
    // Every section's first slide carries the heading's id, in the index's order.
    const ids = page.headings.map((heading) => heading.id);
    const firsts = slides.slice(1).filter((slide) => !slide.id.includes('--') && slide.id !== 'einstieg');
    expect(firsts.map((slide) => slide.id)).toEqual(ids.filter((id) => firsts.some((s) => s.id === id)));
    expect(firsts.map((slide) => slide.id)).toEqual(expect.arrayContaining(['algorithmen', 'round-robin']));
    // An h3's slides name their h2 above the title; every slide links back to its section.
    const h2 = page.headings.find((heading) => heading.id === 'algorithmen')!;
    const roundRobin = slides.find((slide) => slide.id === 'round-robin')!;
    expect(roundRobin.kicker).toBe(h2.text);
    expect(roundRobin.source).toBe(`${page.path}#round-robin`);
    // The heading moved into the slide's title: no heading of a section in any slide's body.
    for (const slide of slides) expect(slide.html).not.toMatch(/<h[23] id=/);
  });

  it('does not split at headings the index does not list (a self-check question is not a section)', () => {
    const slides = deck(
      `${heading(2, 'selbstcheck', 'Selbstcheck')}<section class="self-check" id="frage-1"><h2 class="self-check-question" id="frage-1-titel">Frage 1: Was?</h2><details class="self-check-answer"><summary>Musterantwort anzeigen</summary><p>So.</p></details></section>`,
      [{ depth: 2, id: 'selbstcheck', text: 'Selbstcheck' }],
    );
    expect(slides).toHaveLength(2);
    expect(slides[1]?.html).toContain('id="frage-1-titel"');
  });

  it('keeps room for an opened model answer, and puts an answer too long for that on the next slides (review L7-1)', () => {
    const check = (nr: number, answer: string) =>
      `<section class="self-check" id="frage-${nr}"><h2 class="self-check-question" id="frage-${nr}-titel"><span class="self-check-nr">Frage ${nr}:</span> Was passiert hier${'?'}</h2><p class="self-check-where">Nachlesen: <a href="/x/">X</a></p><details class="self-check-answer" data-answer-of="${nr}"><summary>Musterantwort anzeigen</summary><div class="self-check-body">${answer}</div></details></section>`;
    const sentence =
      'Ein Satz der Musterantwort, der eine ganze Zeile auf der Folie füllt und noch etwas mehr. ';
    const medium = `<p>${sentence.repeat(3)}</p>`;
    const long = `<ul>${`<li>${sentence.repeat(2)}</li>`.repeat(6)}</ul>`;
    const slides = deck(
      `${heading(2, 'selbstcheck', 'Selbstcheck')}${check(1, medium)}${check(2, medium)}${check(3, long)}${check(4, '<p>Kurz.</p>')}`,
      [{ depth: 2, id: 'selbstcheck', text: 'Selbstcheck' }],
    ).slice(1);
    // Two questions with answers of four lines each do not share a slide: opened, they would not fit.
    expect(slides.map((slide) => slide.title)).toEqual([
      'Selbstcheck',
      'Selbstcheck',
      'Selbstcheck',
      'Frage 3 – Musterantwort',
      'Frage 3 – Musterantwort',
      'Selbstcheck',
    ]);
    expect(slides[0]?.html).toContain('Musterantwort anzeigen');
    // The long answer: the question's slide says where it is; the answer in full, counted on its own.
    expect(slides[2]?.html).not.toContain('<details');
    expect(slides[2]?.html).toContain('Musterantwort auf der nächsten Folie');
    // Not on paper, where the answer is not on the next page (slides-print.css says where it is).
    expect(slides[2]?.html).toContain('<p class="self-check-next screen-only">');
    expect(slides.slice(3, 5).map((slide) => slide.continued)).toEqual([
      { n: 1, of: 2 },
      { n: 2, of: 2 },
    ]);
    expect(slides.slice(3, 5).map((slide) => (slide.html.match(/<li>/g) ?? []).length)).toEqual([3, 3]);
    expect(slides[3]?.html).toContain('class="self-check-answer slide-answer" data-answer-of="3"');
    expect(slides[3]?.notes).toBe('<p>Frage 3: Was passiert hier?</p>');
    // The section's own slides count among themselves: (1/4) … (4/4), the answer's slides apart.
    expect(
      slides.filter((slide) => slide.title === 'Selbstcheck').map((slide) => slide.continued?.n),
    ).toEqual([1, 2, 3, 4]);
    expect(new Set(slides.map((slide) => slide.id)).size).toBe(slides.length);
  });

  it('puts a lead-in like „Vorteile:“ on the slide with its list, and gives a continuation slide a note (review L7-6)', () => {
    const slides = pageDeck('systemarchitektur/kommunikation');
    const text = (html: string) => html.replace(/<[^>]+>/g, '').trim();
    for (const lead of ['Vorteile:', 'Nachteile:']) {
      const holding = slides.filter((slide) => slide.html.includes(`<p>${lead}</p>`));
      expect(holding.length, lead).toBeGreaterThanOrEqual(2);
      // The lead-in heads its list on the same slide, and is nobody's whole note any more.
      for (const slide of holding) expect(slide.html).toMatch(new RegExp(`<p>${lead}</p>\\s*<ul>`));
    }
    expect(slides.filter((slide) => /^[^.]{0,40}:$/.test(text(slide.notes)))).toEqual([]);
    // Every continuation slide has a note: its own prose, or where it belongs.
    const continued = slides.filter((slide) => (slide.continued?.n ?? 1) > 1);
    expect(continued.length).toBeGreaterThan(0);
    for (const slide of continued) expect(text(slide.notes), slide.id).not.toBe('');
    const bare = continued.find((slide) => slide.notes.startsWith('<p>Fortsetzung von'));
    expect(bare?.notes).toContain(
      `Fortsetzung von „${bare?.title}“ (${bare?.continued?.n}/${bare?.continued?.of}).`,
    );
  });

  it('turns running prose into speaker notes of the slide whose content follows it', () => {
    const slides = pageDeck('systemdesign/load-balancing');
    // "Es gibt verschiedene Load-Balancing-Algorithmen:" leads into the section's first slide block.
    const first = slides.find((slide) => slide.id === 'algorithmen')!;
    expect(first.notes).toContain('Es gibt verschiedene Load-Balancing-Algorithmen:');
    expect(slides.map((slide) => slide.html).join('')).not.toContain('Es gibt verschiedene');
  });

  it('shows the first sentence of a definition and keeps all of it in the notes', () => {
    const slides = pageDeck('systemdesign/load-balancing');
    const slide = slides.find((s) => s.id === 'round-robin')!;
    const shown = /<p class="slide-definition">(.*?)<\/p>/.exec(slide.html)?.[1] ?? '';
    expect(shown).toMatch(/^<strong>Funktionsweise:<\/strong> .+\.$/);
    // The slide shows the first sentence; the notes hold the whole paragraph it opens.
    expect(slide.notes).toContain(`<p>${shown}`);
    const weighted = slides.find((s) => s.id === 'weighted-round-robin')!;
    const lead = /<p class="slide-definition">(.*?)<\/p>/.exec(weighted.html)?.[1] ?? '';
    const paragraph = new RegExp(`<p>${lead.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} [^<]+`);
    expect(weighted.notes).toMatch(paragraph);
  });

  it('gives a section of prose only its first sentence as a lead', () => {
    const html = mdxHtml('## A {#a}\n\nDer Kern. Und mehr dazu.\n\nNoch mehr.\n');
    const slides = deck(html, [{ depth: 2, id: 'a', text: 'A' }]);
    expect(slides[1]?.html).toBe('<p class="slide-lead">Der Kern.</p>');
    expect(slides[1]?.notes).toBe('<p>Der Kern. Und mehr dazu.</p><p>Noch mehr.</p>');
  });

  it('continues a long list on numbered slides, an ordered list counting on', () => {
    // The start page's longest ordered list ("Aufbau des Kapitels") is longer than a slide.
    const page = chapterPage('');
    const slides = pageDeck('');
    const lists = slides.filter((slide) => slide.html.includes('<ol'));
    const section = lists[0]!.source;
    const parts = slides.filter((slide) => slide.source === section && slide.html.includes('<ol'));
    expect(parts.length).toBeGreaterThan(1);
    const base = parts[0]!.id;
    expect(parts.map((s) => s.id)).toEqual(parts.map((_, i) => (i === 0 ? base : `${base}--${i + 1}`)));
    expect(parts.map((s) => s.continued?.of)).toEqual(parts.map(() => parts.length));
    const counts = parts.map((s) => (s.html.match(/<li>/g) ?? []).length);
    const source = pageHtml(page.slug);
    const all = /<ol>([\s\S]*?)<\/ol>/.exec(source.slice(source.indexOf(`id="${base}"`)))?.[1] ?? '';
    expect(counts.reduce((a, b) => a + b, 0)).toBe((all.match(/<li>/g) ?? []).length);
    expect(parts[1]?.html).toMatch(new RegExp(`^<ol start="${(counts[0] ?? 0) + 1}">`));
    // Every continuation links back to the same section; no slide holds a single lonely item.
    expect(new Set(parts.map((s) => s.source))).toEqual(new Set([section]));
    expect(Math.min(...counts)).toBeGreaterThan(1);
  });

  it('splits a long table by rows and repeats its header row', () => {
    const slides = pageDeck('systemdesign/load-balancing');
    const parts = slides.filter(
      (slide) => slide.id.startsWith('algorithmen') && slide.html.includes('<table'),
    );
    expect(parts.length).toBeGreaterThan(1);
    const head = /<thead>[\s\S]*?<\/thead>/.exec(parts[0]!.html)?.[0];
    expect(head).toContain('Algorithmus');
    for (const part of parts) expect(part.html).toContain(head);
    const rows = parts.map((s) => (s.html.match(/<tr>/g) ?? []).length - 1);
    // Every body row of the page's table, none lost or doubled.
    const table = sectionBlocks('systemdesign/load-balancing', 'algorithmen').find(
      (b) => b.tagName === 'table',
    )!;
    expect(rows.reduce((a, b) => a + b, 0)).toBe(tableRows(table).length - 1);
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

  it('puts a lab on its own slide (laid out by the lab, not zoomed), its experiments on the next and their scenarios on the frame, and keeps the island intact', () => {
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
    // Changed on purpose: a lab fits its slide by its own slide layout (lab-slide.css), not by zoom.
    expect(lab?.fit).toBe(false);
    expect(lab?.html).toContain(island);
    // The slide's „Versuch“ select loads them in place (SlideExperiments.tsx).
    expect(lab?.html).toContain('data-lab-experiments="[&#x22;?c.preset=belady&#x22;]"');
    expect(lab?.html).not.toContain('class="lab-experiments"');
    expect(lab?.notes).toBe('<p>Im Labor probieren Sie …</p>');
    expect(list?.id).toBe('labor--2');
    expect(list?.html).toContain('id="versuch-caching-1"');
    expect(list?.html).toContain('href="/vortrag/systemdesign/caching/?c.preset=belady#labor"');
  });

  it('gives a guided experiment’s long „Auflösung“ slides of its own, cut between sentences (review L7-1)', () => {
    const sentence = 'Ein Satz der Auflösung, der fast eine ganze Zeile auf der Folie füllt, und noch mehr. ';
    const item = (n: number, explanation: string) =>
      `<li id="versuch-caching-${n}" data-experiment="${n}">Was passiert bei Versuch ${n}? <!-- Buttons, not content --><a class="screen-only lab-experiment-link" href="/systemdesign/caching/?c.preset=belady#labor">Versuch ${n} laden</a><details class="screen-only lab-experiment-explanation"><summary>Auflösung</summary><p>${explanation}</p></details></li>`;
    const experiments = `<section class="lab-experiments"><p class="lab-experiments-title">Versuche</p><ol>${item(1, 'Kurz.')}${item(2, sentence.repeat(16))}</ol></section>`;
    const slides = deck(
      `${heading(2, 'labor', 'Caching-Labor')}<div class="lab-frame" id="lab-caching" data-lab="caching"><astro-island uid="x1"></astro-island>${experiments}</div>`,
      [{ depth: 2, id: 'labor', text: 'Caching-Labor' }],
    ).slice(2);
    expect(slides.map((slide) => [slide.title, slide.continued])).toEqual([
      ['Caching-Labor', { n: 2, of: 2 }],
      ['Versuch 2 – Auflösung', { n: 1, of: 2 }],
      ['Versuch 2 – Auflösung', { n: 2, of: 2 }],
    ]);
    // Experiment 1 keeps its „Auflösung“ to open; experiment 2 says where its answer is, counting on.
    expect(slides[0]?.html).toContain('<details class="screen-only lab-experiment-explanation">');
    expect(slides[0]?.html).toContain('Auflösung auf der nächsten Folie');
    expect(slides[0]?.html).toContain('<ol start="2">');
    // Every sentence once, whole, on the answer slides; screen only, like the page's „Auflösung“.
    const text = slides
      .slice(1)
      .map((slide) => slide.html.replace(/<[^>]+>/g, ''))
      .join(' ');
    expect(text.split('und noch mehr.').length - 1).toBe(16);
    expect(slides[1]?.html).toContain('class="lab-experiment-explanation slide-answer screen-only"');
    // The notes: the question (never the island's HTML comment) and the whole explanation, which
    // the slides PDF points to.
    expect(slides[1]?.notes).toMatch(/^<p>Versuch 2: Was passiert bei Versuch 2\? Auflösung: Ein Satz /);
    expect(slides[1]?.notes).not.toContain('Buttons');
    expect(slides[1]?.notes?.split('und noch mehr.').length).toBe(17);
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
    const page = chapterPage('systemdesign/caching');
    const idOf = (id: string) => prefixedId(page.slug, id);
    const html = pageHtml(page.slug).replace(/ id="([^"]+)"/g, (_, id: string) => ` id="${idOf(id)}"`);
    const slides = slidesOf({ html, title: page.title, pagePath: page.path, headings: page.headings, idOf });
    expect(slides[0]?.id).toBe(idOf('titel'));
    const first = page.headings[0]!;
    const slide = slides.find((s) => s.id === idOf(first.id));
    expect(slide?.source).toBe(`${page.path}#${first.id}`);
  });

  it('sets heading levels for the outline: title, sections one below, headings in a body below those', () => {
    const html = mdxHtml('## A {#a}\n\n- eins\n\n#### Unterpunkt\n\n- zwei\n');
    const headings = [{ depth: 2 as const, id: 'a', text: 'A' }];
    const slides = deck(html, headings);
    expect(slides.map((s) => s.level)).toEqual([2, 3]);
    expect(slides[1]?.html).toContain('<h6>Unterpunkt</h6>');
    const chapter = deck(html, headings, { level: 3, part: '3 Systemdesign', opensPart: true });
    expect(chapter.map((s) => s.level)).toEqual([3, 4]);
    expect(chapter[0]?.kickerLevel).toBe(2);
    expect(deck(html, headings, { level: 3, part: '3 Systemdesign' })[0]?.kickerLevel).toBeUndefined();
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
