import { at, builtPages, expect, test } from './fixtures.ts';

test('jeder interne Link führt zu einer Seite und jeder Anker existiert', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? '').origin;
  const links = new Map<string, Set<string>>(); // target URL (with hash) -> pages that link to it
  for (const path of builtPages()) {
    await page.goto(at(path));
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    for (const href of hrefs) {
      if (new URL(href).origin !== origin) continue;
      if (!links.has(href)) links.set(href, new Set());
      links.get(href)?.add(path);
    }
  }

  const pages = new Map<string, { status: number; ids: Set<string> }>();
  const broken: string[] = [];
  for (const [href, from] of links) {
    const url = new URL(href);
    const target = url.origin + url.pathname;
    if (!pages.has(target)) {
      const response = await request.get(target);
      const html = response.ok() ? await response.text() : '';
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id ?? ''));
      pages.set(target, { status: response.status(), ids });
    }
    const { status, ids } = pages.get(target) ?? { status: 0, ids: new Set() };
    const source = [...from].join(', ');
    if (status !== 200) broken.push(`${url.pathname} (HTTP ${status}) – verlinkt auf ${source}`);
    else if (url.hash && !ids.has(decodeURIComponent(url.hash.slice(1))))
      broken.push(`${url.pathname}${url.hash} (Anker fehlt) – verlinkt auf ${source}`);
  }
  expect(broken, 'defekte interne Links').toEqual([]);
  expect(links.size, 'Anzahl geprüfter Links').toBeGreaterThan(10);
});
