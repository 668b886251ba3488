import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagramStore, STORE_PATH, storeKey } from '../../../src/plugins/mermaid/store.ts';
import { diagramHtml } from '../../../src/plugins/mermaid/diagram-html.ts';
import { trimSvg } from '../../../src/plugins/mermaid/trim.ts';

describe('storeKey', () => {
  it('is 16 hex digits, the same for the same diagram and theme, different otherwise', () => {
    const key = storeKey('flowchart LR\n  A --> B', 'light');
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(storeKey('flowchart LR\n  A --> B', 'light')).toBe(key);
    expect(storeKey('flowchart LR\n  A --> B', 'dark')).not.toBe(key);
    expect(storeKey('flowchart LR\n  A --> C', 'light')).not.toBe(key);
  });
});

describe('DiagramStore', () => {
  it('reads what it wrote, and names the entries this build did not use as stale', () => {
    const store = new DiagramStore(mkdtempSync(join(tmpdir(), 'mermaid-store-')));
    store.write('aaaa', '<svg id="a"/>');
    store.write('bbbb', '<svg id="b"/>');
    const next = new DiagramStore(store.dir);
    expect(next.read('aaaa')).toBe('<svg id="a"/>\n');
    expect(next.read('cccc')).toBeUndefined();
    expect(next.stale()).toEqual(['bbbb']);
    next.remove(next.stale());
    expect(readdirSync(store.dir)).toEqual(['aaaa.svg']);
  });
  it('cannot tell whether an entry is committed outside a git checkout', () => {
    const store = new DiagramStore(mkdtempSync(join(tmpdir(), 'mermaid-store-')));
    store.write('aaaa', '<svg/>');
    expect(store.committed('aaaa')).toBeUndefined();
  });
  it('knows which entries of the project store git tracks', () => {
    const store = new DiagramStore();
    const [first] = readdirSync(store.dir);
    expect(store.committed(first!.replace(/\.svg$/, ''))).toBe(true);
    expect(store.committed('0000000000000000')).toBe(false);
  });
});

// The committed store itself: every diagram has a light and a dark entry, each as the current
// trimmer leaves it, and the two merge into one SVG. If Mermaid ever renders a diagram whose themes
// differ in more than colours, this fails and names it (the build then ships two SVGs for it).
describe(`the committed store (${STORE_PATH}/)`, () => {
  const store = new DiagramStore();
  const entries = readdirSync(store.dir)
    .filter((name) => name.endsWith('.svg'))
    .map((name) => readFileSync(join(store.dir, name), 'utf8').trimEnd());
  const byDiagram = new Map<string, { light?: string; dark?: string }>();
  for (const svg of entries) {
    const [, prefix, theme] = /^<svg[^>]*\sid="(mmd-[0-9a-f]+)-(light|dark)-0"/.exec(svg) ?? [];
    expect(prefix, svg.slice(0, 120)).toBeDefined();
    const pair = byDiagram.get(prefix!) ?? {};
    pair[theme as 'light' | 'dark'] = svg;
    byDiagram.set(prefix!, pair);
  }

  it('holds the chapter’s diagrams, each in both themes, each trimmed', () => {
    expect(byDiagram.size).toBeGreaterThanOrEqual(30);
    for (const [prefix, pair] of byDiagram) {
      expect(pair.light, `${prefix} hell`).toBeDefined();
      expect(pair.dark, `${prefix} dunkel`).toBeDefined();
    }
    for (const svg of entries) expect(trimSvg(svg)).toBe(svg);
  });

  it('gives one SVG per diagram: light and dark differ only in colours', () => {
    const split = [...byDiagram].flatMap(([prefix, { light, dark }]) => {
      const html = diagramHtml(light!, dark!, prefix);
      return html.merged ? [] : [`${prefix}: ${html.reason}`];
    });
    expect(split).toEqual([]);
  });
});
