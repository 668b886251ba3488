/**
 * The page a redirect leaves in a static build. Astro writes a bare English meta refresh, and a
 * browser drops the link's #section on a meta refresh; this page is German and carries the section
 * along (unless the destination names its own), with the meta refresh as the fallback without
 * JavaScript.
 */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * @param to destination as a root-relative URL with base, e.g. `/se/systemdesign/caching/#labor`
 * @param canonical the destination's absolute URL
 */
export function redirectPage(to: string, canonical: string): string {
  const href = escapeHtml(to);
  const keepHash = !to.includes('#');
  const script = `location.replace(${JSON.stringify(to).replace(/</g, '\\u003c')}${keepHash ? ' + location.hash' : ''});`;
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Weitergeleitet: ${href}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonical)}">
<script>${script}</script>
<meta http-equiv="refresh" content="0;url=${href}">
</head>
<body>
<p>Diese Adresse ist umgezogen: <a href="${href}">${href}</a></p>
</body>
</html>
`;
}
