import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { findPage, getChapter, pagePath } from '../lib/chapter/index.ts';
import { slugOfFile } from '../lib/chapter/paths.ts';
import type { ResolvedGlossaryEntry } from '../lib/chapter/types.ts';
import { displayTerm, showEnglish } from '../lib/glossary/letters.ts';
import { termFinder } from '../lib/glossary/match.ts';

/** The glossary page's slug: its own page gets no first-use links. */
export const GLOSSARY_SLUG = 'glossar';

/** Pages whose text is not prose about the terms: the glossary itself and the bibliography. */
const SKIPPED_PAGES = new Set([GLOSSARY_SLUG, 'quellen', 'abbildungen']);

/** Nodes whose text stays as it is: headings, code, links, and every component (figures, labs, questions). */
const SKIPPED_PARENTS = new Set([
  'heading',
  'link',
  'linkReference',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'code',
  'inlineCode',
  'tableCell',
]);

const USED = 'glossaryTermsUsed';

interface Parent {
  type: string;
}

/**
 * The first use of each glossary term on a page becomes a link to its glossary entry, with the
 * entry's definition in data attributes for the term popover (src/components/glossary/). Without
 * JavaScript it is a plain link; print shows it as plain text. Headings, code, links, tables and
 * components (figures, labs, questions) are left alone.
 *
 * @example
 * glossaryTermsPlugin() // 'Ein Cache-Miss …' on a chapter page → 'Ein <a class="term-link" href="/glossar/#cache-miss" …>Cache-Miss</a> …'
 */
export function glossaryTermsPlugin(entries: ResolvedGlossaryEntry[] = getChapter().glossary.entries) {
  const find = termFinder(entries);
  const glossary = pagePath(GLOSSARY_SLUG);
  return defineMdastPlugin({
    name: 'glossary-terms',
    text(node, ctx) {
      const slug = ctx.fileURL ? slugOfFile(fileURLToPath(ctx.fileURL)) : undefined;
      if (slug === undefined || SKIPPED_PAGES.has(slug) || !findPage(slug)) return;
      for (
        let parent = ctx.parent(node) as Parent | undefined;
        parent;
        parent = ctx.parent(parent as never)
      ) {
        if (SKIPPED_PARENTS.has(parent.type)) return;
      }
      const used = (ctx.data[USED] ??= new Set<string>()) as Set<string>;
      const matches = find(node.value, used);
      if (!matches.length) return;
      const pieces: unknown[] = [];
      let at = 0;
      for (const { index, text, entry } of matches) {
        used.add(entry.id);
        if (index > at) pieces.push({ type: 'text', value: node.value.slice(at, index) });
        pieces.push({
          type: 'link',
          url: `${glossary}#${entry.id}`,
          children: [{ type: 'text', value: text }],
          data: {
            hProperties: {
              className: ['term-link'],
              dataTerm: displayTerm(entry.term),
              ...(showEnglish(entry) ? { dataEnglish: entry.english } : {}),
              dataDefinition: entry.definition,
            },
          },
        });
        at = index + text.length;
      }
      if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
      ctx.replaceNode(node, pieces as never);
    },
  });
}
