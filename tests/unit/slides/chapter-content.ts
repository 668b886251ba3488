/**
 * Real chapter content for the slide tests: a page's MDX, read through the chapter index and
 * rendered by the build's own MDX parser (satteri, with the site's parser features), so the tests
 * follow the content instead of copies of it. Components (asides, figures, labs) are left out:
 * what remains is the Markdown a page renders — headings, prose, lists, tables.
 */
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { findPage, getChapter, type Page } from '../../../src/lib/chapter/index.ts';
import { MDX_FEATURES } from '../../../src/lib/chapter/parse-page.ts';

function blocksOf(source: string): Element[] {
  const tree = mdxToHast(source, { features: MDX_FEATURES }) as Root;
  return tree.children.filter((node): node is Element => node.type === 'element');
}

function rendered(page: Page): Element[] {
  return blocksOf(readFileSync(page.file, 'utf8'));
}

/** A small MDX fixture rendered like a page (for cases the chapter does not show, e.g. prose only). */
export function mdxHtml(source: string): string {
  return toHtml(blocksOf(source));
}

/** A chapter page by slug (fails the test if the index does not know it). */
export function chapterPage(slug: string): Page {
  const page = findPage(slug);
  if (!page) throw new Error(`Seite „${slug}“ fehlt im Kapitelindex`);
  return page;
}

/** A page's Markdown as HTML, the way the build renders it. */
export function pageHtml(slug: string): string {
  return toHtml(rendered(chapterPage(slug)));
}

/** The top-level blocks of the section under heading `id` (up to the next h2/h3). */
export function sectionBlocks(slug: string, id: string): Element[] {
  const blocks = rendered(chapterPage(slug));
  const start = blocks.findIndex((node) => node.properties.id === id);
  if (start < 0) throw new Error(`Abschnitt #${id} fehlt auf „${slug}“`);
  const end = blocks.findIndex((node, index) => index > start && /^h[23]$/.test(node.tagName));
  return blocks.slice(start + 1, end < 0 ? undefined : end);
}

/** Every table of the chapter's pages, with where it stands. */
export function chapterTables(): Array<{ slug: string; table: Element }> {
  return getChapter().pages.flatMap((page) =>
    rendered(page)
      .filter((node) => node.tagName === 'table')
      .map((table) => ({ slug: page.slug, table })),
  );
}
