/**
 * Reads one MDX page into plain data, with the same MDX parser the build uses (satteri, into mdast):
 * frontmatter, h2/h3 headings, `<Figure>`s, `<SelfCheck>`s and chapter addresses quoted as inline code,
 * each with its line for error messages.
 * Code blocks, attribute order and Markdown marks in headings cannot fool it, as they fooled regexes.
 */
import { mdxToMdast } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { at, headingIdProblem } from './heading-id.ts';
import { SUB_LETTER } from './question-key.ts';
import type { PageFigure, PageHeading, ParsedPage, PageSelfCheck, PageText } from './types.ts';

/** Component attributes whose text readers see. */
const SHOWN_ATTRIBUTES = new Set(['caption', 'question', 'title', 'alt', 'label', 'source']);

/** Inline code that reads as a chapter address: `/a/b/` or `/a/b/#id` (files such as `/links.json` are not). */
const EXAMPLE_LINK = /^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/;

/** The parser features of the site's Markdown pipeline (astro.config.mjs). */
export const MDX_FEATURES = { headingAttributes: true } as const;

/** The few mdast fields this reader looks at. */
interface Node {
  type: string;
  name?: string | null;
  depth?: number;
  value?: unknown;
  data?: { hProperties?: { id?: unknown } } | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** Plain text of a node, without Markdown marks (like mdast-util-to-string). */
function plainText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(plainText).join('');
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** A JSX element's attributes by name: text as text, `{expression}` as `{ expression }`. */
function attributes(node: Node): Map<string, string | { expression: string }> {
  const found = new Map<string, string | { expression: string }>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const value = attribute.value;
    if (typeof value === 'string') found.set(attribute.name, value);
    else if (value && typeof value === 'object' && 'value' in value)
      found.set(attribute.name, { expression: String(value.value) });
    else found.set(attribute.name, '');
  }
  return found;
}

/**
 * Parses one page. Throws a German error naming file and line for a heading without a stable id,
 * a `<Figure>` without id or caption, and a `<SelfCheck>` without nr, question or href.
 *
 * @example
 * parsePage('---\ntitle: Caching\ndescription: Über Caches.\n---\n## Größe {#groesse}\n', 'caching.mdx')
 * // { title: 'Caching', description: 'Über Caches.', headings: [{ depth: 2, id: 'groesse', text: 'Größe', line: 5 }],
 * //   figures: [], selfChecks: [], exampleLinks: [],
 * //   text: [{ line: 2, text: 'title: Caching' }, { line: 3, text: 'description: Über Caches.' }, { line: 5, text: 'Größe' }] }
 */
