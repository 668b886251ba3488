/**
 * XML text for the cartridge: escaping, one-line titles and identifiers that are valid XML names.
 * The IMS schemas type titles and URLs as `xs:normalizedString` (no tabs or line breaks) and every
 * identifier as `xs:ID` (an NCName, unique in the manifest).
 */
import { asciiId } from '../links/ascii-id.ts';

// Characters XML 1.0 does not allow at all (C0 controls except tab, LF, CR; U+FFFE/U+FFFF; lone surrogates).
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Escapes text for XML element content and double-quoted attribute values.
 *
 * @example
 * escapeXml('Client & Server <"Modell">') // 'Client &amp; Server &lt;&quot;Modell&quot;&gt;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * A title as one line: whitespace runs become one space, characters XML forbids are dropped.
 *
 * @example
 * oneLine('  Load-\n  Balancing\t') // 'Load- Balancing'
 */
export function oneLine(text: string): string {
  return text.replace(NOT_XML, '').replace(/\s+/g, ' ').trim();
}

/** What an identifier in the cartridge looks like: an ASCII NCName. */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/**
 * Hands out identifiers that are valid `xs:ID` values and unique within one manifest: a prefix
 * that starts with a letter, the slug of a readable key (`start` for the start page `/`), and
 * `-2`, `-3`, … when two keys share a slug. Identifiers follow the link ids, so a re-import into
 * Canvas updates the items it made before instead of adding copies.
 *
 * @example
 * const id = identifiers(['root']); id('I_', '/caching/'); // 'I_caching'
 */
export function identifiers(reserved: string[] = []): (prefix: string, key: string) => string {
  const taken = new Set(reserved);
  return (prefix, key) => {
    const base = `${prefix}${asciiId(key) || 'start'}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}
