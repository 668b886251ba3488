/**
 * Puts the parsed pages in order and ties them together: figures numbered across the chapter, labs
 * attached to their page, every self-check's target resolved and labelled. Pure: the tests feed it
 * sources, src/lib/chapter/index.ts feeds it the real files.
 */
import type { Lab } from '../labs.ts';
import { at, STABLE_ID } from './heading-id.ts';
import { parseGlossary } from './glossary.ts';
import { parsePage } from './parse-page.ts';
import { questionKey } from './question-key.ts';
import { pagePath, slugOfPath } from './paths.ts';
import type {
  Chapter,
  Figure,
  Glossary,
  GlossarySource,
  Page,
  PageHeading,
  PageSelfCheck,
  Part,
} from './types.ts';

export interface PageSource {
  /** Page slug ('' for the start page). */
  slug: string;
  /** Label of the chapter part; undefined for a page outside the reading order. */
  part: string | undefined;
  /** The MDX file, for error messages. */
  file: string;
  /** The MDX source. */
  source: string;
}

/**
 * Where a link leads, in words: part › page (unless it is the part's first page) › heading.
 *
 * @example
 * targetLabel({ part: '1 Einführung', indexInPart: 0, title: 'Einführung in …' }, { text: 'Definition' })
 * // '1 Einführung › Definition'
 * targetLabel({ part: '2 Systemarchitektur', indexInPart: 1, title: 'Peer-to-Peer' })
 * // '2 Systemarchitektur › Peer-to-Peer'
 */
export function targetLabel(
  page: Pick<Page, 'part' | 'indexInPart' | 'title'>,
  heading?: Pick<PageHeading, 'text'>,
): string {
  const trail = page.part === undefined ? [page.title] : [page.part];
  if (page.part !== undefined && page.indexInPart > 0) trail.push(page.title);
  if (heading) trail.push(heading.text);
  return trail.join(' › ');
}

/**
 * Builds the chapter from its pages (chapter pages in reading order, then the extra pages) and labs.
 *
 * @example
 * buildChapter([{ slug: '', part: 'Start', file: 'index.mdx', source: '---\ntitle: Start\n---\n' }], [])
 *   .pages[0].title // 'Start'
 */
