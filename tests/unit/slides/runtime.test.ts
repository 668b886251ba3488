import { describe, expect, it } from 'vitest';
import { deckAction, KEY_HELP, KEY_MAP, keyAction } from '../../../src/lib/slides/runtime/keys.ts';
import { bestFit, fitZoom, MIN_FIT } from '../../../src/lib/slides/runtime/fit.ts';
import { firstSentenceEnd } from '../../../src/lib/slides/sentences.ts';
import { chapterDeckPages, deckPath, pageOfDeck } from '../../../src/lib/slides/decks.ts';
import { PAGE_ORDER } from '../../../src/lib/chapter/order.ts';

describe('deck keys', () => {
  it('turns slides with arrows, space and a presenter remote’s PageUp/PageDown', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((key) => deckAction({ key }))).toEqual([
      'next',
      'next',
      'next',
    ]);
    expect(['ArrowLeft', 'PageUp'].map((key) => deckAction({ key }))).toEqual(['prev', 'prev']);
    expect(deckAction({ key: ' ', shiftKey: true })).toBe('prev');
    expect([deckAction({ key: 'Home' }), deckAction({ key: 'End' })]).toEqual(['first', 'last']);
    expect(['f', 'b', 'o', '?'].map((key) => deckAction({ key }))).toEqual([
      'fullscreen',
      'black',
      'overview',
      'help',
    ]);
  });
  it('lists every key it handles in the help dialog, P for the presenter view too', () => {
    const named = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End'];
    const others = ['Escape', 'Enter', 'Tab', 'Backspace', 'Delete', 'Insert', 'Spacebar', 'F1', 'F5', 'F11'];
    const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    const handled = new Map<string, string[]>();
    for (const key of [...named, ...others, ...printable, 'ä', 'ß'])
      for (const shiftKey of [false, true]) {
        const action = keyAction({ key, shiftKey });
        if (action) handled.set(action, [...(handled.get(action) ?? []), key]);
      }
    // Each handled action has its row in the help, each row is some key's action, and the labels
    // name the keys (a letter key by its capital, Space by its German name).
    expect([...handled.keys()].sort()).toEqual(KEY_MAP.map(({ action }) => action).sort());
    for (const [action, keys] of handled) {
      const row = KEY_HELP[KEY_MAP.findIndex((entry) => entry.action === action)]!;
      for (const key of keys.filter((k) => /^[a-z?.]$/i.test(k)))
        expect(row.keys, `${action}: ${key}`).toContain(key.toUpperCase());
    }
    expect(handled.get('presenter')).toEqual(['P', 'P', 'p', 'p'].sort());
    expect(deckAction({ key: 'p' })).toBeUndefined(); // the presenter mode opens its window itself
  });
  it('leaves browser shortcuts alone', () => {
    expect(deckAction({ key: 'f', ctrlKey: true })).toBeUndefined();
    expect(deckAction({ key: 'ArrowRight', altKey: true })).toBeUndefined();
    expect(deckAction({ key: 'x' })).toBeUndefined();
  });
});

describe('fitting a lab onto its slide', () => {
  it('zooms content down to fit, never below MIN_FIT', () => {
    expect(fitZoom(300, 400)).toBe(1);
    expect(fitZoom(800, 500)).toBe(0.625);
    expect(fitZoom(4000, 400)).toBe(MIN_FIT);
  });
  it('lays content out wider when that lets it be larger', () => {
    const fit = bestFit([500, 420, 400, 400], 333);
    expect(fit.scroll).toBe(false);
    expect(fit.factor).toBe(1.25);
    expect(fit.zoom).toBeCloseTo(333 / 420, 2);
  });
  it('scrolls the shortest layout at MIN_FIT when nothing fits', () => {
    const fit = bestFit([1381, 1200, 1070, 1000], 333);
    expect(fit).toEqual({ factor: 1 / MIN_FIT, zoom: MIN_FIT, scroll: true });
  });
});

describe('first sentence', () => {
  it('skips abbreviations and ordinal numbers', () => {
    const text = 'Caching (dt. Zwischenspeichern) ist z. B. am 2. Tag schnell. Danach mehr.';
    expect(text.slice(0, firstSentenceEnd(text))).toBe(
      'Caching (dt. Zwischenspeichern) ist z. B. am 2. Tag schnell.',
    );
    expect(firstSentenceEnd('Ein Satz ohne Ende')).toBe(18);
  });
  it('skips initials and the abbreviations of citations (review L7-5)', () => {
    const cases = [
      'OPT (auch MIN) stammt von L. A. Belady (A Study of Replacement Algorithms, 1966).',
      'Das zeigen Mattson et al. 1970 und Nishtala et al. In Abschnitt 3 steht mehr.',
      'Siehe Nr. 5 bzw. S. 12 usw. für Details.',
      'Ein Cache, z. B. Redis, bzw. Memcached, hilft.',
      'Prof. Dr. Tanenbaum und Hrsg. Steen schreiben vs. Coulouris.',
    ];
    expect(cases.map((text) => firstSentenceEnd(text))).toEqual(cases.map((text) => text.length));
    const two = 'Das stammt von L. A. Belady. Er schrieb 1966.';
    expect(two.slice(0, firstSentenceEnd(two))).toBe('Das stammt von L. A. Belady.');
  });
});

describe('deck addresses', () => {
  it('mirrors every chapter page under /vortrag/', () => {
    for (const slug of PAGE_ORDER) expect(pageOfDeck(deckPath(slug))).toBe(slug);
    expect(deckPath('systemdesign/caching')).toBe('/vortrag/systemdesign/caching/');
    expect(deckPath('')).toBe('/vortrag/');
  });
  it('leaves the appendix out of the whole chapter’s deck', () => {
    expect(chapterDeckPages()).toContain('systemdesign/caching');
    expect(chapterDeckPages()).not.toContain('glossar');
    expect(chapterDeckPages()[0]).toBe('');
  });
});
