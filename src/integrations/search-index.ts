/**
 * Astro integration: rebuilds Starlight's Pagefind index after Starlight's own run (it is listed
 * after Starlight), from the built pages as the indexer should see them: compounds hyphenated at
 * their parts, headings weighted, repeating pages left out or weighted down. Readers get the pages
 * unchanged. See src/lib/search/write-index.ts.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from '../lib/search/write-index.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, words, synonymGroups } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`${pages} Seiten im Suchindex, ${words} Wörter, ${synonymGroups} Synonymgruppen.`);
      },
    },
  };
}