export function buildChapter(sources: PageSource[], labs: Lab[], glossarySource?: GlossarySource): Chapter {
  const parts: Part[] = [];
  const pages: Page[] = [];
  const extraPages: Page[] = [];
  const figures: Figure[] = [];
  const figureAt = new Map<string, string>();
  // Self-checks are resolved once every page is known: they point forward, too.
  const pending = new Map<Page, PageSelfCheck[]>();
  for (const { slug, part, file, source } of sources) {
    if (slug && !slug.split('/').every((segment) => STABLE_ID.test(segment))) {
      throw new Error(
        `Seite „${slug}“: Der Pfad muss aus lesbaren ASCII-Teilen bestehen (a–z, 0–9, Bindestriche).`,
      );
    }
    if ([...pages, ...extraPages].some((page) => page.slug === slug)) {
      throw new Error(`Seite „${slug}“ steht zweimal in src/lib/chapter/order.ts.`);
    }
    const parsed = parsePage(source, file);
    let group = part === undefined ? undefined : parts.at(-1);
    if (part !== undefined && group?.label !== part) {
      group = { label: part, pages: [] };
      parts.push(group);
    }
    const path = pagePath(slug);
    const page: Page = {
      ...parsed,
      slug,
      path,
      file,
      part,
      indexInPart: group?.pages.length ?? 0,
      figures: parsed.figures.map((figure) => ({ ...figure, number: 0, slug, file })),
      selfChecks: [],
      labs: labs.filter((lab) => lab.page === path),
    };
    for (const figure of page.figures) {
      const first = figureAt.get(figure.id);
      if (first) {
        throw new Error(
          `${at(file, figure.line)}: Abbildungs-id „${figure.id}“ ist doppelt vergeben (zuerst in ${first}).`,
        );
      }
      figureAt.set(figure.id, at(file, figure.line));
      figures.push(figure);
    }
    for (const lab of page.labs) {
      if (!page.headings.some((heading) => heading.id === lab.anchor)) {
        throw new Error(
          `Labor „${lab.id}“ (src/lib/labs.ts): Auf ${file} gibt es keine Überschrift mit der id „${lab.anchor}“.`,
        );
      }
    }
    group?.pages.push(page);
    (group ? pages : extraPages).push(page);
    pending.set(page, parsed.selfChecks);
  }
  figures.forEach((figure, index) => (figure.number = index + 1));

  const unplaced = labs.filter((lab) => !pages.some((page) => page.path === lab.page));
  if (unplaced.length)
    throw new Error(`Labor ohne Kapitelseite: ${unplaced.map((lab) => lab.id).join(', ')}`);

  const all = [...pages, ...extraPages];
  const numbers = new Map<string, string>();
  for (const page of all) {
    for (const check of pending.get(page) ?? []) {
      const where = at(page.file, check.line);
      const key = questionKey(check);
      const first = numbers.get(key);
      if (first) throw new Error(`${where}: Frage ${key} gibt es schon (${first}).`);
      if (check.sub && !numbers.has(String(check.nr)))
        throw new Error(`${where}: Frage ${key} braucht davor Frage ${check.nr}.`);
      numbers.set(key, where);
      const label = resolveLabel(check.href, page.slug, all);
      if (label === undefined) {
        throw new Error(
          `${where}: <SelfCheck nr={${check.nr}}${check.sub ? ` sub="${check.sub}"` : ''}> zeigt auf href="${check.href}", aber dieses Ziel gibt es im Kapitel nicht. ` +
            'Erlaubt ist eine Seite mit einer ihrer Überschriften-ids, z. B. href="/einfuehrung/#definition".',
        );
      }
      page.selfChecks.push({ ...check, slug: page.slug, file: page.file, label });
    }
    for (const example of page.exampleLinks) {
      if (resolveLabel(example.path, page.slug, all) === undefined) {
        throw new Error(
          `${at(page.file, example.line)}: Die Beispieladresse \`${example.path}\` führt ins Leere. ` +
            'Eine Adresse im Text muss eine Seite oder eine ihrer Überschriften-ids sein, z. B. `/einfuehrung/#definition`.',
        );
      }
    }
  }
  return {
    parts,
    pages,
    extraPages,
    figures,
    selfChecks: pages.flatMap((page) => page.selfChecks),
    glossary: resolveGlossary(glossarySource, all),
  };
}

/** The glossary with every section link resolved; a link to nowhere names file and line. */
function resolveGlossary(source: GlossarySource | undefined, pages: Page[]): Glossary {
  if (!source) return { file: '', entries: [], rules: [] };
  const { entries, rules } = parseGlossary(source);
  const resolved = entries.map((entry) => {
    const sectionLabel = resolveLabel(entry.section, '', pages);
    if (sectionLabel === undefined) {
      throw new Error(
        `${at(source.file, entry.line)}: „${entry.term}“: abschnitt ${entry.section} gibt es im Kapitel nicht. ` +
          'Erlaubt ist eine Seite mit einer ihrer Überschriften-ids, z. B. /einfuehrung/#definition.',
      );
    }
    return { ...entry, sectionLabel };
  });
  const collator = new Intl.Collator('de');
  resolved.sort((a, b) => collator.compare(a.term, b.term));
  return { file: source.file, entries: resolved, rules };
}

/** The label of a root-relative target (page, or page plus heading id), or undefined if it is not there. */
function resolveLabel(href: string, currentSlug: string, pages: Page[]): string | undefined {
  const [path = '', hash] = href.split('#');
  const slug = path === '' ? currentSlug : path.startsWith('/') ? slugOfPath(path) : undefined;
  const page = pages.find((candidate) => candidate.slug === slug);
  if (!page || (path !== '' && path !== page.path)) return undefined;
  if (hash === undefined) return targetLabel(page);
  const heading = page.headings.find((candidate) => candidate.id === hash);
  return heading && targetLabel(page, heading);
}
