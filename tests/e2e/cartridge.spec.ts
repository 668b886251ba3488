import { strFromU8, unzipSync } from 'fflate';
import { CARTRIDGE_FILE, CHAPTER_CARTRIDGE } from '../../src/lib/cartridge/build.ts';
import { CHAPTER } from '../../src/lib/chapter/order.ts';
import { embedPath, LABS } from '../../src/lib/labs.ts';
import type { LinkManifest } from '../../src/lib/links/types.ts';
import { slidesPdfDecks } from '../../src/lib/print/slides.ts';
import { at, expect, test } from './fixtures.ts';

// The checks mirror what Moodle's CC 1.1 import (backup/converter/imscc11, backup/cc/cc112moodle.php)
// and the CC 1.1 schemas it validates against (backup/cc/schemas11) require, and how Canvas'
// importer (lib/cc/importer/standard) turns items into modules.
const NAMESPACES = {
  cp: 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1',
  lom: 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest',
  wl: 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1',
};
const NCNAME = /^[A-Za-z_][\w.-]*$/;

interface ParsedItem {
  identifier: string;
  identifierref: string | null;
  title: string | null;
  children: ParsedItem[];
}

/** Reads the cartridge's XML with the browser's namespace-aware DOMParser. */
function parseCartridge({ files, ns }: { files: Record<string, string>; ns: typeof NAMESPACES }) {
  const parse = (path: string) => {
    const doc = new DOMParser().parseFromString(files[path] ?? '', 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    return { doc, error: error ? `${path}: ${error.textContent}` : null };
  };
  const children = (element: Element, ns: string, name?: string) =>
    [...element.children].filter((child) => child.namespaceURI === ns && (!name || child.localName === name));
  const text = (element: Element | undefined) => element?.textContent ?? null;
  const item = (element: Element): ParsedItem => ({
    identifier: element.getAttribute('identifier') ?? '',
    identifierref: element.getAttribute('identifierref'),
    title: text(children(element, ns.cp, 'title')[0]),
    children: children(element, ns.cp, 'item').map(item),
  });

  const { doc, error } = parse('imsmanifest.xml');
  const root = doc.documentElement;
  const metadata = children(root, ns.cp, 'metadata')[0] ?? root;
  const general = doc.getElementsByTagNameNS(ns.lom, 'general')[0] ?? root;
  const organizations = children(root, ns.cp, 'organizations')[0] ?? root;
  const organization = children(organizations, ns.cp, 'organization');
  const top = organization[0] ? [...organization[0].children] : [];
  const resources = children(children(root, ns.cp, 'resources')[0] ?? root, ns.cp, 'resource');

  const weblinks = resources.flatMap((resource) =>
    children(resource, ns.cp, 'file').map((file) => {
      const path = file.getAttribute('href') ?? '';
      const { doc: link, error: linkError } = parse(path);
      const url = children(link.documentElement, ns.wl, 'url')[0];
      return {
        path,
        error: linkError,
        namespace: link.documentElement.namespaceURI,
        name: link.documentElement.localName,
        title: text(children(link.documentElement, ns.wl, 'title')[0]),
        href: url?.getAttribute('href') ?? null,
      };
    }),
  );

  return {
    error,
    namespace: root.namespaceURI,
    name: root.localName,
    schema: text(children(metadata, ns.cp, 'schema')[0]),
    schemaversion: text(children(metadata, ns.cp, 'schemaversion')[0]),
    lomTitle: text(
      general.getElementsByTagNameNS(ns.lom, 'title')[0]?.getElementsByTagNameNS(ns.lom, 'string')[0],
    ),
    lomLanguage: text(children(general, ns.lom, 'language')[0]),
    organizations: organization.map((org) => org.getAttribute('structure')),
    top: top.map((element) => ({ namespace: element.namespaceURI, name: element.localName })),
    root: top[0] ? item(top[0]) : null,
    identifiers: [...doc.querySelectorAll('[identifier]')].map(
      (element) => element.getAttribute('identifier') ?? '',
    ),
    resources: resources.map((resource) => ({
      identifier: resource.getAttribute('identifier') ?? '',
      type: resource.getAttribute('type'),
      href: resource.getAttribute('href'),
      files: children(resource, ns.cp, 'file').map((file) => file.getAttribute('href') ?? ''),
      dependencies: children(resource, ns.cp, 'dependency').length,
    })),
    weblinks,
  };
}

test('die Kursvorlage ist ein Common Cartridge 1.1 mit jeder Seite und jedem Labor des Kapitels und den Materialien', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const links: LinkManifest = await (await request.get(at('/links.json'))).json();
  const response = await request.get(at(`/${CARTRIDGE_FILE}`));
  expect(response.status(), `${CARTRIDGE_FILE} wird ausgeliefert`).toBe(200);
  const zip = unzipSync(new Uint8Array(await response.body()));
  const files = Object.fromEntries(Object.entries(zip).map(([path, bytes]) => [path, strFromU8(bytes)]));
  expect(Object.keys(files)[0], 'imsmanifest.xml liegt als erste Datei im Wurzelordner').toBe(
    'imsmanifest.xml',
  );

  // Moodle recognises CC 1.1 by the default namespace within the manifest's first 500 bytes.
  const head = Buffer.from(zip['imsmanifest.xml'] ?? [])
    .subarray(0, 500)
    .toString('latin1');
  expect(head.toLowerCase().replace(/\s*/g, '').replace(/["']/g, '')).toContain(`xmlns=${NAMESPACES.cp}`);

  const cc = await page.evaluate(parseCartridge, { files, ns: NAMESPACES });
  expect(cc.error).toBeNull();
  expect([cc.namespace, cc.name]).toEqual([NAMESPACES.cp, 'manifest']);
  expect([cc.schema, cc.schemaversion]).toEqual(['IMS Common Cartridge', '1.1.0']);
  expect([cc.lomTitle, cc.lomLanguage]).toEqual([CHAPTER_CARTRIDGE.title, 'de']);

  // One organization, fixed to rooted-hierarchy, with one untitled top item whose children are
  // the folders (Moodle: sections at depth 2; Canvas: `organization > item > item` are modules).
  expect(cc.organizations).toEqual(['rooted-hierarchy']);
  expect(cc.top).toEqual([{ namespace: NAMESPACES.cp, name: 'item' }]);
  const root = cc.root;
  if (!root) throw new Error('kein Wurzel-Item');
  expect(root.title).toBeNull();
  expect(root.identifierref).toBeNull();

  // Identifiers are xs:ID (NCName, unique); every identifierref is an xs:IDREF to a resource.
  for (const id of cc.identifiers) expect(id).toMatch(NCNAME);
  expect(new Set(cc.identifiers).size).toBe(cc.identifiers.length);
  const resources = new Map(cc.resources.map((resource) => [resource.identifier, resource]));
  const items = root.children.flatMap((folder) => folder.children);
  expect(items.map((item) => item.identifierref).sort()).toEqual([...resources.keys()].sort());
  for (const folder of root.children) {
    expect(folder.identifierref, `Ordner ${folder.title} verweist auf nichts`).toBeNull();
    expect(folder.title, 'jeder Ordner hat einen Titel').toBeTruthy();
  }
  for (const item of items) {
    expect(item.children, `Link-Item ${item.identifier} hat keine Unter-Items (CC 1.1 Regel 8b)`).toEqual([]);
    expect(item.title, `Link-Item ${item.identifier} hat einen Titel`).toBeTruthy();
  }

  // Web-link resources (CC 1.1 rule set 2): exactly one file, no href, no dependency; the file
  // exists in the zip and is a webLink in the CC 1.1 namespace.
  for (const resource of cc.resources) {
    expect(resource, resource.identifier).toMatchObject({
      type: 'imswl_xmlv1p1',
      href: null,
      dependencies: 0,
    });
    expect(resource.files).toHaveLength(1);
  }
  expect(cc.weblinks.map((link) => link.path).sort()).toEqual(
    Object.keys(files)
      .filter((path) => path !== 'imsmanifest.xml')
      .sort(),
  );
  const weblinks = new Map(cc.weblinks.map((link) => [link.path, link]));
  for (const link of cc.weblinks) {
    expect(link.error).toBeNull();
    expect([link.namespace, link.name], link.path).toEqual([NAMESPACES.wl, 'webLink']);
  }

  // One item per page and lab of links.json, in its order and grouping; folders in chapter order.
  // A lab leads to its chapter page through its short link (review L7-9: not the bare embed view).
  const prefix = new URL(links.base, links.site).href;
  const labs = new Map(LABS.map((lab) => [embedPath(lab), lab]));
  const expected: { part: string; links: { title: string; url: string }[] }[] = [];
  for (const target of links.targets.filter((t) => t.kind === 'page' || t.kind === 'lab')) {
    if (expected.at(-1)?.part !== target.part) expected.push({ part: target.part, links: [] });
    const lab = target.kind === 'lab' ? labs.get(target.id) : undefined;
    if (target.kind === 'lab') expect(lab, `${target.id} ist ein Labor aus src/lib/labs.ts`).toBeDefined();
    const url = lab ? new URL(`labor/${lab.id}/`, prefix).href : target.url;
    expected.at(-1)?.links.push({ title: target.title, url });
  }
  // Last the folder „Materialien“: both handouts, the whole chapter's deck, every deck's slides PDF.
  const deck = links.targets.find((t) => t.kind === 'deck' && t.id === '/vortrag/kapitel/');
  expected.push({
    part: 'Materialien',
    links: [
      { title: 'Handout ohne Lösungen (PDF)', url: new URL('handout-ohne-loesungen.pdf', prefix).href },
      { title: 'Handout mit Musterantworten (PDF)', url: new URL('handout.pdf', prefix).href },
      { title: deck?.title ?? 'Foliensatz fehlt in links.json', url: deck?.url ?? '' },
      ...slidesPdfDecks().map((slides) => ({
        title: `Folien (PDF): ${slides.title}`,
        url: new URL(`${slides.path.slice(1)}folien.pdf`, prefix).href,
      })),
    ],
  });
  const actual = root.children.map((folder) => ({
    part: folder.title,
    links: folder.children.map((item) => {
      const file = resources.get(item.identifierref ?? '')?.files[0] ?? '';
      const link = weblinks.get(file);
      expect(link?.title, `Titel in ${file}`).toBe(item.title);
      return { title: item.title, url: link?.href };
    }),
  }));
  expect(actual).toEqual(expected);
  expect(actual.map((folder) => folder.part)).toEqual([
    ...CHAPTER.map((group) => group.label),
    'Materialien',
  ]);
  expect(labs.size, 'links.json enthält die Labore').toBeGreaterThan(0);

  // Every link works on this build: strip SITE + BASE, fetch the page (a short link: its redirect
  // page, then where it leads), find the anchor; a PDF is served as a PDF.
  const broken: string[] = [];
  const anchors = async (response: { text: () => Promise<string> }) =>
    new Set([...(await response.text()).matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id));
  for (const { href } of cc.weblinks) {
    if (!href?.startsWith(prefix)) {
      broken.push(`${href} (beginnt nicht mit ${prefix})`);
      continue;
    }
    const url = new URL(href);
    const path = `/${url.pathname.slice(new URL(prefix).pathname.length)}`;
    const target = await request.get(at(path), { maxRedirects: 0 });
    if (target.status() !== 200) {
      broken.push(`${href} (HTTP ${target.status()})`);
      continue;
    }
    if (path.endsWith('.pdf')) {
      if (!target.headers()['content-type']?.includes('pdf')) broken.push(`${href} (kein PDF)`);
      continue;
    }
    const refresh = /<meta http-equiv="refresh" content="0;url=([^"]+)">/.exec(await target.text())?.[1];
    if (refresh) {
      // The redirect page of a short link: its destination is root-relative with base.
      const [to = '', hash = ''] = refresh.replace(/&amp;/g, '&').split('#');
      const destination = await request.get(to);
      if (!to.startsWith(new URL(prefix).pathname) || destination.status() !== 200)
        broken.push(`${href} → ${refresh} (HTTP ${destination.status()})`);
      else if (!hash || !(await anchors(destination)).has(hash))
        broken.push(`${href} → ${refresh} (Anker fehlt)`);
    } else if (url.hash && !(await anchors(target)).has(decodeURIComponent(url.hash.slice(1)))) {
      broken.push(`${href} (Anker fehlt)`);
    }
  }
  expect(broken, 'Links der Kursvorlage, die im Build nicht auflösen').toEqual([]);
});
