import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCartridge, CHAPTER_CARTRIDGE, type CartridgeOptions } from '../../src/lib/cartridge/build.ts';
import { parseLinkManifest } from '../../src/lib/cartridge/link-manifest.ts';
import { chapterExtras, MATERIALS_FOLDER } from '../../src/lib/cartridge/materials.ts';
import { weblinkXml } from '../../src/lib/cartridge/render.ts';
import { escapeXml, IDENTIFIER } from '../../src/lib/cartridge/xml.ts';
import { LABS } from '../../src/lib/labs.ts';
import type { LinkKind, LinkManifest, LinkTarget } from '../../src/lib/links/types.ts';
import { HANDOUT_FILES } from '../../src/lib/print/handout.ts';
import { slidesPdfDecks, slidesPdfPaths } from '../../src/lib/print/slides.ts';
import { REDIRECTS } from '../../src/lib/redirects.ts';

const SITE = 'https://lehre.example.org';
const BASE = '/se/kapitel-2/';

function target(id: string, kind: LinkKind, title: string, part: string): LinkTarget {
  const href = `${BASE.slice(0, -1)}${id}`;
  const page = id.replace(/#.*$/, '').replace(/^\/|\/$/g, '');
  return { id, kind, title, url: `${SITE}${href}`, href, page, part };
}

/** A small chapter in reading order, with the kinds the cartridge leaves out mixed in. */
const CHAPTER: LinkManifest = {
  site: SITE,
  base: BASE,
  targets: [
    target('/', 'page', 'Verteilte Softwaresysteme', 'Start'),
    target('/#inhalt', 'section', 'Inhalt', 'Start'),
    target('/einfuehrung/', 'page', 'Einführung', '1 Einführung'),
    target('/einfuehrung/#abb-schichten', 'figure', 'Abb. 1: Schichten', '1 Einführung'),
    target('/systemdesign/', 'page', 'Systemdesign', '3 Systemdesign'),
    target('/systemdesign/caching/', 'page', 'Caching', '3 Systemdesign'),
    target('/embed/caching/', 'lab', 'Caching-Labor', '3 Systemdesign'),
    target('/systemdesign/caching/#frage-1', 'question', 'Frage 1: Was ist LRU?', '3 Systemdesign'),
    target('/verstaendnisfragen/', 'page', 'Verständnisfragen', 'Anhang'),
    target('/vortrag/kapitel/', 'deck', 'Vortrag: das ganze Kapitel', 'Start'),
  ],
};

/** The chapter's extras on the small chapter: lab short links and the „Materialien“ folder. */
const EXTRAS = chapterExtras(CHAPTER);

const OPTIONS: CartridgeOptions = {
  identifier: 'M_test',
  title: 'Kapitel 2',
  description: 'Alle Seiten',
  language: 'de',
};

const attributes = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map(([, value]) => value ?? '');

describe('outline', () => {
  it('keeps pages and labs, grouped by part in reading order, each lab right after its page', () => {
    const { outline } = buildCartridge(CHAPTER, OPTIONS);
    expect(
      outline.parts.map((part) => [part.title, part.links.map((link) => `${link.kind}:${link.title}`)]),
    ).toEqual([
      ['Start', ['page:Verteilte Softwaresysteme']],
      ['1 Einführung', ['page:Einführung']],
      ['3 Systemdesign', ['page:Systemdesign', 'page:Caching', 'lab:Caching-Labor']],
      ['Anhang', ['page:Verständnisfragen']],
    ]);
    expect(outline.parts[2]?.links[2]?.url).toBe('https://lehre.example.org/se/kapitel-2/embed/caching/');
  });

  it('groups a part by its first appearance even if the manifest interleaves parts', () => {
    const interleaved = {
      ...CHAPTER,
      targets: [
        target('/a/', 'page', 'A', 'Teil 1'),
        target('/b/', 'page', 'B', 'Teil 2'),
        target('/c/', 'page', 'C', 'Teil 1'),
      ],
    };
    const { outline } = buildCartridge(interleaved, OPTIONS);
    expect(outline.parts.map((part) => [part.title, part.links.map((link) => link.title)])).toEqual([
      ['Teil 1', ['A', 'C']],
      ['Teil 2', ['B']],
    ]);
  });

  it('refuses a manifest identifier that is no XML name', () => {
    expect(() => buildCartridge(CHAPTER, { ...OPTIONS, identifier: '2-kapitel' })).toThrow(
      /„2-kapitel“ ist kein gültiger Bezeichner/,
    );
  });

  it('refuses a manifest without pages or labs, in German', () => {
    const sectionsOnly = { ...CHAPTER, targets: CHAPTER.targets.filter((t) => t.kind === 'section') };
    expect(() => buildCartridge(sectionsOnly, OPTIONS)).toThrow(/keine Seiten und Labore/);
  });
});

describe("the chapter's extras", () => {
  it('lead each lab item to the lab in its chapter page: its short link, under SITE and BASE', () => {
    const { outline } = buildCartridge(CHAPTER, OPTIONS, EXTRAS);
    const links = outline.parts.flatMap((part) => part.links);
    const index = links.findIndex((link) => link.kind === 'lab');
    expect(links[index]?.url).toBe('https://lehre.example.org/se/kapitel-2/labor/caching/');
    // The short link redirects to the lab's section on the page the item follows in its folder.
    const caching = LABS.find((candidate) => candidate.id === 'caching');
    expect(REDIRECTS['/labor/caching/']).toBe(`${caching?.page}#${caching?.anchor}`);
    expect(links[index - 1]?.url).toBe(`https://lehre.example.org/se/kapitel-2${caching?.page}`);
    // Every lab of the chapter has its short link, and every short link is a redirect.
    for (const each of LABS) {
      const path = EXTRAS.labLinks[`/embed/${each.id}/`];
      expect(path && REDIRECTS[path], each.id).toBe(`${each.page}#${each.anchor}`);
    }
  });

  it('add a last folder „Materialien“: handouts, the chapter deck, every slides PDF, under SITE and BASE', () => {
    const { outline } = buildCartridge(CHAPTER, OPTIONS, EXTRAS);
    expect(outline.parts.map((part) => part.title)).toEqual([
      'Start',
      '1 Einführung',
      '3 Systemdesign',
      'Anhang',
      MATERIALS_FOLDER,
    ]);
    const materials = outline.parts.at(-1);
    expect(materials?.item).toBe('P_materialien');
    const at = (path: string) => `https://lehre.example.org/se/kapitel-2${path}`;
    const slides = slidesPdfDecks();
    expect(slides.length).toBeGreaterThan(2);
    expect(materials?.links.map((link) => [link.kind, link.title, link.url])).toEqual([
      ['pdf', 'Handout ohne Lösungen (PDF)', at(`/${HANDOUT_FILES.student}`)],
      ['pdf', 'Handout mit Musterantworten (PDF)', at(`/${HANDOUT_FILES.full}`)],
      ['deck', 'Vortrag: das ganze Kapitel', at('/vortrag/kapitel/')],
      ...slides.map((deck) => ['pdf', `Folien (PDF): ${deck.title}`, at(slidesPdfPaths(deck.path).slides)]),
    ]);
    expect(materials?.links[3]?.url).toBe(at('/vortrag/kapitel/folien.pdf'));
  });

  it('leave out the folder when it is empty and refuse a manifest without the chapter deck, in German', () => {
    const empty = buildCartridge(CHAPTER, OPTIONS, { folder: { title: 'Leer', links: [] } });
    expect(empty.outline.parts.map((part) => part.title)).not.toContain('Leer');
    const noDeck = { ...CHAPTER, targets: CHAPTER.targets.filter((t) => t.kind !== 'deck') };
    expect(() => chapterExtras(noDeck)).toThrow(
      /fehlt der Foliensatz des ganzen Kapitels \(\/vortrag\/kapitel\/\)/,
    );
  });

  it('refuse a lab without a link into the chapter and a SITE that is no address, in German', () => {
    expect(() => buildCartridge(CHAPTER, OPTIONS, { labLinks: {} })).toThrow(
      /Für das Labor \/embed\/caching\/ \(„Caching-Labor“\) gibt es keinen Link ins Kapitel/,
    );
    expect(() => buildCartridge({ ...CHAPTER, site: 'lehre' }, OPTIONS, EXTRAS)).toThrow(
      /SITE „lehre“ ist keine absolute Adresse/,
    );
  });
});

describe('imsmanifest.xml', () => {
  it('is a CC 1.1 manifest: namespaces, schema locations, metadata, one rooted organization', () => {
    const tiny = { ...CHAPTER, targets: CHAPTER.targets.slice(5, 7) };
    expect(buildCartridge(tiny, OPTIONS).files.get('imsmanifest.xml')).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="M_test" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd">
  <metadata>
    <schema>IMS Common Cartridge</schema>
    <schemaversion>1.1.0</schemaversion>
    <lomimscc:lom>
      <lomimscc:general>
        <lomimscc:title>
          <lomimscc:string language="de">Kapitel 2</lomimscc:string>
        </lomimscc:title>
        <lomimscc:language>de</lomimscc:language>
        <lomimscc:description>
          <lomimscc:string language="de">Alle Seiten</lomimscc:string>
        </lomimscc:description>
      </lomimscc:general>
    </lomimscc:lom>
  </metadata>
  <organizations>
    <organization identifier="O_chapter" structure="rooted-hierarchy">
      <item identifier="root">
        <item identifier="P_3-systemdesign">
          <title>3 Systemdesign</title>
          <item identifier="I_systemdesign-caching" identifierref="R_systemdesign-caching">
            <title>Caching</title>
          </item>
          <item identifier="I_embed-caching" identifierref="R_embed-caching">
            <title>Caching-Labor</title>
          </item>
        </item>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="R_systemdesign-caching" type="imswl_xmlv1p1">
      <file href="R_systemdesign-caching.xml"/>
    </resource>
    <resource identifier="R_embed-caching" type="imswl_xmlv1p1">
      <file href="R_embed-caching.xml"/>
    </resource>
  </resources>
</manifest>
`,
    );
  });

  it('puts the CC 1.1 namespace where Moodle looks for it: in the first 500 bytes', () => {
    // Moodle's imscc11_converter::detect_format: first 500 bytes, lower case, no whitespace or quotes.
    const manifest = buildCartridge(CHAPTER, CHAPTER_CARTRIDGE).files.get('imsmanifest.xml') ?? '';
    const head = Buffer.from(manifest).subarray(0, 500).toString('latin1');
    const normalized = head.toLowerCase().replace(/\s*/g, '').replace(/["']/g, '');
    expect(normalized).toContain('xmlns=http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1');
  });

  it('gives every element a valid, unique identifier and resolves every identifierref', () => {
    const colliding = {
      ...CHAPTER,
      targets: [
        target('/a-b/', 'page', 'A-B', 'Teil'),
        target('/a/b/', 'page', 'A/B', 'Teil'),
        target('/a_b/', 'page', 'A_B', 'Teil!'),
        target('/', 'page', 'Start', 'Teil?'),
      ],
    };
    for (const [manifest, extras] of [
      [CHAPTER, {}],
      [CHAPTER, EXTRAS],
      [colliding, {}],
    ] as const) {
      const { files } = buildCartridge(manifest, OPTIONS, extras);
      const xml = files.get('imsmanifest.xml') ?? '';
      const ids = attributes(xml, 'identifier');
      for (const id of ids) expect(id).toMatch(IDENTIFIER);
      expect(new Set(ids).size).toBe(ids.length);
      const resources = [...xml.matchAll(/<resource identifier="([^"]*)" type="imswl_xmlv1p1">/g)].map(
        ([, id]) => id,
      );
      expect(attributes(xml, 'identifierref')).toEqual(resources);
      expect(attributes(xml, 'href').sort()).toEqual(
        [...files.keys()].filter((f) => f !== 'imsmanifest.xml').sort(),
      );
    }
    const { outline } = buildCartridge(colliding, OPTIONS);
    expect(outline.parts.flatMap((part) => part.links.map((link) => link.item))).toEqual([
      'I_a-b',
      'I_a-b-2',
      'I_a-b-3',
      'I_start',
    ]);
  });

  it('escapes & < > " in titles and keeps them on one line', () => {
    const tricky = {
      ...CHAPTER,
      targets: [target('/x/', 'page', 'Client & Server:\n <Rollen> im "Überblick"', 'Teil <1> & "2"')],
    };
    const { files } = buildCartridge(tricky, { ...OPTIONS, title: 'A & B' });
    const xml = files.get('imsmanifest.xml') ?? '';
    expect(xml).toContain('<title>Client &amp; Server: &lt;Rollen&gt; im &quot;Überblick&quot;</title>');
    expect(xml).toContain('<title>Teil &lt;1&gt; &amp; &quot;2&quot;</title>');
    expect(xml).toContain('<lomimscc:string language="de">A &amp; B</lomimscc:string>');
    // No bare ampersand or angle bracket survives outside markup.
    const text = xml.replace(/<[^<>]*>/g, '');
    expect(text).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|quot;)/);
  });
});

describe('web-link files', () => {
  it('are CC 1.1 webLink documents with title and absolute URL', () => {
    expect(weblinkXml({ title: 'Caching & "LRU" <1>', url: 'https://example.org/a/?x=1&y=2#z' })).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>
<webLink xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1 http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imswl_v1p1.xsd">
  <title>Caching &amp; &quot;LRU&quot; &lt;1&gt;</title>
  <url href="https://example.org/a/?x=1&amp;y=2#z" target="_blank"/>
</webLink>
`,
    );
  });

  it('exist once per page, lab and material, each with the link of its target', () => {
    for (const extras of [{}, EXTRAS]) {
      const { files, outline } = buildCartridge(CHAPTER, OPTIONS, extras);
      const links = outline.parts.flatMap((part) => part.links);
      expect(files.size).toBe(links.length + 1);
      for (const link of links) {
        expect(files.get(link.file)).toContain(`<url href="${link.url}" target="_blank"/>`);
        expect(files.get(link.file)).toContain(`<title>${escapeXml(link.title)}</title>`);
      }
    }
  });
});

