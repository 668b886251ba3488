/**
 * Pagefind marks whole index tokens, trailing punctuation included ("<mark>Last.</mark>"); the
 * excerpt shows the punctuation after the mark instead.
 *
 * @example
 * cleanExcerpt('ohne <mark>Last.</mark> Und') // 'ohne <mark>Last</mark>. Und'
 */
export function cleanExcerpt(html: string): string {
  return html.replace(/([.,;:!?)\]“"'»]+)<\/mark>/g, '</mark>$1').replace(/<mark>([([„"'«]+)/g, '$1<mark>');
}
