import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import {
  blockLines,
  elementChildren,
  SLIDE_LINES,
  tableRows,
  tableSlideLines,
} from '../../../src/lib/slides/blocks.ts';
import { pack, splitBlock } from '../../../src/lib/slides/split.ts';
import { slidesOf } from '../../../src/lib/slides/transform.ts';
import { chapterPage, chapterTables, sectionBlocks } from './chapter-content.ts';

const bodyRows = (table: Element) =>
  elementChildren(elementChildren(table).find((part) => part.tagName === 'tbody')!);
const rowText = (row: Element) => toHtml(row);

describe('packing a table onto slides (every table of the chapter)', () => {
  const tables = chapterTables();

  it('finds the chapter’s tables', () => {
    expect(tables.length).toBeGreaterThan(5);
  });

  for (const { slug, table } of tables) {
    const head = elementChildren(table).find((part) => part.tagName === 'thead');
    const title = `${slug || 'Start'}: ${toHtml(head ?? table)
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 50)}`;

    it(`${title}: all rows in order, the header on every piece, no piece too tall`, () => {
      const pieces = splitBlock(table, SLIDE_LINES);
      expect(pieces.flatMap((piece) => bodyRows(piece).map(rowText))).toEqual(bodyRows(table).map(rowText));
      for (const piece of pieces) {
        if (head) expect(elementChildren(piece)[0]).toBe(head);
        if (bodyRows(piece).length > 1) expect(blockLines(piece)).toBeLessThanOrEqual(SLIDE_LINES);
      }
    });

    it(`${title}: as few slides as the rows need, none with a lonely row`, () => {
      const pieces = splitBlock(table, SLIDE_LINES);
      const tableOf = (rows: Element[]): Element => ({
        ...table,
        children: [
          ...(head ? [head] : []),
          { type: 'element', tagName: 'tbody', properties: {}, children: rows },
        ],
      });
      // The fewest slides, counted independently: fill each slide row by row while the table fits.
      let fewest = 0;
      let rows: Element[] = [];
      for (const row of bodyRows(table)) {
        if (rows.length > 0 && blockLines(tableOf([...rows, row])) > SLIDE_LINES) {
          fewest++;
          rows = [];
        }
        rows.push(row);
      }
      if (rows.length > 0) fewest++;
      expect(pieces.length).toBeLessThanOrEqual(fewest);
      // A piece holds a single row only if that row would not fit next to a neighbour's rows.
      pieces.forEach((piece, index) => {
        if (bodyRows(piece).length !== 1) return;
        for (const neighbour of [pieces[index - 1], pieces[index + 1]]) {
          if (!neighbour) continue;
          const merged =
            index > 0 && neighbour === pieces[index - 1]
              ? [...bodyRows(neighbour), ...bodyRows(piece)]
              : [...bodyRows(piece), ...bodyRows(neighbour)];
          expect(blockLines(tableOf(merged)), `Folie ${index + 1} mit einer einsamen Zeile`).toBeGreaterThan(
            SLIDE_LINES,
          );
        }
      });
    });
  }
});

describe('pack', () => {
  it('evens groups out instead of leaving a lonely last item', () => {
    expect(pack([1, 1, 1, 1, 1], (n) => n, 4)).toEqual([
      [1, 1, 1],
      [1, 1],
    ]);
  });
  it('starts on the current slide only when that saves a slide', () => {
    const rows = [3, 3, 3, 3, 3, 3, 3];
    // 7 rows of 3 lines: two fresh slides; 2 lines left on the current slide change nothing.
    expect(pack(rows, (n) => n, 12, 2).map((group) => group.length)).toEqual([4, 3]);
    // Five rows: one fresh slide would not hold them, but 6 lines left here plus one slide do.
    expect(pack([3, 3, 3, 3, 3], (n) => n, 12, 6).map((group) => group.length)).toEqual([2, 3]);
    // What fits on a slide of its own is not torn apart.
    expect(pack([3, 3, 3], (n) => n, 12, 5)).toEqual([[3, 3, 3]]);
  });
  it('does not leave a lead-in line alone on its slide', () => {
    // 2 of 12 lines used (a list's title): the list starts here even though that saves no slide.
    expect(pack([3, 3, 3, 3], (n) => n, 12, 10)).toEqual([
      [3, 3],
      [3, 3],
    ]);
  });
  it('lets an item larger than a slide stand alone', () => {
    expect(pack([3, 20, 3], (n) => n, 12)).toEqual([[3], [20], [3]]);
  });
});

