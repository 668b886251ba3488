/**
 * THE chapter index: every MDX page of content/docs/ parsed once per build (see parse-page.ts) into
 * parts → pages → headings, figures, self-check questions and labs. Sidebar, link manifest,
 * cartridge, print targets, handout, figure list, SelfCheck, link-preview cards and redirect pages
 * all read it through the small readers below; nothing else reads the MDX files.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { LABS } from '../labs.ts';
import { buildChapter, type PageSource } from './build.ts';
import { GLOSSARY_FILE } from './glossary.ts';
import { CHAPTER, EXTRA_PAGES } from './order.ts';
import { pageFile, slugOfPath } from './paths.ts';
import { questionKey } from './question-key.ts';
import type { Chapter, Figure, Page, PageHeading } from './types.ts';

export { CHAPTER, EXTRA_PAGES, PAGE_ORDER, type ChapterGroup } from './order.ts';
export { pagePath, slugOfPath } from './paths.ts';
export { targetLabel } from './build.ts';
export { GLOSSARY_FILE } from './glossary.ts';
export type * from './types.ts';

/** Shared by every copy of this module in the process (Astro's config and Vite's SSR load it apart). */
const CACHE = Symbol.for('chapter-index');
type Cached = { key: string; chapter: Chapter };
const store = globalThis as typeof globalThis & { [CACHE]?: Cached };

function sources(): PageSource[] {
  const entries = [
    ...CHAPTER.flatMap(({ label, pages }) =>
      pages.map((slug) => ({ slug, part: label as string | undefined })),
    ),
    ...EXTRA_PAGES.map(({ slug }) => ({ slug, part: undefined })),
  ];
  return entries.map(({ slug, part }) => {
    const file = pageFile(slug);
    return { slug, part, file: relative(process.cwd(), file), source: readFileSync(file, 'utf8') };
  });
}

/**
 * The chapter, parsed once and cached until an MDX file changes (so `astro dev` sees edits).
 *
 * @example
 * getChapter().parts.map((part) => part.label) // ['Start', '1 Einführung', '2 Systemarchitektur', …]
 */
export function getChapter(): Chapter {
  const files = [...CHAPTER.flatMap((group) => group.pages), ...EXTRA_PAGES.map((page) => page.slug)].map(
    (slug) => pageFile(slug),
  );
  const key = [...files, GLOSSARY_FILE].map((file) => `${file}@${statSync(file).mtimeMs}`).join('\n');
  const cached = store[CACHE];
  if (cached?.key === key) return cached.chapter;
  const glossary = { file: GLOSSARY_FILE, source: readFileSync(GLOSSARY_FILE, 'utf8') };
  const chapter = buildChapter(sources(), LABS, glossary);
  store[CACHE] = { key, chapter };
  return chapter;
}

/**
 * A page of the chapter (or one outside the reading order) by slug.
 *
 * @example
 * findPage('systemdesign/caching')?.title // 'Caching'
 * findPage('handout') // undefined
 */
export function findPage(slug: string, chapter = getChapter()): Page | undefined {
  return [...chapter.pages, ...chapter.extraPages].find((page) => page.slug === slug);
}

/**
 * A figure by its id.
 *
 * @example
 * findFigure('abb-verteiltes-system')?.number // 2
 */
export function findFigure(id: string, chapter = getChapter()): Figure | undefined {
  return chapter.figures.find((figure) => figure.id === id);
}

/**
 * The chapter part a page belongs to, or undefined for pages outside the reading order.
 *
 * @example
 * partOf('systemdesign/caching') // '3 Systemdesign'
 * partOf('handout') // undefined
 */
export function partOf(slug: string, chapter = getChapter()): string | undefined {
  return chapter.pages.find((page) => page.slug === slug)?.part;
}

export interface ResolvedTarget {
  page: Page;
  heading?: PageHeading;
  figure?: Figure;
  /** A self-check question's name ("26", "26a"), for `#frage-26`, `#frage-26a`. */
  question?: string;
}

/**
 * What a root-relative link (without base) or a same-page `#anchor` points to in the chapter, or
 * undefined for a link outside it or to an anchor the page does not have.
 *
 * @example
 * resolveTarget('/einfuehrung/#definition')?.heading?.text // 'Definition'
 * resolveTarget('#labor', 'systemdesign/caching')?.heading?.id // 'labor'
 */
export function resolveTarget(
  href: string,
  currentSlug?: string,
  chapter = getChapter(),
): ResolvedTarget | undefined {
  const [path = '', hash = ''] = href.split('#');
  const slug = path === '' ? currentSlug : slugOfPath(path);
  if (slug === undefined) return undefined;
  const page = findPage(slug, chapter);
  if (!page) return undefined;
  if (!hash) return { page };
  const id = decodeURIComponent(hash);
  const heading = page.headings.find((candidate) => candidate.id === id);
  if (heading) return { page, heading };
  const figure = page.figures.find((candidate) => candidate.id === id);
  if (figure) return { page, figure };
  const question = page.selfChecks.map(questionKey).find((key) => `frage-${key}` === id);
  return question === undefined ? undefined : { page, question };
}
