/**
 * Where a page lives: its MDX file under content/docs/ and its root-relative address. The one
 * place that turns a slug into a file or a path.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The folder that holds the chapter's MDX pages. */
export const CONTENT_DIR = join(process.cwd(), 'content', 'docs');

/**
 * The MDX file behind a slug: `a/b` is `a/b.mdx` or `a/b/index.mdx`, '' is `index.mdx`.
 *
 * @example
 * pageFile('systemdesign') // '/…/content/docs/systemdesign/index.mdx'
 */
export function pageFile(slug: string, contentDir = CONTENT_DIR): string {
  const candidates = slug === '' ? ['index.mdx'] : [`${slug}.mdx`, `${slug}/index.mdx`];
  const found = candidates.map((name) => join(contentDir, name)).find((path) => existsSync(path));
  if (!found) {
    throw new Error(`Seite „${slug}“ aus src/lib/chapter/order.ts hat keine Datei in content/docs/.`);
  }
  return found;
}

/**
 * The page's own path, root-relative without base.
 *
 * @example
 * pagePath('systemdesign/caching') // '/systemdesign/caching/'
 * pagePath('') // '/'
 */
export function pagePath(slug: string): string {
  return slug ? `/${slug}/` : '/';
}

/**
 * The slug of a root-relative page path without base.
 *
 * @example
 * slugOfPath('/systemdesign/caching/') // 'systemdesign/caching'
 * slugOfPath('/index.html') // ''
 */
export function slugOfPath(pathname: string): string {
  return pathname.replace(/^\/+|\/+$/g, '').replace(/\/index(\.html)?$|^index(\.html)?$/, '');
}

/**
 * The slug of an MDX file under the content folder, or undefined for a file outside it.
 *
 * @example
 * slugOfFile('/…/content/docs/systemdesign/index.mdx') // 'systemdesign'
 * slugOfFile('/…/content/docs/index.mdx') // ''
 */
export function slugOfFile(file: string, contentDir = CONTENT_DIR): string | undefined {
  const rel = relative(contentDir, file).split('\\').join('/');
  if (rel.startsWith('..')) return undefined;
  return rel.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
}
