/** The head entry that holds a page's first paint until its opening text is parsed (route middleware first-screen.ts). */

/** A heading as Starlight's route data lists it. */
interface Heading {
  depth: number;
  slug: string;
}

/** A `<head>` entry in Starlight's form. */
interface HeadEntry {
  tag: 'link';
  attrs: Record<string, string>;
}

/**
 * `<link rel="expect" href="#<first h2>" blocking="render">` for a page's headings, or nothing when
 * the page has no section heading (then the first frame is not held at all).
 *
 * @example
 * firstScreenHead([{ depth: 2, slug: 'ueberblick' }, { depth: 3, slug: 'a' }]);
 * // { tag: 'link', attrs: { rel: 'expect', href: '#ueberblick', blocking: 'render' } }
 * firstScreenHead([]); // undefined
 */
export function firstScreenHead(headings: readonly Heading[]): HeadEntry | undefined {
  const first = headings.find((heading) => heading.depth === 2);
  if (!first) return undefined;
  return { tag: 'link', attrs: { rel: 'expect', href: `#${first.slug}`, blocking: 'render' } };
}
