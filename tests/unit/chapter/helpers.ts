import { buildChapter, type PageSource } from '../../../src/lib/chapter/build.ts';
import type { Lab } from '../../../src/lib/labs.ts';

/** A page source with a title, for buildChapter. */
export function page(
  slug: string,
  part: string | undefined,
  body: string,
  title = slug || 'Start',
): PageSource {
  return {
    slug,
    part,
    file: `content/docs/${slug || 'index'}.mdx`,
    source: `---\ntitle: ${title}\ndescription: Über ${title}.\n---\n${body}`,
  };
}

/** Builds a chapter from page sources (no labs unless given). */
export const chapterOf = (pages: PageSource[], labs: Lab[] = []) => buildChapter(pages, labs);
