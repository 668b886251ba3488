import { at, builtPages, expect, test } from './fixtures.ts';

// Every page as the server sends it, parsed by Chromium's own HTML parser (as a link checker reads
// it): no page needs to load and run its scripts for its links and ids to be known. Links that a
// script rewrites after load (present-link, embed) are checked by the tests of those features.
test('jeder interne Link führt zu einer Seite und jeder Anker existiert', async ({
  page,
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const served = new Map<string, { status: number; ids: Set<string>; hrefs: string[] }>();
  const read = async (url: string) => {
    const known = served.get(url);
    if (known) return known;
    const response = await request.get(url);
    const html = /^text\/html\b/.test(response.headers()['content-type'] ?? '') ? await response.text() : '';
    const { ids, hrefs } = await page.evaluate(
      ([source, address]) => {
        const document = new DOMParser().parseFromString(source, 'text/html');
        return {
          ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
          hrefs: [...document.querySelectorAll('a[href]')].map(
            (anchor) => new URL(anchor.getAttribute('href') ?? '', address).href,
          ),
        };
      },
      [html, url] as const,
    );
    const result = { status: response.status(), ids: new Set(ids), hrefs };
    served.set(url, result);
    return result;
  };

  const links = new Map<string, Set<string>>(); // target URL (with hash) -> pages that link to it
  for (const path of builtPages()) {
    const { status, hrefs } = await read(`${origin}${at(path)}`);
    expect(status, `${path}: HTTP-Status`).toBe(200);
    for (const href of hrefs) {
      if (new URL(href).origin !== origin) continue;
      if (!links.has(href)) links.set(href, new Set());
      links.get(href)?.add(path);
    }
  }

  const broken: string[] = [];
  for (const [href, from] of links) {
    const url = new URL(href);
    const { status, ids } = await read(url.origin + url.pathname);
    const source = [...from].join(', ');
    if (status !== 200) broken.push(`${url.pathname} (HTTP ${status}) – verlinkt auf ${source}`);
    else if (url.hash && !ids.has(decodeURIComponent(url.hash.slice(1))))
      broken.push(`${url.pathname}${url.hash} (Anker fehlt) – verlinkt auf ${source}`);
  }
  expect(broken, 'defekte interne Links').toEqual([]);
  expect(links.size, 'Anzahl geprüfter Links').toBeGreaterThan(10);
});
