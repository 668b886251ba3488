import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_ORDER } from './chapter.ts';

export interface FigureEntry {
  /** Anchor id on its page, e.g. `abb-client-server`. */
  id: string;
  /** Running number across the whole chapter, in reading order. */
  number: number;
  caption: string;
  /** "nach: …" credit for figures redrawn from the deck's sources. */
  source?: string;
  sourceHref?: string;
  /** Slug of the page the figure stands on ('' for the start page). */
  slug: string;
}

const CONTENT_DIR = join(process.cwd(), 'content', 'docs');
const FIGURE_TAG = /<Figure\b([^>]*)>/g;
const ATTRIBUTE = /(\w+)="([^"]*)"/g;

/** The MDX file behind a slug: `a/b` is `a/b.mdx` or `a/b/index.mdx`. */
export function pageFile(slug: string, contentDir = CONTENT_DIR): string {
  const candidates = slug === '' ? ['index.mdx'] : [`${slug}.mdx`, `${slug}/index.mdx`];
  const found = candidates.map((name) => join(contentDir, name)).find((path) => existsSync(path));
  if (!found) throw new Error(`Seite "${slug}" aus src/lib/chapter.ts hat keine Datei in content/docs/.`);
  return found;
}

/**
 * Reads every `<Figure id="…" caption="…">` in the chapter, in reading order, and numbers them.
 * Duplicate ids and figures without caption are build errors, so "Abb. N" never goes wrong.
 *
 * @example
 * collectFigures()[0] // { id: 'abb-ueberblick', number: 1, caption: 'Beispiel eines …', slug: '' }
 */
export function collectFigures(pages = PAGE_ORDER, contentDir = CONTENT_DIR): FigureEntry[] {
  const figures: FigureEntry[] = [];
  const seen = new Set<string>();
  for (const slug of pages) {
    const file = pageFile(slug, contentDir);
    for (const [, attributeText = ''] of readFileSync(file, 'utf8').matchAll(FIGURE_TAG)) {
      const attributes = Object.fromEntries([...attributeText.matchAll(ATTRIBUTE)].map(([, k, v]) => [k, v]));
      const { id, caption, source, sourceHref } = attributes;
      if (!id || !caption) throw new Error(`${file}: <Figure> braucht id="…" und caption="…".`);
      if (seen.has(id)) throw new Error(`${file}: Abbildungs-id "${id}" ist doppelt vergeben.`);
      seen.add(id);
      figures.push({ id, number: figures.length + 1, caption, source, sourceHref, slug });
    }
  }
  return figures;
}

let cache: FigureEntry[] | undefined;

/** The chapter's figures, read once per build. */
export function getFigures(): FigureEntry[] {
  cache ??= collectFigures();
  return cache;
}
