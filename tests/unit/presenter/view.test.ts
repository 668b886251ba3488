// The presenter view's addresses and its still copies of slides (src/lib/presenter/view.ts).
import { describe, expect, it } from 'vitest';
import { audienceHref, isPresenterView, presenterHref, renameIds } from '../../../src/lib/presenter/view.ts';

describe('addresses', () => {
  it('turn a deck address into its presenter view and back, keeping lab settings and slide', () => {
    expect(isPresenterView('?ansicht=referent&c.preset=belady')).toBe(true);
    expect(isPresenterView('?ansicht=publikum')).toBe(false);
    expect(isPresenterView('')).toBe(false);
    const presenter = presenterHref('/se/vortrag/kapitel/', '?c.size=8&lb-weights=4,1,1', '#lru');
    expect(presenter).toBe('/se/vortrag/kapitel/?ansicht=referent&c.size=8&lb-weights=4,1,1#lru');
    expect(isPresenterView(new URL(presenter, 'http://x').search)).toBe(true);
    expect(audienceHref('/se/vortrag/kapitel/', '?ansicht=referent&c.size=8', '#lru')).toBe(
      '/se/vortrag/kapitel/?c.size=8#lru',
    );
    expect(presenterHref('/vortrag/', '?ansicht=referent', '')).toBe('/vortrag/?ansicht=referent');
    expect(audienceHref('/vortrag/', '?ansicht=referent', '')).toBe('/vortrag/');
  });
});

describe('renameIds', () => {
  it('renames ids with every reference to them, longest first and only at boundaries', () => {
    const svg =
      '<svg id="m" aria-labelledby="t m_d"><title id="t">T</title><style>#m .a{fill:red}#m_e{}</style>' +
      '<marker id="m_e"/><path marker-end="url(#m_e)"/><a href="#t">x</a><p>m t</p></svg>';
    expect(renameIds(svg, ['m', 't', 'm_e'], 'v')).toBe(
      '<svg id="m--v" aria-labelledby="t--v m_d"><title id="t--v">T</title><style>#m--v .a{fill:red}#m_e--v{}</style>' +
        '<marker id="m_e--v"/><path marker-end="url(#m_e--v)"/><a href="#t--v">x</a><p>m t</p></svg>',
    );
  });
});
