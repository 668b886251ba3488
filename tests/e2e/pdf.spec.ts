// The handout PDFs that the build writes (integration handout-pdf), read with poppler's tools from
// Debian: pdfinfo, pdffonts, pdfimages, pdftotext (also with -bbox-layout, for the layout) and
// pdftohtml (for the outline).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getChapter } from '../../src/lib/chapter/index.ts';
import { HANDOUT_FILES } from '../../src/lib/print/handout.ts';
import { at, expect, OUT_DIR, SITE, test } from './fixtures.ts';
import {
  bodyLines,
  inReadingOrder,
  linkedUris,
  pdfPages,
  squash as squashText,
  type PdfPage,
} from './pdf-layout.ts';

const PDF = join(OUT_DIR, HANDOUT_FILES.full);
const STUDENT_PDF = join(OUT_DIR, HANDOUT_FILES.student);
const run = (tool: string, ...args: string[]) =>
  execFileSync(tool, [...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
/**
 * Text without any whitespace, so line breaks inside a heading or caption do not matter; a word
 * hyphenated at a line end ("Con‐" U+2010, newline, "sumer") is joined again.
 */
const squash = (text: string) =>
  text
    .replace(/\u2010\s+/g, '')
    .replace(/\s+/g, '')
    .replace(/\u00ad/g, '');

test.describe('handout.pdf', () => {
  test.skip(!existsSync(PDF), `${PDF} fehlt (Build mit HANDOUT_PDF=0?)`);

  const info = () => run('pdfinfo', PDF);
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(info())?.[1] ?? '';
  const pageCount = () => Number(field('Pages'));
  const pageTexts = () => run('pdftotext', '-layout', PDF, '-').split('\f').slice(0, pageCount());

  test('A4, getaggt, sinnvolle Seitenzahl, Titel, Autoren und Sprache Deutsch', () => {
    const [width = 0, height = 0] = (/([\d.]+) x ([\d.]+) pts/.exec(field('Page size')) ?? [])
      .slice(1)
      .map(Number);
    expect(Math.round(width)).toBeGreaterThanOrEqual(594);
    expect(Math.round(width)).toBeLessThanOrEqual(596);
    expect(Math.round(height)).toBeGreaterThanOrEqual(841);
    expect(Math.round(height)).toBeLessThanOrEqual(843);
    expect(field('Tagged')).toBe('yes');
    expect(pageCount()).toBeGreaterThanOrEqual(20);
    // Issue 13 added textbook sections, learning objectives, self-checks, a glossary and the
    // solutions appendix (91 → 172 pages); the bound still catches a runaway layout (a page per
    // line, an unbroken table), which doubles the count.
    expect(pageCount()).toBeLessThanOrEqual(200);
    expect(field('Title')).toContain('Verteilte Softwaresysteme');
    expect(field('Author')).toContain('Bjarne Zaremba');
    expect(field('Author')).toContain('Danny Meihöfer');
    expect(readFileSync(PDF).toString('latin1')).toMatch(/\/Lang\s*\(de(-DE)?\)/);
  });

  test('Lesezeichen (Outline) für die Teile des Kapitels', () => {
    const xml = run('pdftohtml', '-xml', '-i', '-q', '-stdout', PDF);
    const items = [...xml.matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map(([, text]) => text ?? '');
    expect(items.length).toBeGreaterThan(50);
    for (const part of [
      'Inhalt',
      'Anhang A: Verständnisfragen',
      'Anhang C: Quellen',
      'Anhang D: Glossar',
      'Anhang E: Lösungen',
    ])
      expect(items).toContain(part);
  });

  test('jede Überschrift des Kapitels und jede Abbildungsunterschrift steht im Text', () => {
    const text = squash(pageTexts().join('\n'));
    const missing: string[] = [];
    const chapter = getChapter();
    for (const { slug, title, headings: sections } of chapter.pages) {
      const headings = sections.map(({ text }) => text);
      for (const heading of slug ? [title, ...headings] : headings)
        if (!text.includes(squash(heading))) missing.push(`${slug || 'Start'}: ${heading}`);
    }
    for (const { number, caption } of chapter.figures)
      if (!text.includes(squash(`Abb. ${number}: ${caption}`))) missing.push(`Abb. ${number}: ${caption}`);
    expect(missing, 'fehlt im PDF').toEqual([]);
  });

  test('Fußzeile "Seite N von M" auf jeder Seite, Inhaltsverzeichnis mit richtigen Seitenzahlen', () => {
    const pages = pageTexts();
    const total = pages.length;
    pages.forEach((page, index) => expect(page).toContain(`Seite ${index + 1} von ${total}`));
    // The contents list "Anhang C: Quellen … N"; page N starts with that heading.
    const contents = pages.slice(0, 4).join('\n');
    const entry = /Anhang C: Quellen[ .]*?(\d+)\s*$/m.exec(contents);
    expect(entry, 'Eintrag im Inhaltsverzeichnis').not.toBeNull();
    const target = Number(entry?.[1]);
    expect(pages[target - 1]).toContain('Anhang C: Quellen');
  });

  test('alle Schriften eingebettet, Diagramme als Vektorgrafik (keine großen Rasterbilder)', () => {
    const fonts = run('pdffonts', PDF).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    const notEmbedded = fonts.filter((line) => {
      const columns = line.trim().split(/\s+/);
      return columns.at(-5) !== 'yes';
    });
    expect(notEmbedded, 'nicht eingebettete Schriften').toEqual([]);
    const images = run('pdfimages', '-list', PDF).trim().split('\n').slice(2);
    const large = images.filter((line) => {
      const [, , , width = 0, height = 0] = line.trim().split(/\s+/).map(Number);
      return width * height > 200 * 200;
    });
    expect(large, 'Rasterbilder im PDF').toEqual([]);
  });

  test(
    'die Website bietet das PDF zum Herunterladen an',
    { tag: '@unterpfad' },
    async ({ page, request }) => {
      const response = await request.get(at('/handout.pdf'));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('pdf');
      await page.goto(at('/'));
      await expect(page.locator('a[href$="/handout.pdf"]').first()).toBeVisible();
      // The student edition too, from the start page and from "Für Lehrende".
      const student = await request.get(at(`/${HANDOUT_FILES.student}`));
      expect(student.status()).toBe(200);
      expect(student.headers()['content-type']).toContain('pdf');
      await expect(page.locator(`a[href$="/${HANDOUT_FILES.student}"]`).first()).toBeVisible();
      await page.goto(at('/fuer-lehrende/'));
      await expect(page.locator(`main a[href$="/${HANDOUT_FILES.student}"]`).first()).toBeVisible();
      await expect(page.locator('main a[href$="/handout.pdf"]').first()).toBeVisible();
    },
  );
});

/** The page (0-based) on which a part's title stands: the first page whose body starts with it. */
function partStart(pages: PdfPage[], title: string, from = 0): number {
  return pages.findIndex(
    (page, index) => index >= from && squashText(bodyLines(page)[0]?.text ?? '') === squashText(title),
  );
}

test.describe('Handout als Buch: beide Fassungen', () => {
  test.skip(!existsSync(PDF) || !existsSync(STUDENT_PDF), 'PDFs fehlen (Build mit HANDOUT_PDF=0?)');
  const editions = [
    { name: 'mit Lösungen', file: PDF },
    { name: 'ohne Lösungen', file: STUDENT_PDF },
  ];

  test('kein Satz, der nur am Bildschirm Sinn ergibt, steht in einem der PDFs', async ({ page }) => {
    await page.goto(at('/handout/'));
    // Everything the components mark as screen-only, plus copy buttons and "show answer" toggles.
    const screenOnly = await page
      .locator('main :is(.screen-only, .copy-control, summary)')
      .evaluateAll((all) => all.map((element) => element.textContent ?? ''));
    const sentences = [...new Set(screenOnly.map(squashText).filter((text) => text.length >= 12))];
    expect(sentences.length, 'Bildschirm-Texte auf der Handout-Seite').toBeGreaterThan(3);
    // The chapter pages' own screen-only blocks (lab instructions, "Zum Drucken") are in the handout too.
    for (const known of [
      'Zum Drucken:',
      'Das interaktive Labor lädt',
      'erst vorhersagen, dann laden',
      'Versuch 1 laden',
      'Wählen Sie einen Algorithmus',
    ])
      expect(
        sentences.some((text) => text.includes(squashText(known))),
        known,
      ).toBe(true);
    for (const { name, file } of editions) {
      const text = squashText(
        pdfPages(file)
          .map((p) => p.lines.map((l) => l.text).join(' '))
          .join(' '),
      );
      const printed = sentences.filter((sentence) => text.includes(sentence));
      expect(printed, `${name}: Bildschirm-Text im PDF`).toEqual([]);
    }
  });

  test('keine Seite endet mit einer Überschrift', async ({ page }) => {
    await page.goto(at('/handout/'));
    await page.emulateMedia({ media: 'print' });
    const headings = await page
      .locator('main :is(h2, h3, h4, h5, h6, .handout-references-title, .lab-experiments-title):visible')
      .evaluateAll((all) => all.map((element) => element.textContent ?? ''));
    // Text that is also a list item, paragraph or cell ("Random" is a heading and a list item) says
    // nothing about a stranded heading.
    const body = await page
      .locator('main :is(li, p, td, th, figcaption):visible')
      .evaluateAll((all) => all.map((element) => element.textContent ?? ''));
    const ambiguous = new Set(body.map(squashText));
    const known = new Set(headings.map(squashText).filter((text) => text && !ambiguous.has(text)));
    expect(known.size).toBeGreaterThan(100);
    for (const { name, file } of editions) {
      const stranded: string[] = [];
      pdfPages(file).forEach((pdfPage, index) => {
        const lines = bodyLines(pdfPage).map((line) => line.text);
        // A heading may wrap: the last one, two or three lines together.
        for (let k = 1; k <= 3 && k <= lines.length; k++) {
          const tail = squashText(lines.slice(-k).join(' '));
          if (known.has(tail)) stranded.push(`S. ${index + 1}: ${lines.slice(-k).join(' ')}`);
        }
      });
      expect(stranded, `${name}: Überschrift als letzte Zeile einer Seite`).toEqual([]);
    }
  });

  test('Abbildungs- und Versuchsverzeichnis: jede Abbildung mit der richtigen Seitenzahl rechts', () => {
    const pages = pdfPages(PDF);
    const listStart = partStart(pages, 'Anhang B: Abbildungsverzeichnis');
    const listEnd = partStart(pages, 'Anhang C: Quellen', listStart);
    expect(listStart, 'Anhang B').toBeGreaterThan(0);
    expect(listEnd).toBeGreaterThan(listStart);
    const listLines = pages
      .slice(listStart, listEnd)
      .flatMap((page) => bodyLines(page).map((line) => ({ ...line, width: page.width })));
    const pageOfCaption = (label: string, caption: string) =>
      pages.findIndex(
        (page, index) =>
          (index < listStart || index >= listEnd) &&
          squashText(page.lines.map((l) => l.text).join(' ')).includes(squashText(`${label}: ${caption}`)),
      ) + 1;
    const problems: string[] = [];
    for (const { number, caption } of getChapter().figures) {
      const start = listLines.findIndex((line) => line.text.startsWith(`Abb. ${number}:`));
      if (start < 0) {
        problems.push(`Abb. ${number} fehlt im Verzeichnis`);
        continue;
      }
      // The entry runs to the next entry; its page number is a number of its own at the right margin,
      // on the same baseline as one of the entry's lines.
      const next = listLines.findIndex(
        (line, index) =>
          index > start && /^(Abb\. \d+:|V\d+ \(|Verweise|Versuchsverzeichnis)/.test(line.text),
      );
      const entry = listLines.slice(start, next < 0 ? undefined : next);
      const text = entry.filter((line) => !/^\d+$/.test(line.text));
      // pdftotext keeps a page number a line of its own, or, when it stands close to the leader
      // (three digits), ends the leader's line with it: ". . . . 103", or ". 102" where the caption
      // leaves room for one dot.
      const trailing = entry.flatMap((line) => {
        const page = /\s\.(?: \.)*\s*(\d+)$/.exec(line.text)?.[1];
        return page && line.xMax > line.width - 60 ? [{ ...line, text: page }] : [];
      });
      const numbered =
        entry.find(
          (line) =>
            /^\d+$/.test(line.text) &&
            line.xMax > line.width - 60 &&
            text.some((other) => Math.abs(other.yMax - line.yMax) < 2),
        ) ?? trailing[0];
      const shown = Number(numbered?.text);
      const expected = pageOfCaption(`Abb. ${number}`, caption);
      if (!numbered) problems.push(`Abb. ${number}: keine Seitenzahl am rechten Rand`);
      else if (shown !== expected) problems.push(`Abb. ${number}: S. ${shown} statt S. ${expected}`);
      // Dot leaders fill the gap up to the number column: from the number's right edge, at most the
      // column (2em), the gap before it (0.5rem) and part of a dot (about 32 pt) stay free of text.
      const leader = text.find((line) => numbered && Math.abs(line.yMax - numbered.yMax) < 2);
      if (numbered && leader && numbered.xMax - leader.xMax > 32)
        problems.push(`Abb. ${number}: Lücke ohne Führungspunkte`);
    }
    expect(problems).toEqual([]);
    const experiments = getChapter().pages.flatMap((page) => page.labs.flatMap((lab) => lab.experiments));
    const experimentEntries = listLines.filter((line) => /^V\d+ \(/.test(line.text));
    expect(experimentEntries).toHaveLength(experiments.length);
    expect(listLines.map((line) => line.text).join(' ')).not.toContain('siehe S.');
  });

  test('Fassung ohne Lösungen: Fragen ja, Musterantworten nein', async ({ page }) => {
    await page.goto(at('/handout/'));
    const answers = await page.locator('.handout-solutions .solution').evaluateAll((all) =>
      all.map((solution) =>
        [...solution.children]
          .filter((child) => !child.matches('h3, .solution-back'))
          .map((child) => child.textContent ?? '')
          .join(' '),
      ),
    );
    expect(answers).toHaveLength(getChapter().selfChecks.length);
    const full = squashText(
      pdfPages(PDF)
        .map((p) => p.lines.map((l) => l.text).join(' '))
        .join(' '),
    );
    const student = squashText(
      pdfPages(STUDENT_PDF)
        .map((p) => p.lines.map((l) => l.text).join(' '))
        .join(' '),
    );
    // Some answers quote the chapter, so count: the student edition has each answer once less.
    const count = (text: string, part: string) => text.split(part).length - 1;
    for (const answer of answers) {
      const start = squashText(answer).slice(0, 80);
      expect(count(full, start), `Musterantwort im Handout: ${start}`).toBeGreaterThan(0);
      expect(count(student, start), `Musterantwort ohne Lösungen: ${start}`).toBe(count(full, start) - 1);
    }
    for (const { question } of getChapter().selfChecks) expect(student).toContain(squashText(question));
    expect(student).not.toContain(squashText('Anhang E: Lösungen'));
    expect(student).not.toContain(squashText('Zur Musterantwort'));
  });

  test('externe Links: Verweisnummer im Text, Adresse einmal in der Liste (oder im Quellenverzeichnis)', async ({
    page,
  }) => {
    const own = new URL(SITE).origin;
    for (const { name, file } of editions) {
      const pages = pdfPages(file);
      const sources = partStart(pages, 'Anhang C: Quellen');
      expect(sources, `${name}: Anhang C`).toBeGreaterThan(0);
      // Body: every printed address stands in a reference list, right after its number "[n]".
      const body = squashText(
        pages
          .slice(1, sources)
          .map((p) =>
            inReadingOrder(bodyLines(p))
              .map((l) => l.text)
              .join(' '),
          )
          .join(' '),
      );
      const raw = [...body.matchAll(/(.{0,8})https?:\/\//g)].filter(
        ([, before = '']) => !/\[\d+\]$/.test(before),
      );
      expect(
        raw.map(([match]) => match),
        `${name}: Adresse ohne Verweisnummer im Text`,
      ).toEqual([]);
      const lists = squashText(pages.map((p) => p.lines.map((l) => l.text).join(' ')).join(' '));
      const external = [...new Set(linkedUris(readFileSync(file)))].filter((uri) => !uri.startsWith(own));
      expect(external.length).toBeGreaterThan(50);
      const unlisted = external.filter((uri) => !lists.includes(squashText(uri).replace(/\/$/, '')));
      expect(unlisted, `${name}: verlinkte Adresse nirgends ausgeschrieben`).toEqual([]);
    }
    // Every external link in a part carries a reference number that leads to its address.
    await page.goto(at('/handout/'));
    const links = await page
      .locator(
        '.handout-part:not(#teil-quellen) .sl-markdown-content a[href^="http"]:not(.print-no-href), .handout-part:not(#teil-quellen) a[href^="http"]:not(.print-no-href, .print-url)',
      )
      .evaluateAll((all) =>
        all.map((a) => {
          const sup = a.nextElementSibling;
          const target = sup?.matches('sup.print-ref') ? sup.querySelector('a')?.hash.slice(1) : undefined;
          const entry = target ? document.getElementById(target) : null;
          return { href: (a as HTMLAnchorElement).href, listed: entry?.querySelector('a')?.href ?? '' };
        }),
      );
    expect(links.length).toBeGreaterThan(50);
    expect(links.filter(({ href, listed }) => href !== listed)).toEqual([]);
  });
});
