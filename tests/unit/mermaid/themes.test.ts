import { describe, expect, it } from 'vitest';
import { mergeThemes } from '../../../src/plugins/mermaid/themes.ts';
import { prefixOf, trimmed, type FixtureName } from './fixtures.ts';

/** The merged SVG as one theme sees it: variables replaced by that theme's values. */
function resolve(svg: string, theme: 'light' | 'dark'): string {
  const block = /#([\w-]+)\{([^}]*)\}@media screen\{:root\[data-theme=dark\] #\1\{([^}]*)\}\}/.exec(svg);
  if (!block) throw new Error('no variable block');
  const values = new Map(
    (theme === 'light' ? block[2] : block[3])!
      .split(';')
      .map((pair) => pair.split(/:(.*)/s).slice(0, 2) as [string, string]),
  );
  return svg
    .replace(block[0], '')
    .replace(/var\((-\\-mmd-\d+)\)/g, (_all, name: string) => values.get(name) ?? '?');
}

function merge(name: FixtureName) {
  const light = trimmed(name, 'light');
  const dark = trimmed(name, 'dark');
  const prefix = prefixOf(light);
  const ids = { light: `${prefix}-light`, dark: `${prefix}-dark`, id: prefix };
  return { light, dark, prefix, result: mergeThemes(light, dark, ids) };
}

describe('mergeThemes on real Mermaid renders', () => {
  for (const name of ['flowchart', 'sequence'] as const) {
    it(`${name}: one SVG that is exactly the light render in light and the dark render in dark`, () => {
      const { light, dark, prefix, result } = merge(name);
      if (!result.ok) throw new Error(result.reason);
      expect(result.colours).toBeGreaterThan(3);
      expect(resolve(result.svg, 'light')).toBe(light.split(`${prefix}-light`).join(prefix));
      expect(resolve(result.svg, 'dark')).toBe(dark.split(`${prefix}-dark`).join(prefix));
    });

    it(`${name}: the variables hang on the SVG's root id; the dark values apply on screen only`, () => {
      const { prefix, result } = merge(name);
      if (!result.ok) throw new Error(result.reason);
      const root = /^<svg[^>]*\sid="([^"]+)"/.exec(result.svg)?.[1];
      expect(root).toBe(`${prefix}-0`);
      expect(result.svg).toContain(`<style>#${root}{-\\-mmd-0:`);
      expect(result.svg).toContain(`@media screen{:root[data-theme=dark] #${root}{-\\-mmd-0:`);
      expect(result.svg).not.toMatch(/-light|-dark/);
    });
  }
});

describe('mergeThemes refuses what variables cannot express', () => {
  const ids = { light: 'a-l', dark: 'a-d', id: 'a' };
  it('different structure (an element only in one theme), naming the spot', () => {
    const result = mergeThemes(
      '<svg id="a-l"><style>#a-l{fill:#333}</style><g/></svg>',
      '<svg id="a-d"><style>#a-d{fill:#ccc}</style><g/><filter id="f"/></svg>',
      ids,
    );
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/nicht nur in Farben/) });
  });
  it('a differing colour in a presentation attribute', () => {
    const result = mergeThemes(
      '<svg id="a-l"><style>#a-l{fill:#333}</style><rect fill="#fff"/></svg>',
      '<svg id="a-d"><style>#a-d{fill:#ccc}</style><rect fill="#000"/></svg>',
      ids,
    );
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/SVG-Attribut/) });
  });
  it('names a colour pair once, and leaves colours alone that both themes share', () => {
    const result = mergeThemes(
      '<svg id="a-l"><style>#a-l .x{fill:#333;stroke:#333;color:red}</style></svg>',
      '<svg id="a-d"><style>#a-d .x{fill:#ccc;stroke:#ccc;color:red}</style></svg>',
      ids,
    );
    expect(result).toEqual({
      ok: true,
      colours: 1,
      svg: '<svg id="a"><style>#a{-\\-mmd-0:#333;}@media screen{:root[data-theme=dark] #a{-\\-mmd-0:#ccc;}}#a .x{fill:var(-\\-mmd-0);stroke:var(-\\-mmd-0);color:red}</style></svg>',
    });
  });
  it('does not take words for colours (white-space, a label saying "grey")', () => {
    const result = mergeThemes(
      '<svg id="a-l"><style>#a-l p{white-space:nowrap;fill:#333}</style><text>grey</text></svg>',
      '<svg id="a-d"><style>#a-d p{white-space:nowrap;fill:#ccc}</style><text>grey</text></svg>',
      ids,
    );
    expect(result.ok && result.svg).toContain('white-space:nowrap;fill:var(-\\-mmd-0)');
  });
});
