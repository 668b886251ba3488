/**
 * Writes the search index of a built site: the pages as the indexer should see them
 * (index-html.ts) into `<outDir>/pagefind/`, and the query lexicon (query.ts) to
 * `<outDir>/search-lexicon.json`. Called by src/integrations/search-index.ts after each build.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { lexiconOf } from './compounds.ts';
import { indexHtml, isGlossary, isIndexed, pageIndexing, textOf } from './index-html.ts';
import { serializeLexicon } from './query.ts';
import { getChapter } from '../chapter/index.ts';
import { glossarySynonyms } from '../chapter/synonyms.ts';

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(path, root);
    }
    return name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
  });
}

/**
 * Indexes the built site in `outDir` and returns what it counted. Page URLs in the index are
 * relative to the site root, as Starlight's own run stores them; the dialog adds the base path.
 *
 * @example
 * await writeSearchIndex('dist') // { pages: 20, words: 4100, synonymGroups: 90 }
 */
export async function writeSearchIndex(outDir: string) {
  const pages = htmlFiles(outDir)
    .filter(isIndexed)
    .map((file) => ({ file, html: readFileSync(join(outDir, file), 'utf8') }))
    .filter(({ html }) => html.includes('data-pagefind-body'));
  // The glossary repeats the chapter's terms with their English names: those must not count as
  // chapter vocabulary, or a search for them would no longer be led to the German term.
  const words = lexiconOf(
    pages
      .filter(({ file }) => !isGlossary(file))
      .map(({ html }) => textOf(html))
      .join('\n'),
  );
  const synonyms = glossarySynonyms(getChapter().glossary, words);
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind ließ sich nicht starten.');
  try {
    for (const { file, html } of pages) {
      // Relative to the site root: the search dialog puts the base path in front (its baseUrl).
      const url = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
      const { errors } = await index.addHTMLFile({
        url,
        content: indexHtml(html, words, pageIndexing(file)),
      });
      if (errors.length) throw new Error(`Suchindex, ${file}: ${errors.join('; ')}`);
    }
    const output = join(outDir, 'pagefind');
    rmSync(output, { recursive: true, force: true });
    const { errors } = await index.writeFiles({ outputPath: output });
    if (errors.length) throw new Error(`Suchindex: ${errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  writeFileSync(join(outDir, 'search-lexicon.json'), serializeLexicon({ words, synonyms }));
  return { pages: pages.length, words: words.size, synonymGroups: synonyms.length };
}
