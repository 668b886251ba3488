import { describe, expect, it } from 'vitest';
import { extractAnswers, solutionId } from '../../../src/lib/print/answers.ts';
import { handoutParts, partId, printLabels, rewritePart } from '../../../src/lib/print/handout.ts';
import { hyphenateHtml } from '../../../src/lib/print/hyphenate.ts';
import {
  breakableUrl,
  numberReferences,
  printUrls,
  referenceList,
} from '../../../src/lib/print/references.ts';
import { runningHeaders } from '../../../src/lib/print/running-headers.ts';

const SHY = '\u00ad';

describe('hyphenateHtml', () => {
  it('puts soft hyphens into long German words of the text', () => {
    const html = hyphenateHtml('<p>Die Verdrängungsstrategien</p>');
    expect(html).toContain(SHY);
    expect(html.replace(new RegExp(SHY, 'g'), '')).toBe('<p>Die Verdrängungsstrategien</p>');
  });

  it('leaves tags, attributes, headings, code, SVG and printed URLs alone', () => {
    const html =
      '<h2 id="verdraengungsstrategien">Verdrängungsstrategien</h2><code>Lastverteilungsalgorithmus</code>' +
      '<a href="https://example.org/verdraengungsstrategien" class="print-url">Verdrängungsstrategien</a>' +
      '<svg><text>Lastverteilungsalgorithmus</text></svg>';
    expect(hyphenateHtml(html)).toBe(html);
  });

  it('keeps table headers and names with capitals inside whole', () => {
    const html = '<table><tr><th>Konfiguration</th></tr><tr><td>HAProxy RabbitMQ</td></tr></table>';
    expect(hyphenateHtml(html)).toBe(html);
    expect(hyphenateHtml('<td>Konfiguration</td>')).toContain(SHY);
  });

  it('hyphenates again after a skipped element closes', () => {
    expect(hyphenateHtml('<p><code>x</code> Lastverteilungsalgorithmus</p>')).toContain(SHY);
  });
});

