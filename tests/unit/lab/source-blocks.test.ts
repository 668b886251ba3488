// The source panel's data block (src/components/lab/sourceBlocks.ts): LabSources' HTML split into
// its blocks by id, carried as JSON that no source text can break out of, and the stylesheet that
// only the first block links.
import { describe, expect, it } from 'vitest';
import {
  sourceBlocksJson,
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

  it('writes JSON in which no script tag or comment start can close or bend the data block', () => {
    const tricky = '<div data-lab-source="x"><!-- <SCRIPT> --></Script ></div>';
    const text = sourceBlocksJson(splitSourceBlocks(first + second + tricky));
    expect(text).not.toMatch(/<\/?script|<!--/i);
    expect(text).toContain('<pre>');
    expect(JSON.parse(text)).toEqual({ lru: first, fifo: second, x: tricky });
  });

  it('finds the stylesheet once, whichever block links it', () => {
    const blocks = splitSourceBlocks(first + second + first.replace('"lru"', '"lfu"'));
    expect(stylesheetLinks(blocks)).toEqual(['<link rel="stylesheet" href="/_astro/ec.css">']);
    expect(stylesheetLinks({ fifo: second })).toEqual([]);
  });
});
