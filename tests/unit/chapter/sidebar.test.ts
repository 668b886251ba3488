import { describe, expect, it } from 'vitest';
import { toSidebar } from '../../../src/lib/chapter/sidebar.ts';

describe('toSidebar', () => {
  it('turns one-page groups into links and other groups into lists', () => {
    expect(
      toSidebar(
        [
          { label: 'Start', pages: [''] },
          { label: '2 Teil', pages: ['teil', 'teil/a'] },
        ],
        [],
      ),
    ).toEqual([
      { label: 'Start', slug: 'index' },
      { label: '2 Teil', items: [{ slug: 'teil' }, { slug: 'teil/a' }] },
    ]);
  });

  it('puts the pages outside the reading order after the chapter', () => {
    expect(
      toSidebar(
        [{ label: '1 Einführung', pages: ['einfuehrung'] }],
        [{ label: 'Für Lehrende', slug: 'fuer-lehrende' }],
      ),
    ).toEqual([
      { label: '1 Einführung', slug: 'einfuehrung' },
      { label: 'Für Lehrende', slug: 'fuer-lehrende' },
    ]);
  });
});