describe('the load-balancing page’s "Algorithmen im Überblick"', () => {
  const page = chapterPage('systemdesign/load-balancing');
  const section = page.headings.find((heading) => heading.id === 'algorithmen')!;
  const blocks = sectionBlocks(page.slug, section.id);
  const table = blocks.find((block) => block.tagName === 'table')!;
  const slides = slidesOf({
    html: `<h2 id="${section.id}">${section.text}</h2>${blocks.map((block) => toHtml(block)).join('')}`,
    title: page.title,
    pagePath: page.path,
    headings: [section],
  }).slice(1);

  it('puts the list on one slide and the table’s rows on as few slides as they need, evenly', () => {
    const tableSlides = slides.filter((slide) => slide.html.includes('<table'));
    const rows = tableSlides.map((slide) => (slide.html.match(/<tr>/g) ?? []).length - 1);
    expect(rows.reduce((sum, n) => sum + n, 0)).toBe(tableRows(table).length - 1);
    // A slide that holds only a table may fill more of its room (tableSlideLines).
    expect(tableSlides.length).toBe(splitBlock(table, tableSlideLines(section.text)).length);
    expect(tableSlides.length).toBeLessThan(splitBlock(table, SLIDE_LINES).length);
    expect(Math.min(...rows), 'Folie mit einer einsamen Zeile').toBeGreaterThan(1);
    for (const slide of tableSlides) expect(slide.html).toContain('<thead>');
    expect(slides.map((slide) => slide.continued?.of)).toEqual(slides.map(() => slides.length));
  });
});

describe('splitting an aside', () => {
  const item = (text: string): Element => ({
    type: 'element',
    tagName: 'li',
    properties: {},
    children: [{ type: 'text', value: text }],
  });
  const element = (tagName: string, children: Element['children'], className?: string[]): Element => ({
    type: 'element',
    tagName,
    properties: className ? { className } : {},
    children,
  });
  // The shape of a page's "Lernziele" box: a lead-in, then the objectives, long enough to split.
  const objective =
    'Events, Message Broker, ESB und Message Queue erklären und für einen Zweck das passende Broker-Modell auswählen (Frage 31)';
  const lernziele = element(
    'aside',
    [
      element('p', [{ type: 'text', value: 'Lernziele' }], ['starlight-aside__title']),
      element(
        'div',
        [
          element('p', [{ type: 'text', value: 'Nach dieser Seite können Sie …' }]),
          element(
            'ul',
            Array.from({ length: 8 }, (_, k) => item(`${objective} ${k + 1}`)),
          ),
        ],
        ['starlight-aside__content'],
      ),
    ],
    ['starlight-aside', 'starlight-aside--tip'],
  );
  const contentOf = (aside: Element) =>
    elementChildren(elementChildren(aside).find((child) => child.tagName === 'div')!);

  it('keeps the lead-in with the first objectives and every objective in order', () => {
    const pieces = splitBlock(lernziele, SLIDE_LINES);
    expect(pieces.length).toBeGreaterThan(1);
    const [lead, list] = contentOf(pieces[0]!);
    expect(lead?.tagName).toBe('p');
    expect(list?.tagName).toBe('ul');
    const texts = pieces.flatMap((piece) =>
      contentOf(piece)
        .filter((node) => node.tagName === 'ul')
        .flatMap((ul) => elementChildren(ul).map((li) => toHtml(li))),
    );
    expect(texts).toEqual(elementChildren(contentOf(lernziele)[1]!).map((li) => toHtml(li)));
  });

  it('leaves no piece with only the lead-in, even when little room is left on the current slide', () => {
    for (const first of [2, 3, 4, SLIDE_LINES]) {
      for (const piece of splitBlock(lernziele, SLIDE_LINES, first)) {
        const nodes = contentOf(piece);
        expect(nodes.length === 1 && nodes[0]!.tagName === 'p').toBe(false);
      }
    }
  });
});
