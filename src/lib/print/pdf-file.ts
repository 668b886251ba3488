/**
 * Small readers and one writer for the PDFs Chromium (Skia) produces: where each named
 * destination lands (page numbers for the table of contents), and an incremental update that
 * sets the document information (title, author, …) and the catalog's /Lang. Skia writes plain
 * objects and a classic xref table, which is all this handles; cost is linear in the file size.
 */

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** The text of object `n 0 obj … endobj`, or undefined. */
function objectText(pdf: string, n: number): string | undefined {
  const start = new RegExp(`(?:^|[\\r\\n])${n} 0 obj\\b`).exec(pdf);
  if (!start) return undefined;
  const end = pdf.indexOf('endobj', start.index);
  return pdf.slice(start.index, end === -1 ? undefined : end);
}

/** Decodes a PDF name (`/weighted-round-robin`, `/gr#C3#BC`) to a string. */
function decodeName(name: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < name.length; i++) {
    if (name[i] === '#' && i + 2 < name.length) {
      bytes.push(parseInt(name.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(name.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Page object numbers in page order, following the /Pages tree from the catalog. */
function pageObjects(pdf: string, catalog: string): number[] {
  const root = /\/Pages (\d+) 0 R/.exec(catalog)?.[1];
  if (!root) return [];
  const pages: number[] = [];
  const walk = (n: number) => {
    const text = objectText(pdf, n) ?? '';
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(text)?.[1];
    if (/\/Type\s*\/Pages\b/.test(text) && kids) {
      for (const [, kid] of kids.matchAll(/(\d+) 0 R/g)) walk(Number(kid));
    } else pages.push(n);
  };
  walk(Number(root));
  return pages;
}

function catalogText(pdf: string): { number: number; text: string } {
  const roots = [...pdf.matchAll(/\/Root (\d+) 0 R/g)];
  const number = Number(roots.at(-1)?.[1]);
  const text = objectText(pdf, number);
  if (!text) throw new Error('PDF ohne Katalog (/Root).');
  return { number, text };
}

/**
 * The 1-based page of every named destination (Chromium makes one for each id a link points to).
 *
 * @example
 * namedDestinationPages(await page.pdf()).get('inhalt') // 2
 */
export function namedDestinationPages(bytes: Uint8Array): Map<string, number> {
  const pdf = latin1(bytes);
  const { text: catalog } = catalogText(pdf);
  const pages = pageObjects(pdf, catalog);
  const result = new Map<string, number>();
  const destsRef = /\/Dests (\d+) 0 R/.exec(catalog)?.[1];
  if (!destsRef) return result;
  const dests = objectText(pdf, Number(destsRef)) ?? '';
  for (const [, name = '', pageRef] of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g)) {
    const index = pages.indexOf(Number(pageRef));
    if (index >= 0) result.set(decodeName(name), index + 1);
  }
  return result;
}

/** The raw string value of `/key` in a dictionary: a balanced `( … )` literal or a `< … >` hex string. */
function pdfValueAt(dict: string, key: string): string | undefined {
  const match = new RegExp(`/${key}\\s*([(<])`).exec(dict);
  if (!match) return undefined;
  const start = match.index + match[0].length - 1;
  if (match[1] === '<') {
    const end = dict.indexOf('>', start);
    return end === -1 ? undefined : dict.slice(start, end + 1);
  }
  let depth = 0;
  for (let i = start; i < dict.length; i++) {
    const char = dict[i];
    if (char === '\\') i += 1;
    else if (char === '(') depth += 1;
    else if (char === ')' && --depth === 0) return dict.slice(start, i + 1);
  }
  return undefined;
}

/** A PDF text string: ASCII as a literal, anything else as UTF-16BE hex with byte order mark. */
function pdfString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, '\\$&')})`;
  const utf16 = Buffer.from(value, 'utf16le').swap16();
  return `<FEFF${utf16.toString('hex').toUpperCase()}>`;
}

export interface DocumentInfo {
  title: string;
  author: string;
  subject?: string;
  keywords?: string;
  /** BCP 47 language of the document, e.g. `de-DE`. */
  lang: string;
}

/**
 * Appends an incremental update: a new document information dictionary and, when the catalog has
 * no /Lang, a catalog with one. The original bytes stay untouched, so tags, outline and links stay.
 *
 * @example
 * setDocumentInfo(pdf, { title: 'Handout', author: 'A und B', lang: 'de-DE' }) // new Uint8Array
 */
export function setDocumentInfo(bytes: Uint8Array, info: DocumentInfo): Uint8Array {
  const pdf = latin1(bytes);
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf)?.[1]);
  if (!Number.isFinite(startxref)) throw new Error('PDF ohne startxref: Metadaten nicht gesetzt.');
  const trailer = pdf.slice(pdf.lastIndexOf('trailer'));
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1]);
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1];
  const catalog = catalogText(pdf);
  const oldInfo = /\/Info (\d+) 0 R/.exec(trailer)?.[1];
  const oldInfoText = oldInfo ? (objectText(pdf, Number(oldInfo)) ?? '') : '';
  const keep = (key: string) => pdfValueAt(oldInfoText, key);

  const objects: Array<[number, string]> = [];
  const infoNumber = size;
  const entries = [
    `/Title ${pdfString(info.title)}`,
    `/Author ${pdfString(info.author)}`,
    info.subject ? `/Subject ${pdfString(info.subject)}` : '',
    info.keywords ? `/Keywords ${pdfString(info.keywords)}` : '',
    ...['Creator', 'Producer', 'CreationDate', 'ModDate'].map((key) =>
      keep(key) ? `/${key} ${keep(key)}` : '',
    ),
  ].filter(Boolean);
  objects.push([infoNumber, `<<${entries.join('\n')}>>`]);
  if (!/\/Lang\b/.test(catalog.text)) {
    const body = catalog.text.replace(/^[\s\S]*?obj\s*/, '').trim();
    const dict = body.replace(/^<</, `<</Lang ${pdfString(info.lang)}\n`);
    objects.push([catalog.number, dict]);
  }

  const offset = bytes.length;
  let update = '\n';
  const xref: Array<[number, number]> = [];
  for (const [n, dict] of objects) {
    const text = `${n} 0 obj\n${dict}\nendobj\n`;
    xref.push([n, offset + Buffer.byteLength(update, 'latin1')]);
    update += text;
  }
  const xrefOffset = offset + Buffer.byteLength(update, 'latin1');
  update += 'xref\n0 1\n0000000000 65535 f \n';
  for (const [n, at] of xref.sort((a, b) => a[0] - b[0]))
    update += `${n} 1\n${String(at).padStart(10, '0')} 00000 n \n`;
  update +=
    `trailer\n<</Size ${size + 1} /Root ${catalog.number} 0 R /Info ${infoNumber} 0 R /Prev ${startxref}` +
    `${id ? ` /ID ${id}` : ''}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([Buffer.from(bytes), Buffer.from(update, 'latin1')]);
}
