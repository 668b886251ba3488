import { readFileSync } from 'node:fs';
import { trimSvg } from '../../../src/plugins/mermaid/trim.ts';

/** Real Mermaid renders (raw, as mermaid-isomorphic returns them) kept in tests/fixtures/mermaid/. */
export type FixtureName = 'flowchart' | 'sequence';

const dir = new URL('../../fixtures/mermaid/', import.meta.url);

export function rawRender(name: FixtureName, theme: 'light' | 'dark'): string {
  return readFileSync(new URL(`${name}-${theme}.svg`, dir), 'utf8');
}

export function fixtureSource(name: FixtureName): string {
  return readFileSync(new URL(`${name}.mmd`, dir), 'utf8').replace(/\n$/, '');
}

export function trimmed(name: FixtureName, theme: 'light' | 'dark'): string {
  return trimSvg(rawRender(name, theme));
}

/** The id prefix Mermaid was given for a fixture, e.g. `mmd-12f976e9bf` (without `-light`). */
export function prefixOf(svg: string): string {
  const id = /^<svg[^>]*\sid="(mmd-[0-9a-f]+)-(?:light|dark)-0"/.exec(svg)?.[1];
  if (!id) throw new Error('fixture without an mmd- id');
  return id;
}
