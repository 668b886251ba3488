/**
 * The source panel's blocks travel as one JSON data block per lab (LabShell.astro) instead of as the
 * island's HTML children: a data block is only text to the parser, while children were parsed into
 * DOM twice (once in the page's template, once more when the island set them as HTML), about a
 * quarter of a second of main-thread time per lab on a throttled phone. The island parses only the
 * block it shows, when the browser is idle (LabShell.tsx).
 */

/** Rendered HTML of each source block, by its `data-lab-source` id. */
export type SourceBlocks = Record<string, string>;

const BLOCK_START = /(?=<div data-lab-source=")/;
const BLOCK_ID = /^<div data-lab-source="([^"]+)"/;
const STYLESHEET = /<link rel="stylesheet" href="[^"]+"\s*\/?>/g;

/**
 * Splits LabSources.astro's rendered HTML into its blocks (each starts with its own
 * `<div data-lab-source="…">`, the wrapper LabSources writes around every file).
 *
 * @example
 * splitSourceBlocks('<div data-lab-source="a">A</div><div data-lab-source="b" hidden>B</div>');
 * // { a: '<div data-lab-source="a">A</div>', b: '<div data-lab-source="b" hidden>B</div>' }
 */
export function splitSourceBlocks(html: string): SourceBlocks {
  const blocks: SourceBlocks = {};
  for (const part of html.trim().split(BLOCK_START)) {
    if (part.trim() === '') continue;
    const id = BLOCK_ID.exec(part)?.[1];
    if (id === undefined) {
      throw new Error(`LabSources: Block ohne data-lab-source gefunden: ${part.slice(0, 80)}`);
    }
    blocks[id] = part.trim();
  }
  return blocks;
}

/**
 * The blocks as the text of a `<script type="application/json">`: JSON in which every `<` that
 * could end the data block or change how the parser reads it (`</script`, `<script`, `<!--`, as in
 * Expressive Code's own script tag) is written `\\u003c`; other tags stay as they are.
 *
 * @example
 * sourceBlocksJson({ a: '<b>x</b><script></script>' }); // '{"a":"<b>x</b>\\u003cscript>\\u003c/script>"}'
 */
export function sourceBlocksJson(blocks: SourceBlocks): string {
  return JSON.stringify(blocks).replace(/<(?=\/?script|!--)/gi, '\\u003c');
}

/**
 * The stylesheet links among all blocks, each once. Expressive Code puts the link to its stylesheet
 * into the first block only; a panel that shows another block needs it all the same.
 *
 * @example
 * stylesheetLinks({ a: '<div><link rel="stylesheet" href="/ec.css">…', b: '<div>…' });
 * // ['<link rel="stylesheet" href="/ec.css">']
 */
export function stylesheetLinks(blocks: SourceBlocks): string[] {
  return [...new Set(Object.values(blocks).flatMap((html) => html.match(STYLESHEET) ?? []))];
}
