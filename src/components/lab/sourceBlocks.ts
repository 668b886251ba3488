/**
 * The source panel's blocks travel as one JSON file per lab (src/pages/quelltext/[lab].json.ts),
 * which the panel fetches when a reader opens it (sourcePanel.ts). In the page itself they cost a
 * chapter page or embed 200–270 KB of HTML for a panel that is closed by default; as the island's
 * HTML children they were parsed into DOM twice.
 */

/** Rendered HTML of each source block, by its `data-lab-source` id. */
export type SourceBlocks = Record<string, string>;

/** One file of a lab's source panel: its block id and its path from the project root. */
export interface SourceFile {
  id: string;
  /** e.g. "src/sim/caching/lru.ts". */
  path: string;
}

const BLOCK_START = /(?=<div data-lab-source=")/;
const BLOCK_ID = /^<div data-lab-source="([^"]+)"/;
const STYLESHEET = /<link rel="stylesheet" href="[^"]+"\s*\/?>/g;

/**
 * Splits LabSources.astro's rendered HTML into its blocks (each starts with its own
 * `<div data-lab-source="…">`, the wrapper LabSources writes around every file).
 *
 * @example
 * splitSourceBlocks('<div data-lab-source="a">A</div><div data-lab-source="b">B</div>');
 * // { a: '<div data-lab-source="a">A</div>', b: '<div data-lab-source="b">B</div>' }
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
 * Reads a fetched source file back into its blocks; anything else (an HTML error page, a file of
 * an older or newer build) is refused with a German message instead of being shown.
 *
 * @example
 * parseSourceBlocks('{"lru":"<div data-lab-source=\\"lru\\">…</div>"}'); // { lru: '<div data-lab-source="lru">…</div>' }
 * parseSourceBlocks('<!doctype html>'); // throws „Die Quelltext-Datei ist kein JSON …“
 */
export function parseSourceBlocks(text: string): SourceBlocks {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`Die Quelltext-Datei ist kein JSON: ${text.slice(0, 40)}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error('Die Quelltext-Datei enthält keine Quelltext-Blöcke.');
  }
  for (const [id, html] of Object.entries(data)) {
    if (typeof html !== 'string' || !html.startsWith(`<div data-lab-source="${id}"`)) {
      throw new Error(`Der Quelltext-Block „${id}“ ist ungültig.`);
    }
  }
  return data as SourceBlocks;
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
