/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do (a path pattern on its own line, then
 * indented `Name: value` lines; `#` starts a comment; `*` matches anything, `:name` one segment), so
 * `npm start` and the end-to-end tests send the same headers the real host does. Several rules may
 * match one path; their headers are combined, a later value for the same name replacing an earlier.
 */

/** One block of a `_headers` file: the path pattern and its headers in file order. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/**
 * Parses `_headers` text. A header line before any path, or a line without a colon, is an error
 * naming the line.
 *
 * @example
 * parseHeadersFile('/*\n  X-Content-Type-Options: nosniff\n');
 * // [{ pattern: '/*', headers: [['X-Content-Type-Options', 'nosniff']] }]
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: trimmed, headers: [] });
      return;
    }
    const colon = trimmed.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon <= 0) {
      throw new Error(
        `_headers, Zeile ${index + 1}: „${trimmed}“ ist keine Kopfzeile „Name: Wert“ unter einem Pfad.`,
      );
    }
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  });
  return rules;
}

function patternRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) =>
      part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * The headers for a site path (relative to the base path, starting with `/`).
 *
 * @example
 * headersFor(parseHeadersFile('/*\n  A: 1\n/pagefind/*\n  A: 2\n'), '/pagefind/x.js'); // { A: '2' }
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternRegExp(rule.pattern).test(path)) continue;
    for (const [name, value] of rule.headers) headers[name] = value;
  }
  return headers;
}
