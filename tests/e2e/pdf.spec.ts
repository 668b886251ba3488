// The handout PDF that the build writes (integration handout-pdf), read with poppler's tools from
// Debian: pdfinfo, pdffonts, pdfimages, pdftotext and pdftohtml (for the outline).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getChapter } from '../../src/lib/chapter/index.ts';
import { at, expect, OUT_DIR, test } from './fixtures.ts';

const PDF = join(OUT_DIR, 'handout.pdf');
const run = (tool: string, ...args: string[]) =>
  execFileSync(tool, [...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
/** Text without any whitespace, so line breaks inside a heading or caption do not matter. */
const squash = (text: string) => text.replace(/\s+/g, '').replace(/\u00ad/g, '');

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
    expect(pageCount()).toBeLessThanOrEqual(120);
    expect(field('Title')).toContain('Verteilte Softwaresysteme');
    expect(field('Author')).toContain('Bjarne Zaremba');
    expect(field('Author')).toContain('Danny Meihöfer');
    expect(readFileSync(PDF).toString('latin1')).toMatch(/\/Lang\s*\(de(-DE)?\)/);
  });

  test('Lesezeichen (Outline) für die Teile des Kapitels', () => {
    const xml = run('pdftohtml', '-xml', '-i', '-q', '-stdout', PDF);
    const items = [...xml.matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map(([, text]) => text ?? '');
    expect(items.length).toBeGreaterThan(50);
    for (const part of ['Inhalt', 'Anhang A: Verständnisfragen mit Musterantworten', 'Anhang C: Quellen'])
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
    },
  );
});
