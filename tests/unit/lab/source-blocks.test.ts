// The source panel's blocks (src/components/lab/sourceBlocks.ts): LabSources' HTML split into its
// blocks by id, the fetched source file read back (and refused when it is anything else), and the
// stylesheet that only the first block links.
import { describe, expect, it } from 'vitest';
import {
  parseSourceBlocks,
  splitSourceBlocks,
  stylesheetLinks,
} from '../../../src/components/lab/sourceBlocks.ts';

const first =
  '<div data-lab-source="lru"><div class="expressive-code"><link rel="stylesheet" href="/_astro/ec.css">' +
  '<script type="module" src="/_astro/ec.js"></script><pre>const a = 1 &lt; 2;</pre></div></div>';
const second = '<div data-lab-source="fifo" hidden><pre>x</pre></div>';

describe('source blocks', () => {
  it('splits the rendered sources into one block per id, each whole', () => {
    const blocks = splitSourceBlocks(`\n${first}\n${second}\n`);
    expect(Object.keys(blocks)).toEqual(['lru', 'fifo']);
    expect(blocks.lru).toBe(first);
    expect(blocks.fifo).toBe(second);
  });

  it('refuses HTML that does not start with a block, naming what it found', () => {
    expect(() => splitSourceBlocks('<p>lose</p>' + second)).toThrow(/data-lab-source.*<p>lose/);
  });

  it('reads the source file back into the same blocks, whatever the source text holds', () => {
    const tricky = '<div data-lab-source="x"><!-- <SCRIPT> --></Script ></div>';
    const blocks = splitSourceBlocks(first + second + tricky);
    expect(parseSourceBlocks(JSON.stringify(blocks))).toEqual({ lru: first, fifo: second, x: tricky });
  });

  it('refuses a file that is not a lab source file, in German', () => {
    // What a host answers for a missing file, or a proxy's error page.
    expect(() => parseSourceBlocks('<!doctype html><title>404</title>')).toThrow(/kein JSON/);
    expect(() => parseSourceBlocks('[1, 2]')).toThrow(/keine Quelltext-Blöcke/);
    expect(() => parseSourceBlocks('null')).toThrow(/keine Quelltext-Blöcke/);
    // A block under another id than its own, or no HTML at all.
    expect(() => parseSourceBlocks(JSON.stringify({ lfu: first }))).toThrow(/„lfu“ ist ungültig/);
    expect(() => parseSourceBlocks(JSON.stringify({ lru: 3 }))).toThrow(/„lru“ ist ungültig/);
  });

  it('finds the stylesheet once, whichever block links it', () => {
    const blocks = splitSourceBlocks(first + second + first.replace('"lru"', '"lfu"'));
    expect(stylesheetLinks(blocks)).toEqual(['<link rel="stylesheet" href="/_astro/ec.css">']);
    expect(stylesheetLinks({ fifo: second })).toEqual([]);
  });
});
