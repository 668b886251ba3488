/**
 * The link manifest: every page, section, lab, figure and self-check question of the chapter with
 * its stable address, in reading order. A reader of the chapter index (src/lib/chapter/), which
 * guarantees every heading an explicit ASCII id, so polishing a heading's wording never breaks a link.
 */
import { getChapter, type Chapter } from '../chapter/index.ts';
import { questionKey } from '../chapter/question-key.ts';
import { embedPath } from '../labs.ts';
import { CHAPTER_DECK_PATH, deckPath } from '../slides/decks.ts';
import { withBase } from '../urls.ts';
import type { LinkManifest, LinkTarget } from './types.ts';

/**
 * Builds the manifest from the chapter: per page, the page, its labs (embed views), its sections,
 * figures and questions.
 *
 * @example
 * buildManifest(getChapter(), 'https://example.org', '/se/').targets[0]
 * // { id: '/', kind: 'page', title: 'Verteilte Softwaresysteme', page: '', part: 'Start',
 * //   href: '/se/', url: 'https://example.org/se/' }
 */
export function buildManifest(chapter: Chapter, site: string, base: string): LinkManifest {
  const origin = site.endsWith('/') ? site : `${site}/`;
  const targets: LinkTarget[] = [];
  const seen = new Set<string>();
  const add = (target: Omit<LinkTarget, 'url' | 'href'>) => {
    if (seen.has(target.id)) throw new Error(`Linkziel ${target.id} ist doppelt vergeben.`);
    seen.add(target.id);
    const href = withBase(target.id, base);
    targets.push({ ...target, href, url: new URL(href, origin).href });
  };
  for (const { slug, path, part = '', title, labs, headings, figures, selfChecks } of chapter.pages) {
    const page = slug;
    add({ id: path, kind: 'page', title, page, part });
    for (const lab of labs) add({ id: embedPath(lab), kind: 'lab', title: lab.title, page, part });
    // The page's slides (lecture mode); the start page also lists the whole chapter's deck.
    add({ id: deckPath(slug), kind: 'deck', title: `Vortrag: ${title}`, page, part });
    if (slug === '')
      add({ id: CHAPTER_DECK_PATH, kind: 'deck', title: 'Vortrag: das ganze Kapitel', page, part });
    for (const { id, text } of headings)
      add({ id: `${path}#${id}`, kind: 'section', title: text, page, part });
    for (const { id, number, caption } of figures) {
      add({ id: `${path}#${id}`, kind: 'figure', title: `Abb. ${number}: ${caption}`, page, part });
    }
    for (const check of selfChecks) {
      const key = questionKey(check);
      add({
        id: `${path}#frage-${key}`,
        kind: 'question',
        title: `Frage ${key}: ${check.question}`,
        page,
        part,
      });
    }
  }
  return { site, base, targets };
}

// One manifest per chapter and SITE + BASE: the page and links.json share it.
const manifests = new WeakMap<Chapter, Map<string, LinkManifest>>();

/**
 * The chapter's manifest for a build with the given SITE and BASE.
 *
 * @example
 * collectManifest('https://example.org', '/').targets.length // 181
 */
export function collectManifest(site: string, base: string): LinkManifest {
  const chapter = getChapter();
  const built = manifests.get(chapter) ?? new Map<string, LinkManifest>();
  manifests.set(chapter, built);
  const key = `${site} ${base}`;
  const manifest = built.get(key) ?? buildManifest(chapter, site, base);
  built.set(key, manifest);
  return manifest;
}
