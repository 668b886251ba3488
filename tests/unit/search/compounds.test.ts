import { describe, expect, it } from 'vitest';
import {
  hyphenateCompounds,
  joinCompounds,
  lexiconOf,
  splitCompound,
  splitQuery,
} from '../../../src/lib/search/compounds.ts';

const words = lexiconOf(
  'Last Verteilung Cache Verdrängung Strategie Netz Overlay Video Web Server Daten Banken',
);

describe('splitCompound', () => {
  it('splits a compound into words the chapter uses alone', () => {
    expect(splitCompound('Lastverteilung', words)).toEqual(['Last', 'verteilung']);
    expect(splitCompound('Webserver', words)).toEqual(['Web', 'server']);
  });

  it('allows a linking s between the parts', () => {
    expect(splitCompound('Verdrängungsstrategie', words)).toEqual(['Verdrängungs', 'strategie']);
  });

  it('splits heads recursively', () => {
    expect(splitCompound('Lastverteilungsstrategie', words)).toEqual(['Last', 'verteilungs', 'strategie']);
  });

  it('splits off an unknown tail only after a long known head', () => {
    expect(splitCompound('Videokonferenzen', words)).toEqual(['Video', 'konferenzen']);
    expect(splitCompound('Netzplan', words)).toEqual(['Netzplan']);
  });

  it('leaves words alone that are not compounds of known words', () => {
    expect(splitCompound('Verteilung', words)).toEqual(['Verteilung']);
    expect(splitCompound('Architektur', words)).toEqual(['Architektur']);
  });
});

describe('index text and excerpts', () => {
  it('hyphenates compounds for the indexer and joins them again in excerpts', () => {
    const indexed = hyphenateCompounds('Die Lastverteilung im Overlay-Netz.', words);
    expect(indexed).toBe('Die Last-verteilung im Overlay-Netz.');
    expect(joinCompounds('Die <mark>Last-verteilung</mark> im Overlay-Netz.', words)).toBe(
      'Die <mark>Lastverteilung</mark> im Overlay-Netz.',
    );
  });

  it('keeps hyphens the text itself has', () => {
    expect(joinCompounds('Cache-Verdrängung und Client-seitig', words)).toBe(
      'Cache-Verdrängung und Client-seitig',
    );
  });
});

describe('splitQuery', () => {
  it('splits compounds the chapter does not use whole, the same way as the index', () => {
    expect(splitQuery('Cacheverdrängung', words)).toBe('Cache verdrängung');
  });

  it('keeps words the chapter uses whole', () => {
    expect(splitQuery('Verteilung LRU', words)).toBe('Verteilung LRU');
  });
});
