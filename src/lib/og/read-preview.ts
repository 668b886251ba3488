/**
 * Reads a built page's preview meta back from its HTML: the og-cards integration renders each
 * card from exactly what the page announces, so card and meta cannot drift apart.
 */

export interface PagePreview {
  title: string;
  description: string;
  /** og:url, absolute. */
  url: string;
  /** og:image, absolute. */
  image: string;
  siteName: string;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes the character references Astro writes into attribute values.
 *
 * @example
 * decodeEntities('Gr&#xFC;&#223;e &amp; &quot;Caching&quot;') // 'Grüße & "Caching"'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : match;
    }
    return NAMED[ref.toLowerCase()] ?? match;
  });
}

/** The attributes of one start tag, names lower-cased, values decoded. */
function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const [, name = '', dq, sq, bare] of tag.matchAll(
    /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g,
  )) {
    attrs.set(name.toLowerCase(), decodeEntities(dq ?? sq ?? bare ?? ''));
  }
  return attrs;
}

/**
 * The `content` of every `<meta property|name>` in the document's head, by property or name.
 *
 * @example
 * headMeta('<head><meta property="og:title" content="Caching"></head>').get('og:title') // 'Caching'
 */
export function headMeta(html: string): Map<string, string> {
  const end = html.search(/<\/head>/i);
  const head = end < 0 ? html : html.slice(0, end);
  const found = new Map<string, string>();
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    const key = attrs.get('property') ?? attrs.get('name');
    const content = attrs.get('content');
    if (key && content !== undefined && !found.has(key)) found.set(key, content);
  }
  return found;
}

/**
 * A page's preview (title, description, URL, image), or undefined when the page announces no card
 * (e.g. a redirect page).
 *
 * @example
 * readPreview(html) // { title: 'Caching', description: '…', url: 'https://…/caching/', image: 'https://…/og/…png', siteName: '…' }
 */
export function readPreview(html: string): PagePreview | undefined {
  const meta = headMeta(html);
  const image = meta.get('og:image');
  const url = meta.get('og:url');
  if (!image || !url) return undefined;
  return {
    title: meta.get('og:title') ?? '',
    description: meta.get('og:description') ?? '',
    url,
    image,
    siteName: meta.get('og:site_name') ?? '',
  };
}
