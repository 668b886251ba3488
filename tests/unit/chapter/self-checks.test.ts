import { describe, expect, it } from 'vitest';
import { getChapter } from '../../../src/lib/chapter/index.ts';
import { compareQuestions, questionKey } from '../../../src/lib/chapter/question-key.ts';
import { chapterOf, page } from './helpers.ts';

const target = page('einfuehrung', '1 Einführung', '## Definition {#definition}\n', 'Einführung in X');
const sub = page('teil/client', '2 Teil', '## Was ist ein Client? {#client}\n', 'Client und Server');
const partHead = page('teil', '2 Teil', '## Überblick {#ueberblick}\n', 'Teil');

describe('self-check questions', () => {
  it('are found whatever the order of their attributes', () => {
    const chapter = chapterOf([
      target,
      page(
        'fragen',
        'Anhang',
        [
          '<SelfCheck nr={1} question="Was ist X?" href="/einfuehrung/#definition">\nA\n</SelfCheck>',
          '<SelfCheck href="/einfuehrung/#definition" question="Und Y?" nr={2}>\nB\n</SelfCheck>',
          '<SelfCheck\n  question="Und Z?"\n  href="/einfuehrung/"\n  nr={3}\n/>',
        ].join('\n\n'),
      ),
    ]);
    expect(chapter.selfChecks.map(({ nr, question, href, line }) => ({ nr, question, href, line }))).toEqual([
      { nr: 1, question: 'Was ist X?', href: '/einfuehrung/#definition', line: 5 },
      { nr: 2, question: 'Und Y?', href: '/einfuehrung/#definition', line: 9 },
      { nr: 3, question: 'Und Z?', href: '/einfuehrung/', line: 13 },
    ]);
  });

  it('get their label from the part, the page (unless it opens the part) and the heading', () => {
    const chapter = chapterOf([
      target,
      partHead,
      sub,
      page(
        'fragen',
        'Anhang',
        [
          '<SelfCheck nr={1} question="a" href="/einfuehrung/#definition" />',
          '<SelfCheck nr={2} question="b" href="/teil/client/#client" />',
          '<SelfCheck nr={3} question="c" href="/teil/#ueberblick" />',
          '<SelfCheck nr={4} question="d" href="/teil/client/" />',
        ].join('\n\n'),
      ),
    ]);
    expect(chapter.selfChecks.map((check) => check.label)).toEqual([
      '1 Einführung › Definition',
      '2 Teil › Client und Server › Was ist ein Client?',
      '2 Teil › Überblick',
      '2 Teil › Client und Server',
    ]);
  });

  it('pointing to a missing heading or page is an error with file and line', () => {
    const fragen = (href: string) =>
      page('fragen', 'Anhang', `Text\n\n<SelfCheck nr={7} question="?" href="${href}" />`);
    expect(() => chapterOf([target, fragen('/einfuehrung/#definitionen')])).toThrow(
      'content/docs/fragen.mdx:7: <SelfCheck nr={7}> zeigt auf href="/einfuehrung/#definitionen", aber dieses Ziel gibt es im Kapitel nicht.',
    );
    expect(() => chapterOf([target, fragen('/gibt-es-nicht/')])).toThrow(
      /fragen\.mdx:7: .*"\/gibt-es-nicht\/"/,
    );
  });

  it('reject a hand-typed label, a missing href and a repeated number', () => {
    expect(() =>
      chapterOf([
        target,
        page('f', 'A', '<SelfCheck nr={1} question="?" href="/einfuehrung/" where="1 Einführung" />'),
      ]),
    ).toThrow(/f\.mdx:5: <SelfCheck where="…"> gibt es nicht mehr/);
    expect(() => chapterOf([page('f', 'A', '<SelfCheck nr={1} question="?" />')])).toThrow(
      /f\.mdx:5: <SelfCheck> braucht nr=\{Zahl\}, question="…" und href="…"/,
    );
    expect(() =>
      chapterOf([
        target,
        page(
          'f',
          'A',
          '<SelfCheck nr={1} question="?" href="/einfuehrung/" />\n\n<SelfCheck nr={1} question="!" href="/einfuehrung/" />',
        ),
      ]),
    ).toThrow('content/docs/f.mdx:7: Frage 1 gibt es schon (content/docs/f.mdx:5).');
  });

  it('take a sub-letter for a question inserted after another, without renumbering the ones after it', () => {
    const chapter = chapterOf([
      target,
      page(
        'fragen',
        'Anhang',
        [
          '<SelfCheck nr={1} question="a" href="/einfuehrung/#definition" />',
          '<SelfCheck nr={1} sub="a" question="b" href="/einfuehrung/#definition" />',
          '<SelfCheck nr={2} question="c" href="/einfuehrung/" />',
        ].join('\n\n'),
      ),
    ]);
    expect(chapter.selfChecks.map(questionKey)).toEqual(['1', '1a', '2']);
    expect(chapter.selfChecks.map((check) => check.sub)).toEqual([undefined, 'a', undefined]);
  });

  it('reject a sub-letter that is not one lowercase letter, a repeated one and one without its question', () => {
    const fragen = (checks: string) => chapterOf([target, page('f', 'A', checks)]);
    expect(() => fragen('<SelfCheck nr={3} sub="A1" question="?" href="/einfuehrung/" />')).toThrow(
      'content/docs/f.mdx:5: <SelfCheck nr={3} sub="A1">: sub ist ein einzelner Kleinbuchstabe (sub="a" ergibt Frage 3a).',
    );
    expect(() => fragen('<SelfCheck nr={3} sub="a" question="?" href="/einfuehrung/" />')).toThrow(
      'content/docs/f.mdx:5: Frage 3a braucht davor Frage 3.',
    );
    expect(() =>
      fragen(
        [
          '<SelfCheck nr={3} question="?" href="/einfuehrung/" />',
          '<SelfCheck nr={3} sub="a" question="?" href="/einfuehrung/" />',
          '<SelfCheck nr={3} sub="a" question="!" href="/einfuehrung/" />',
        ].join('\n\n'),
      ),
    ).toThrow('content/docs/f.mdx:9: Frage 3a gibt es schon (content/docs/f.mdx:7).');
  });

  it("cover the 23 questions of the deck and number the pages' self-checks on in reading order, each with a label that ends in its heading", () => {
    const chapter = getChapter();
    const deck = chapter.selfChecks.filter((check) => check.slug === 'verstaendnisfragen');
    expect(deck.map((check) => check.nr)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    // The self-checks at the end of the chapter pages (issue 13) continue the numbering: 24, 25, …
    const pages = chapter.selfChecks.filter((check) => check.slug !== 'verstaendnisfragen');
    expect(pages.length).toBeGreaterThan(0);
    // A question inserted later takes a letter after the one it follows (26a) so that no number
    // after it, and no locked link #frage-N, moves; the plain numbers still run on without gaps.
    const plain = pages.filter((check) => !check.sub);
    expect(plain.map((check) => check.nr)).toEqual(Array.from({ length: plain.length }, (_, i) => i + 24));
    expect(pages.map(questionKey)).toEqual([...pages].sort(compareQuestions).map(questionKey));
    for (const check of pages.filter((candidate) => candidate.sub)) {
      const letters = pages.filter((other) => other.nr === check.nr && other.sub).map((other) => other.sub);
      expect(letters, `Frage ${questionKey(check)}`).toEqual(
        Array.from({ length: letters.length }, (_, i) => String.fromCharCode(97 + i)),
      );
    }
    for (const check of chapter.selfChecks) {
      const [path = '', hash = ''] = check.href.split('#');
      const heading = chapter.pages.find((p) => p.path === path)?.headings.find((h) => h.id === hash);
      expect(check.label.endsWith(` › ${heading?.text}`), check.label).toBe(true);
    }
  });
});
