/**
 * References instead of raw URLs in the handout: every external link of a part gets a reference
 * number (one number per distinct address), and the part ends with the list of those addresses,
 * each printed once and breakable only at sensible points (after a slash, before a dot, hyphen,
 * question mark, …). The link text stays a clickable link in the PDF.
 */

export interface Reference {
  /** 1-based number within the part. */
  n: number;
  url: string;
  /** Anchor id of the entry in the part's reference list. */
  id: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * A URL as HTML with break opportunities (`<wbr>`) where a book breaks addresses: after `//` and
 * `/`, before `.`, `-`, `_`, `?`, `#`, `&`, `=` and `~`; never inside a word, never with a hyphen.
 *
 * @example
 * breakableUrl('https://a.org/x-y?z=1') // 'https://<wbr>a<wbr>.org/<wbr>x<wbr>-y<wbr>?z<wbr>=1'
 */
export function breakableUrl(url: string): string {
  return url
    .split(/(\/+|[.\-_?#&=~])/)
    .filter(Boolean)
    .map((piece, index, pieces) => {
      const html = escapeHtml(piece);
      if (/^\/+$/.test(piece)) return index < pieces.length - 1 ? `${html}<wbr>` : html;
      if (/^[.\-_?#&=~]$/.test(piece)) return index > 0 ? `<wbr>${html}` : html;
      return html;
    })
    .join('')
    .replace(/^(https?:\/\/)<wbr>/, '$1');
}

/**
 * Numbers the external links (`http(s)://…`, except those marked `print-no-href`) of one part:
 * each gets a print-only superscript reference after it. Returns the rewritten HTML and the list.
 *
 * @example
 * numberReferences('<a href="https://a.org/">A</a>', 'teil-x')
 * // { html: '<a href="https://a.org/">A</a><sup class="print-ref">…[1]…</sup>', references: [{ n: 1, url: 'https://a.org/', id: 'teil-x-ref-1' }] }
 */
export function numberReferences(html: string, prefix: string): { html: string; references: Reference[] } {
  const references: Reference[] = [];
  const byUrl = new Map<string, Reference>();
  const rewritten = html.replace(
    /<a\b([^>]*?)\shref="(https?:\/\/[^"]+)"([^>]*)>([\s\S]*?)<\/a>/g,
    (match, before: string, href: string, after: string) => {
      if (/\bprint-no-href\b/.test(before + after)) return match;
      const url = unescapeHtml(href);
      let reference = byUrl.get(url);
      if (!reference) {
        reference = { n: references.length + 1, url, id: `${prefix}-ref-${references.length + 1}` };
        references.push(reference);
        byUrl.set(url, reference);
      }
      return `${match}<sup class="print-ref print-only"><a href="#${reference.id}" aria-label="Verweis ${reference.n}">[${reference.n}]</a></sup>`;
    },
  );
  return { html: rewritten, references };
}

/**
 * The print-only list that ends a part: "[1] https://…" per reference, each URL a link.
 *
 * @example
 * referenceList([{ n: 1, url: 'https://a.org/', id: 'teil-x-ref-1' }]) // '<aside class="handout-references print-only" …'
 */
export function referenceList(references: Reference[]): string {
  if (references.length === 0) return '';
  const items = references
    .map(
      ({ n, url, id }) =>
        `<li id="${id}"><span class="ref-n">[${n}]</span> <a class="print-url print-no-href" href="${escapeHtml(url)}">${breakableUrl(url)}</a></li>`,
    )
    .join('');
  return `<aside class="handout-references print-only" aria-label="Verweise"><p class="handout-references-title">Verweise</p><ol>${items}</ol></aside>`;
}

/**
 * The Quellen appendix prints each address once, right after its entry (breakable as above).
 *
 * @example
 * printUrls('<a href="https://a.org/">A</a>') // '<a href="https://a.org/">A</a><span class="print-url print-only"> https://a.org/</span>'
 */
export function printUrls(html: string): string {
  return html.replace(
    /<a\b([^>]*?)\shref="(https?:\/\/[^"]+)"([^>]*)>([\s\S]*?)<\/a>/g,
    (match, before: string, href: string, after: string) =>
      /\bprint-no-href\b/.test(before + after)
        ? match
        : `${match}<span class="print-url print-only"> ${breakableUrl(unescapeHtml(href))}</span>`,
  );
}
