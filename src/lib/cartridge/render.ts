/**
 * The two kinds of XML file in an IMS Common Cartridge 1.1 of web links: `imsmanifest.xml`
 * (IMS CP 1.2 profile with LOM metadata) and one `webLink` file per link. Element order, namespaces
 * and schema locations follow the CC 1.1 schemas that Moodle's importer validates against
 * (backup/cc/schemas11 in Moodle) and the files Moodle's and Canvas' exporters write.
 */
import type { CartridgeLink, CartridgeOutline } from './outline.ts';
import { escapeXml, oneLine } from './xml.ts';

export const NS = {
  cp: 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1',
  lom: 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest',
  weblink: 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

const SCHEMA = {
  cp: 'http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd',
  lom: 'http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd',
  weblink: 'http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imswl_v1p1.xsd',
} as const;

/** The resource type of a CC 1.1 web link. */
export const WEBLINK_TYPE = 'imswl_xmlv1p1';

export interface CartridgeMetadata {
  title: string;
  description: string;
  /** Language of title and description (BCP 47), e.g. `de`. */
  language: string;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** `<lomimscc:NAME><lomimscc:string language="…">TEXT</lomimscc:string></lomimscc:NAME>` */
function langString(name: string, text: string, language: string, indent: string): string[] {
  return [
    `${indent}<lomimscc:${name}>`,
    `${indent}  <lomimscc:string language="${escapeXml(language)}">${escapeXml(oneLine(text))}</lomimscc:string>`,
    `${indent}</lomimscc:${name}>`,
  ];
}

/**
 * The cartridge manifest. The default namespace comes right after the short identifier: Moodle
 * recognises a CC 1.1 package by finding it within the file's first 500 bytes.
 *
 * @example
 * manifestXml(outline(manifest, 'M_kapitel-2'), { title: 'Kapitel 2', description: '…', language: 'de' })
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<manifest identifier="M_kapitel-2" xmlns="…imscp_v1p1" …'
 */
export function manifestXml(outline: CartridgeOutline, metadata: CartridgeMetadata): string {
  const lines = [
    XML_DECLARATION,
    `<manifest identifier="${outline.manifest}" xmlns="${NS.cp}" xmlns:lomimscc="${NS.lom}" ` +
      `xmlns:xsi="${NS.xsi}" xsi:schemaLocation="${NS.cp} ${SCHEMA.cp} ${NS.lom} ${SCHEMA.lom}">`,
    '  <metadata>',
    '    <schema>IMS Common Cartridge</schema>',
    '    <schemaversion>1.1.0</schemaversion>',
    '    <lomimscc:lom>',
    '      <lomimscc:general>',
    ...langString('title', metadata.title, metadata.language, '        '),
    `        <lomimscc:language>${escapeXml(metadata.language)}</lomimscc:language>`,
    ...langString('description', metadata.description, metadata.language, '        '),
    '      </lomimscc:general>',
    '    </lomimscc:lom>',
    '  </metadata>',
    '  <organizations>',
    `    <organization identifier="${outline.organization}" structure="rooted-hierarchy">`,
    // The top item has no title in CC 1.1; its children are Moodle's sections and Canvas' modules.
    `      <item identifier="${outline.root}">`,
  ];
  for (const part of outline.parts) {
    lines.push(
      `        <item identifier="${part.item}">`,
      `          <title>${escapeXml(part.title)}</title>`,
    );
    for (const link of part.links) {
      lines.push(
        `          <item identifier="${link.item}" identifierref="${link.resource}">`,
        `            <title>${escapeXml(link.title)}</title>`,
        '          </item>',
      );
    }
    lines.push('        </item>');
  }
  lines.push('      </item>', '    </organization>', '  </organizations>', '  <resources>');
  for (const link of outline.parts.flatMap((part) => part.links)) {
    lines.push(
      `    <resource identifier="${link.resource}" type="${WEBLINK_TYPE}">`,
      `      <file href="${escapeXml(link.file)}"/>`,
      '    </resource>',
    );
  }
  lines.push('  </resources>', '</manifest>', '');
  return lines.join('\n');
}

/**
 * One web link. Moodle reads `/wl:webLink/wl:url/@href`, Canvas `webLink url[href]`; the title
 * is what both show if the manifest item had none.
 *
 * @example
 * weblinkXml({ title: 'Caching', url: 'https://example.org/systemdesign/caching/', … })
 * // '…<webLink xmlns="…imswl_v1p1" …>\n  <title>Caching</title>\n  <url href="https://…" target="_blank"/>\n</webLink>\n'
 */
export function weblinkXml(link: Pick<CartridgeLink, 'title' | 'url'>): string {
  return [
    XML_DECLARATION,
    `<webLink xmlns="${NS.weblink}" xmlns:xsi="${NS.xsi}" xsi:schemaLocation="${NS.weblink} ${SCHEMA.weblink}">`,
    `  <title>${escapeXml(link.title)}</title>`,
    `  <url href="${escapeXml(oneLine(link.url))}" target="_blank"/>`,
    '</webLink>',
    '',
  ].join('\n');
}
