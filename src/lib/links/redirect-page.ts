/**
 * The page a redirect leaves in a static build. Astro writes a bare English meta refresh, and a
 * browser drops the link's #section on a meta refresh; this page is German and carries the section
 * along (unless the destination names its own), with the meta refresh as the fallback without
 * JavaScript. It also carries the destination's link-preview meta, so a short link pasted into a
 * chat (whose preview robot runs no script) shows the destination's card.
 */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PREVIEW_META = /<meta\s+(?:property="og:[^"]+"|name="twitter:[^"]+")\s+content="[^"]*"\s*\/?>/g;

/**
 * The OpenGraph and Twitter `<meta>` tags of a built page, as they stand in its HTML.
 *
 * @example
 * previewMetaTags('<meta property="og:title" content="Caching"><meta name="x" content="y">')
 * // '<meta property="og:title" content="Caching">'
 */
export function previewMetaTags(html: string): string {
  return (html.match(PREVIEW_META) ?? []).join('\n');
}

/**
 * @param to destination as a root-relative URL with base, e.g. `/se/systemdesign/caching/#labor`
 * @param canonical the destination's absolute URL
 * @param previewTags the destination's preview meta (see previewMetaTags)
 */
export function redirectPage(to: string, canonical: string, previewTags = ''): string {
  const href = escapeHtml(to);
  const keepHash = !to.includes('#');
  const script = `location.replace(${JSON.stringify(to).replace(/</g, '\\u003c')}${keepHash ? ' + location.hash' : ''});`;
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