export function parsePage(source: string, file: string): ParsedPage {
  let tree: Node;
  try {
    tree = mdxToMdast(source, { features: MDX_FEATURES }) as Node;
  } catch (error) {
    throw new Error(`${file}: Die MDX-Datei lässt sich nicht lesen: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const page: ParsedPage = {
    title: '',
    description: '',
    headings: [],
    figures: [],
    selfChecks: [],
    exampleLinks: [],
    text: [],
  };
  const seen = new Set<string>();
  for (const node of walk(tree)) {
    const line = node.position?.start.line ?? 0;
    const where = at(file, line);
    if (node.type === 'yaml') {
      const data = parseYaml(String(node.value ?? '')) as Record<string, unknown> | null;
      page.title = typeof data?.title === 'string' ? data.title : '';
      page.description = typeof data?.description === 'string' ? data.description : '';
      pushLines(page.text, String(node.value ?? ''), line + 1);
    } else if (node.type === 'heading') {
      const heading = readHeading(node, line, seen, where);
      if (heading) page.headings.push(heading);
    } else if (node.type === 'inlineCode' && EXAMPLE_LINK.test(String(node.value))) {
      page.exampleLinks.push({ path: String(node.value), line });
    } else if (node.type === 'text') {
      pushLines(page.text, String(node.value ?? ''), line);
    } else if (node.type === 'code' && (node as { lang?: unknown }).lang === 'mermaid') {
      // A diagram's accTitle and accDescr are read out to screen-reader users.
      pushLines(page.text, String(node.value ?? ''), line + 1);
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const [name, value] of attributes(node)) {
        if (typeof value === 'string' && SHOWN_ATTRIBUTES.has(name)) page.text.push({ line, text: value });
      }
      if (node.name === 'Figure') page.figures.push(readFigure(node, line, where));
      if (node.name === 'SelfCheck') page.selfChecks.push(readSelfCheck(node, line, where));
    }
  }
  if (!page.title) throw new Error(`${file}: Im Frontmatter fehlt „title: …“.`);
  return page;
}

/** Adds a text that starts on `line`, one piece per line. */
function pushLines(text: PageText[], value: string, line: number): void {
  value.split('\n').forEach((piece, index) => text.push({ line: line + index, text: piece }));
}

function readHeading(node: Node, line: number, seen: Set<string>, where: string): PageHeading | undefined {
  const depth = node.depth ?? 0;
  if (depth !== 2 && depth !== 3) return undefined;
  const text = plainText(node).trim();
  const explicit = node.data?.hProperties?.id;
  const id = typeof explicit === 'string' ? explicit : undefined;
  const problem = headingIdProblem({ depth, text, id }, seen);
  if (problem || id === undefined) throw new Error(`${where}: ${problem}`);
  return { depth, id, text, line };
}

/** A text attribute, or an error that says how to write it. */
function text(
  attrs: Map<string, string | { expression: string }>,
  name: string,
  tag: string,
  where: string,
): string | undefined {
  const value = attrs.get(name);
  if (value === undefined || typeof value === 'string') return value;
  throw new Error(`${where}: <${tag}> ${name}={…}: bitte als Text schreiben, ${name}="…".`);
}

function readFigure(node: Node, line: number, where: string): PageFigure {
  const attrs = attributes(node);
  const id = text(attrs, 'id', 'Figure', where);
  const caption = text(attrs, 'caption', 'Figure', where);
  if (!id || !caption) throw new Error(`${where}: <Figure> braucht id="…" und caption="…".`);
  const figure: PageFigure = { id, caption, line };
  const source = text(attrs, 'source', 'Figure', where);
  const sourceHref = text(attrs, 'sourceHref', 'Figure', where);
  if (source) figure.source = source;
  if (sourceHref) figure.sourceHref = sourceHref;
  return figure;
}

function readSelfCheck(node: Node, line: number, where: string): PageSelfCheck {
  const attrs = attributes(node);
  const nrValue = attrs.get('nr');
  const nr = Number(typeof nrValue === 'string' ? nrValue : nrValue?.expression);
  const question = text(attrs, 'question', 'SelfCheck', where);
  const href = text(attrs, 'href', 'SelfCheck', where);
  if (!Number.isInteger(nr) || nr < 1 || !question || !href) {
    throw new Error(
      `${where}: <SelfCheck> braucht nr={Zahl}, question="…" und href="…" (das Ziel, z. B. href="/einfuehrung/#definition").`,
    );
  }
  if (attrs.has('where')) {
    throw new Error(
      `${where}: <SelfCheck where="…"> gibt es nicht mehr: Die Beschriftung des Links entsteht aus der Überschrift, auf die href zeigt.`,
    );
  }
  const sub = text(attrs, 'sub', 'SelfCheck', where);
  if (sub === undefined) return { nr, question, href, line };
  if (!SUB_LETTER.test(sub)) {
    throw new Error(
      `${where}: <SelfCheck nr={${nr}} sub="${sub}">: sub ist ein einzelner Kleinbuchstabe (sub="a" ergibt Frage ${nr}a).`,
    );
  }
  return { nr, sub, question, href, line };
}
