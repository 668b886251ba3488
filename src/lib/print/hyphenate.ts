/**
 * German hyphenation for print: soft hyphens (U+00AD) in the text of rendered HTML, computed at
 * build time with the TeX patterns of the `hyphen` package (de-1996). Chromium on Linux ships no
 * hyphenation dictionaries, so `hyphens: auto` alone does nothing in the handout PDF; soft hyphens
 * work everywhere. Text inside headings, table headers, code, SVG, scripts, styles and printed URLs
 * stays as is, and so do names with capitals inside (HAProxy).
 */
import { createRequire } from 'node:module';

// CommonJS without an exports map: required, so Node's ESM loader needs no directory import.
const de = createRequire(import.meta.url)('hyphen/de') as typeof import('hyphen/de');

/** Elements whose text is never hyphenated. */
const SKIP = new Set([
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'script',
  'style',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'source', 'col', 'area', 'base']);

/**
 * Inserts soft hyphens into the German text of an HTML fragment; tags and attributes stay untouched.
 *
 * @example
 * hyphenateHtml('<p>Verdrängungsstrategien <code>Lastverteilung</code></p>')
 * // '<p>Ver\u00addrän\u00adgungs\u00adstra\u00adte\u00adgien <code>Lastverteilung</code></p>'
 */
export function hyphenateHtml(html: string): string {
  const stack: Array<{ name: string; skip: boolean }> = [];
  return html.replace(/(<[^>]+>)|([^<]+)/g, (match, tag: string | undefined, text: string | undefined) => {
    if (tag) {
      const name = /^<\/?([a-zA-Z][\w-]*)/.exec(tag)?.[1]?.toLowerCase();
      if (!name) return tag;
      if (tag.startsWith('</')) {
        const open = stack.map((entry) => entry.name).lastIndexOf(name);
        if (open >= 0) stack.splice(open);
      } else if (!tag.endsWith('/>') && !VOID.has(name)) {
        stack.push({ name, skip: SKIP.has(name) || /\bclass="[^"]*\b(print-url|no-hyphens)\b/.test(tag) });
      }
      return tag;
    }
    const skipDepth = stack.some((entry) => entry.skip) ? 1 : 0;
    if (!text || skipDepth > 0) return match;
    // Names with capitals inside (HAProxy, RabbitMQ, WebRTC) stay whole.
    return text.replace(/[A-Za-zÄÖÜäöüß]{7,}/g, (word) =>
      /^.[^A-ZÄÖÜ]*[A-ZÄÖÜ]/.test(word) ? word : de.hyphenateSync(word, { minWordLength: 7 }),
    );
  });
}
