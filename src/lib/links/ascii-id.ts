/**
 * A readable ASCII id for a text: German umlauts and ß spelled out, other accents dropped, every
 * run of other characters a hyphen. Heading ids, link-directory ids and cartridge identifiers use it.
 *
 * @example
 * asciiId('Größe und Übersicht') // 'groesse-und-uebersicht'
 * asciiId('/systemdesign/load-balancing/') // 'systemdesign-load-balancing'
 */
export function asciiId(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
