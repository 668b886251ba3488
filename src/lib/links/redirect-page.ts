/**
 * The page a redirect leaves in a static build. Astro writes a bare English meta refresh, and a
 * browser drops the link's ?query and #section on a meta refresh; this page is German and carries
 * both along (the section unless the destination names its own), so a short lab link keeps the lab
 * settings in its query. The meta refresh is the fallback without JavaScript. It also carries the
 * destination's link-preview meta, so a short link pasted into a chat (whose preview robot runs no
 * script) shows the destination's card.
 */
import type { HeadTag } from '../og/meta.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The `<meta>` tags among head tags (see previewMeta in src/lib/og/meta.ts), as HTML.
 *
 * @example
 * metaTagsHtml([{ tag: 'meta', attrs: { property: 'og:title', content: 'Caching' } }, { tag: 'link', attrs: { rel: 'canonical', href: '/' } }])
 * // '<meta property="og:title" content="Caching">'
 */
export function metaTagsHtml(tags: HeadTag[]): string {
  return tags
    .filter((tag) => tag.tag === 'meta')
    .map(({ attrs = {} }) => {
      const pairs = Object.entries(attrs).filter(([, value]) => typeof value === 'string');
      return `<meta ${pairs.map(([name, value]) => `${name}="${escapeHtml(String(value))}"`).join(' ')}>`;
    })
    .join('\n');
}

/**
 * @param to destination as a root-relative URL with base, e.g. `/se/systemdesign/caching/#labor`
 * @param canonical the destination's absolute URL
 * @param previewTags the destination's preview meta as HTML (see metaTagsHtml)
 *
 * @example
 * redirectPage('/caching/#labor', 'https://x.org/caching/#labor')
 * // '…<script>location.replace("/caching/" + location.search + "#labor");</script>…'
 */
export function redirectPage(to: string, canonical: string, previewTags = ''): string {
  const href = escapeHtml(to);
  const [path = '', hash] = to.split(/(?=#)/);
  const js = (text: string) => JSON.stringify(text).replace(/</g, '\\u003c');
  const script = `location.replace(${js(path)} + location.search + ${hash === undefined ? 'location.hash' : js(hash)});`;
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Weitergeleitet: ${href}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonical)}">${previewTags ? `\n${previewTags}` : ''}
<script>${script}</script>
<meta http-equiv="refresh" content="0;url=${href}">
</head>
<body>
<p>Diese Adresse ist umgezogen: <a href="${href}">${href}</a></p>
</body>
</html>
`;
}
