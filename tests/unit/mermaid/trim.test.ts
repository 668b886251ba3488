import { describe, expect, it } from 'vitest';
import { trimStyle, trimSvg } from '../../../src/plugins/mermaid/trim.ts';
import { rawRender, trimmed, type FixtureName } from './fixtures.ts';

const FIXTURES: FixtureName[] = ['flowchart', 'sequence'];
const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;
const styleOf = (svg: string) => /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';

describe('trimStyle', () => {
  it('drops rules whose classes, elements or attribute values the SVG does not have', () => {
    const css =
      '#d{fill:#333}#d .node rect{fill:red}#d .cluster rect{fill:blue}#d div.tip{x:y}#d [data-look="neo"].node{a:b}';
    expect(trimStyle(css, '<svg><g class="node" data-look="classic"><rect/></g></svg>')).toBe(
      '#d{fill:#333}#d .node rect{fill:red}',
    );
  });
  it('keeps a selector list when one of its selectors may match, and only that one', () => {
    expect(trimStyle('#d .a text,#d .b text{fill:red}', '<g class="b"><text/></g>')).toBe(
      '#d .b text{fill:red}',
    );
  });
  it('keeps what it cannot reason about (:not) and keyframes only while a kept rule animates them', () => {
    const css = '#d :not(.x){a:b}@keyframes dash{to{c:d}}@keyframes spin{to{e:f}}#d .e{animation:dash 1s}';
    expect(trimStyle(css, '<g class="e"/>')).toBe(
      '#d :not(.x){a:b}@keyframes dash{to{c:d}}#d .e{animation:dash 1s}',
    );
  });
  it('leaves a repeated root font list to inheritance and drops quotes the typographer would curl', () => {
    expect(
      trimStyle(
        '#d{font-family:"Segoe UI",Arial;fill:#333}#d .label{font-family:"Segoe UI",Arial;color:red}',
        '<g class="label"/>',
      ),
    ).toBe('#d{font-family:Segoe UI,Arial;fill:#333}#d .label{color:red}');
    expect(trimStyle('#d [id$="-arrowhead"] path{fill:red}', '<path/>')).toBe(
      '#d [id$=-arrowhead] path{fill:red}',
    );
  });
});

describe('trimSvg on real Mermaid renders', () => {
  for (const name of FIXTURES) {
    for (const theme of ['light', 'dark'] as const) {
      const raw = rawRender(name, theme);
      const svg = trimmed(name, theme);

      it(`${name}/${theme}: keeps every drawn element and its text`, () => {
        const drawn = (s: string) =>
          s
            .replace(/<(marker|symbol|filter|linearGradient)\b[\s\S]*?<\/\1>/g, '')
            .replace(/<style>[\s\S]*?<\/style>/, '');
        for (const tag of [
          /<path\b/g,
          /<rect\b/g,
          /<text\b/g,
          /<tspan\b/g,
          /<line\b/g,
          /<polygon\b/g,
          /<foreignObject\b/g,
        ])
          expect(count(drawn(svg), tag), String(tag)).toBe(count(drawn(raw), tag));
        const text = (s: string) => s.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, '');
        expect(text(svg)).toBe(text(raw).replace(/\s+$/, ''));
      });

      it(`${name}/${theme}: every reference still resolves, nothing unreferenced is left`, () => {
        const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id));
        for (const [, id] of svg.matchAll(/(?:url\(#|href="#)([^)"]+)/g)) expect(ids.has(id), id).toBe(true);
        for (const [, kind, id] of svg.matchAll(
          /<(marker|symbol|filter|linearGradient)\b[^>]*\sid="([^"]+)"/g,
        ))
          expect(svg.includes(`#${id}`), `${kind} ${id}`).toBe(true);
      });

      it(`${name}/${theme}: drops the unused style rules, edge data, font repeats and quotes`, () => {
        expect(styleOf(svg)).not.toContain('data-look');
        expect(styleOf(svg)).not.toContain('"');
        expect(svg).not.toContain('data-points=');
        expect(count(svg, /font-family/g)).toBe(1);
        expect(count(styleOf(svg), /\{/g)).toBeLessThan(count(styleOf(raw), /\{/g) / 2);
        expect(svg.length).toBeLessThan(raw.length * 0.6);
      });

      it(`${name}/${theme}: is idempotent`, () => {
        expect(trimSvg(svg)).toBe(svg);
      });
    }
  }

  it('removes arrow markers and icon symbols nothing points at', () => {
    expect(rawRender('sequence', 'light')).toMatch(/<symbol[^>]*id="[^"]*-computer"/);
    expect(trimmed('sequence', 'light')).not.toContain('-computer"');
    expect(count(rawRender('flowchart', 'light'), /<marker\b/g)).toBeGreaterThan(
      count(trimmed('flowchart', 'light'), /<marker\b/g),
    );
  });
});