describe('the .imscc zip', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('holds exactly the files, imsmanifest.xml first, byte for byte', () => {
    const { files, zip } = buildCartridge(CHAPTER, OPTIONS);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped)).toEqual([...files.keys()]);
    for (const [path, text] of files) expect(strFromU8(unzipped[path] ?? new Uint8Array())).toBe(text);
    // The first local file header (offset 30) names the first entry.
    expect(strFromU8(zip.subarray(30, 30 + 'imsmanifest.xml'.length))).toBe('imsmanifest.xml');
  });

  it('has the same bytes for the same manifest, in any time zone', () => {
    process.env.TZ = 'UTC';
    const first = buildCartridge(CHAPTER, OPTIONS).zip;
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14: a date built in UTC would land on another day here
    const second = buildCartridge(structuredClone(CHAPTER), OPTIONS).zip;
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    // Dated 1980-01-01 00:00 in DOS format: date word 0x0021, time word 0.
    expect([...first.subarray(10, 14)]).toEqual([0, 0, 0x21, 0]);
  });

  it('changes when a title changes', () => {
    const renamed = structuredClone(CHAPTER);
    if (renamed.targets[0]) renamed.targets[0].title = 'Anders';
    expect(
      Buffer.from(buildCartridge(renamed, OPTIONS).zip).equals(
        Buffer.from(buildCartridge(CHAPTER, OPTIONS).zip),
      ),
    ).toBe(false);
  });
});

describe('parseLinkManifest', () => {
  it('accepts a well-formed manifest', () => {
    expect(parseLinkManifest(JSON.stringify(CHAPTER))).toEqual(CHAPTER);
  });

  it('names broken JSON in German', () => {
    expect(() => parseLinkManifest('{"site": ', '/tmp/dist/links.json')).toThrow(
      /^\/tmp\/dist\/links\.json ist kein gültiges JSON: /,
    );
  });

  it('names the faulty entries in German', () => {
    const broken = structuredClone(CHAPTER) as unknown as { targets: Record<string, unknown>[] };
    if (broken.targets[2]) broken.targets[2].url = '/einfuehrung/';
    if (broken.targets[4]) broken.targets[4].kind = 'chapter';
    expect(() => parseLinkManifest(JSON.stringify(broken))).toThrow(
      /links\.json hat nicht die erwartete Form.*\n {2}targets\[2\]\.url: .*\n {2}targets\[4\]\.kind: Ungültige Option/,
    );
    expect(() => parseLinkManifest('[]')).toThrow(/\(Wurzel\): Ungültige Eingabe/);
  });
});
