import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mermaidPlugin, topDown } from '../../../src/plugins/mermaid/satteri-mermaid.ts';
import { DiagramStore, storeKey } from '../../../src/plugins/mermaid/store.ts';
import { fixtureSource, rawRender } from './fixtures.ts';
import { trimSvg } from '../../../src/plugins/mermaid/trim.ts';

const STORE = Symbol.for('verteilte-softwaresysteme.mermaid-store');
const holder = globalThis as { [STORE]?: DiagramStore };
const FILE = new URL('file:///kurs/content/docs/seite.mdx');

function compile(diagram: string) {
  const page = `---\ntitle: T\n---\n\nText.\n\n\`\`\`mermaid\n${diagram}\n\`\`\`\n`;
  return mdxToJs(page, { mdastPlugins: [mermaidPlugin()], fileURL: FILE });
}

let store: DiagramStore;
beforeEach(() => {
  store = new DiagramStore(mkdtempSync(join(tmpdir(), 'mermaid-store-')));
  holder[STORE] = store;
  // No browser on this "machine".
  vi.stubEnv('CHROMIUM_PATH', '/gibt/es/nicht');
  vi.stubEnv('CI', '');
});
afterEach(() => {
  delete holder[STORE];
  vi.unstubAllEnvs();
});

describe('mermaid plugin without a browser', () => {
  it('builds a diagram from the store alone: one SVG, no Chromium needed', async () => {
    const source = fixtureSource('sequence');
    for (const theme of ['light', 'dark'] as const)
      store.write(storeKey(source, theme), trimSvg(rawRender('sequence', theme)));
    const { code } = await compile(source);
    // The MDX module builds the SVG as JSX.
    expect(code.match(/_jsxs?\("svg"/g)).toHaveLength(1);
    expect(code).toContain('Ablauf einer Multi-Page Application');
  });

  it('stops at a diagram missing from the store, naming file:line and how to install Chromium', async () => {
    await expect(
      compile('flowchart LR\n  accTitle: Neu\n  accDescr: Ein neues Diagramm.\n  A --> B'),
    ).rejects.toThrow(
      /\/kurs\/content\/docs\/seite\.mdx:7: .*noch nicht gezeichnet.*sudo apt-get install -y chromium-headless-shell/,
    );
  });

  it('under CI=true, a missing entry asks for the commit instead of rendering', async () => {
    vi.stubEnv('CI', 'true');
    await expect(
      compile('flowchart LR\n  accTitle: Neu\n  accDescr: Ein neues Diagramm.\n  A --> B'),
    ).rejects.toThrow(/seite\.mdx:7: .*fehlt im Diagrammspeicher.*committen/);
  });

  it('still demands accTitle and accDescr, with file:line', async () => {
    await expect(compile('flowchart LR\n  A --> B')).rejects.toThrow(
      /seite\.mdx:7: Mermaid-Diagramm ohne accTitle und accDescr/,
    );
  });
});

describe('topDown', () => {
  it('knows a flowchart drawn top-down (its root in the middle) from one drawn sideways', () => {
    for (const source of [
      'flowchart TB\n  A --> B',
      'flowchart TD',
      'graph BT;',
      'accTitle: x\nflowchart\n  A',
    ]) {
      expect(topDown(source), source).toBe(true);
    }
    for (const source of [
      'flowchart LR\n  A --> B',
      'graph RL',
      'sequenceDiagram\n  A ->> B: flowchart TB',
    ]) {
      expect(topDown(source), source).toBe(false);
    }
  });
});
