import { describe, expect, it } from 'vitest';
import { lexiconOf } from '../../../src/lib/search/compounds.ts';
import { cleanExcerpt } from '../../../src/lib/search/excerpt.ts';
import { parseLexicon, processQuery, serializeLexicon } from '../../../src/lib/search/query.ts';
import { correctTypos } from '../../../src/lib/search/typos.ts';

const words = lexiconOf(
  'Load-Balancer Cache Verdrängungsstrategien Verdrängung Round Robin Microservices horizontale Skalierung scale out',
);
const lexicon = {
  words,
  synonyms: [
    { term: 'Load-Balancer', synonyms: ['Lastverteiler', 'LB'] },
    { term: 'Cache', synonyms: ['Puffer'] },
    { term: 'horizontale Skalierung', synonyms: ['Scale-out'] },
  ],
};

describe('processQuery', () => {
  it('replaces a synonym the chapter does not use by its term', () => {
    expect(processQuery('Lastverteiler', lexicon)).toBe('Load-Balancer');
    expect(processQuery('lb', lexicon)).toBe('Load-Balancer');
  });

  it('replaces listed phrases even when their words occur apart', () => {
    expect(processQuery('Scale-out', lexicon)).toBe('horizontale Skalierung');
  });

  it('replaces whole words only', () => {
    expect(processQuery('Pufferüberlauf', lexicon)).not.toContain('Cache');
  });

  it('corrects a one-letter typo and splits an unknown compound', () => {
    expect(processQuery('Round Robbin', lexicon)).toBe('Round robin');
    expect(processQuery('Cacheverdrängung', lexicon)).toBe('Cache verdrängung');
  });

  it('survives the trip through JSON to the browser', () => {
    const back = parseLexicon(serializeLexicon(lexicon));
    expect(processQuery('Lastverteiler', back)).toBe('Load-Balancer');
  });
});

describe('correctTypos', () => {
  it('leaves known words and prefixes of known words alone (Pagefind finds prefixes)', () => {
    expect(correctTypos('Microservices Micro', words)).toBe('Microservices Micro');
  });

  it('corrects a swapped, missing, extra or wrong letter', () => {
    expect(correctTypos('Microsevrices', words)).toBe('microservices');
    expect(correctTypos('Microservics', words)).toBe('microservices');
    expect(correctTypos('Microservicess', words)).toBe('microservices');
    expect(correctTypos('Microservixes', words)).toBe('microservices');
  });

  it('leaves words two edits away and short words unchanged', () => {
    expect(correctTypos('Mikroservixes', words)).toBe('Mikroservixes');
    expect(correctTypos('Cahe', words)).toBe('Cahe');
  });
});

describe('cleanExcerpt', () => {
  it('moves punctuation out of marks', () => {
    expect(cleanExcerpt('ohne <mark>Last.</mark> Und <mark>(LRU),</mark>')).toBe(
      'ohne <mark>Last</mark>. Und (<mark>LRU</mark>),',
    );
  });
});