describe('references', () => {
  it('breaks URLs only after slashes and before punctuation', () => {
    const html = breakableUrl('https://a.org/x-y?z=1&b');
    expect(html.replace(/<wbr>/g, '')).toBe('https://a.org/x-y?z=1&amp;b');
    expect(html).toContain('a<wbr>.org/<wbr>x<wbr>-y<wbr>?z<wbr>=1<wbr>&amp;b');
    expect(html).not.toMatch(/https:<wbr>/);
  });

  it('numbers each distinct external address once, skips print-no-href links', () => {
    const { html, references } = numberReferences(
      '<a href="https://a.org/">A</a> <a href="https://b.org/">B</a> <a href="https://a.org/">A2</a>' +
        '<a class="print-no-href" href="https://site.example/">S</a><a href="#x">intern</a>',
      'teil-x',
    );
    expect(references.map(({ n, url }) => `${n} ${url}`)).toEqual(['1 https://a.org/', '2 https://b.org/']);
    expect(html.match(/class="print-ref/g)).toHaveLength(3);
    expect(html).toContain(
      '<a href="https://b.org/">B</a><sup class="print-ref print-only"><a href="#teil-x-ref-2"',
    );
    expect(html).toContain('href="https://site.example/">S</a><a');
  });

  it('lists the references with their anchors, and nothing when there are none', () => {
    const list = referenceList([{ n: 1, url: 'https://a.org/x', id: 'teil-x-ref-1' }]);
    expect(list).toContain('<li id="teil-x-ref-1"><span class="ref-n">[1]</span>');
    expect(list).toContain('href="https://a.org/x"');
    expect(referenceList([])).toBe('');
  });

  it('prints each source address once after its entry', () => {
    expect(printUrls('<a href="https://a.org/x">A</a>')).toBe(
      '<a href="https://a.org/x">A</a><span class="print-url print-only"> https://a<wbr>.org/<wbr>x</span>',
    );
  });
});

describe('extractAnswers', () => {
  const question = (nr: number, answer: string) =>
    `<section class="self-check" id="frage-${nr}"><h2>F</h2>` +
    `<details class="self-check-answer" data-answer-of="${nr}" data-astro-cid-1><summary>Musterantwort anzeigen</summary>` +
    `<div class="self-check-body" data-astro-cid-1><p>${answer}</p><div>inner</div></div></details></section>`;

  it('moves every answer out and leaves a pointer to the solution', () => {
    const { html, answers } = extractAnswers(question(1, 'Antwort eins') + question(2, 'Antwort zwei'));
    expect(answers).toEqual([
      { nr: 1, html: '<p>Antwort eins</p><div>inner</div>' },
      { nr: 2, html: '<p>Antwort zwei</p><div>inner</div>' },
    ]);
    expect(html).not.toContain('Antwort');
    expect(html).not.toContain('<details');
    expect(html).toContain(`href="#${solutionId(2)}"`);
  });

  it('keeps the letter of a sub-question (26a) for its answer and its pointer', () => {
    const { html, answers } = extractAnswers(
      question(26, 'Antwort 26').replace(/"26"/g, '"26a"').replace('frage-26', 'frage-26a'),
    );
    expect(answers).toEqual([{ nr: 26, sub: 'a', html: '<p>Antwort 26</p><div>inner</div>' }]);
    expect(html).toContain('href="#loesung-26a"');
  });
});

describe('printLabels and rewritePart', () => {
  const parts = handoutParts(
    new Map([
      ['einfuehrung', 'Einführung'],
      ['systemdesign', 'Systemdesign'],
      ['systemdesign/caching', 'Caching'],
      ['quellen', 'Quellen'],
    ]),
    [
      { label: '1 Einführung', pages: ['einfuehrung'] },
      { label: '3 Systemdesign', pages: ['systemdesign', 'systemdesign/caching'] },
      { label: 'Anhang', pages: ['quellen'] },
    ],
  );
  const headingIds = new Map([
    ['einfuehrung', new Set(['definition'])],
    ['systemdesign', new Set<string>()],
    ['systemdesign/caching', new Set(['strategien'])],
    ['quellen', new Set<string>()],
  ]);
  const labels = printLabels(parts, headingIds, [{ id: 'abb-x', number: 12 }], [4]);

  it('names parts by number, the appendix by letter, figures and questions by number', () => {
    expect(labels.get(partId('systemdesign/caching'))).toBe('Abschnitt 3.1');
    expect(labels.get('systemdesign-caching--strategien')).toBe('Abschnitt 3.1');
    expect(labels.get('einfuehrung--definition')).toBe('Abschnitt 1');
    expect(labels.get(partId('quellen'))).toMatch(/^Anhang [A-Z]$/);
    expect(labels.get('abb-x')).toBe('Abb. 12');
    expect(labels.get('frage-4')).toBe('Frage 4');
  });

  it('writes the label onto links to other parts and drops it for the same part', () => {
    const html =
      '<a href="/systemdesign/caching/#strategien" data-print-target="Caching › Strategien">s</a>' +
      '<a href="#definition" data-print-target="Abschnitt „Definition“">d</a>';
    const out = rewritePart(html, { slug: 'einfuehrung', shift: 1, headingIds, base: '/', labels });
    expect(out).toBe(
      '<a href="#systemdesign-caching--strategien" data-print-target="Abschnitt 3.1">s</a>' +
        '<a href="#einfuehrung--definition">d</a>',
    );
  });

  it('drops the label of a link whose text already names its target: "Frage 4 (→ S. 9)"', () => {
    const html = '<a href="#frage-4">Frage 4</a> <a href="#frage-4">die vierte</a>';
    const out = rewritePart(html, { slug: 'einfuehrung', shift: 1, headingIds, base: '/', labels });
    expect(out).toBe(
      '<a href="#frage-4">Frage 4</a> <a data-print-target="Frage 4" href="#frage-4">die vierte</a>',
    );
  });
});

describe('runningHeaders', () => {
  it('gives each top-level part a named page with its title; sub-parts share it', () => {
    const { pageName, css } = runningHeaders([
      { id: 'a', heading: '3 Systemdesign', level: 2 },
      { id: 'b', heading: '3.1 Caching', level: 3 },
      { id: 'c', heading: 'Anhang "D"', level: 2 },
    ]);
    expect(pageName.get('a')).toBe(pageName.get('b'));
    expect(pageName.get('c')).not.toBe(pageName.get('a'));
    expect(css).toContain(`@page ${pageName.get('a')} { @top-left { content: "3 Systemdesign";`);
    expect(css).toContain('content: "Anhang \\"D\\"";');
    expect(css).toContain('counter(page) " von " counter(pages)');
  });
});
