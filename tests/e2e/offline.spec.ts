import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Route } from '@playwright/test';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStaticServer } from '../../src/lib/serve/static-server.ts';
import { at, BASE, builtPages, expect, OUT_DIR, search, test } from './fixtures.ts';

// A copy of the build on its own loopback origin, so the test can change its content as a rebuild
// would (a tiny copy-and-modify instead of a second full build) without touching dist/.
let copy = '';
let server: Server;
let origin = '';

test.beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'offline-'));
  cpSync(OUT_DIR, copy, { recursive: true, filter: (source) => !source.includes(`${OUT_DIR}/og`) });
  server = createStaticServer({ root: copy, base: BASE });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(copy, { recursive: true, force: true });
});

/** A new build: changed start page, new version in the worker and the file list. */
function rebuildWithChangedContent() {
  const index = join(copy, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('</main>', '<p id="neu">Neue Fassung</p></main>'));
  const { version } = JSON.parse(readFileSync(join(copy, 'offline-manifest.json'), 'utf8')) as {
    version: string;
  };
  for (const name of ['sw.js', 'offline-manifest.json']) {
    const file = join(copy, name);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(version, `${version}-2`));
  }
}

test('offline: nach dem Speichern jede Seite, Suche, Labor und PDF ohne Netz; eine neue Fassung erst nach Zustimmung @unterpfad', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const url = (path: string) => `${origin}${at(path)}`;
  await page.goto(url('/'));
  // On the start page in the text (with what it stores), and in the footer of every page.
  const control = page.getByRole('region', { name: 'Kapitel offline lesen' });
  await expect(control).toContainText('ohne Netz');
  await expect(page.getByRole('region', { name: 'Offline lesen', exact: true })).toHaveCount(1);
  await control.scrollIntoViewIfNeeded();
  const save = control.getByRole('button', { name: /^Für offline speichern \(\d+,\d MB\)$/ });
  await expect(save).toBeVisible();
  await expect(control.getByRole('status')).toHaveText('Noch nicht offline gespeichert.');
  // Nothing is stored before the reader asks.
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  await save.click();
  await expect(control.getByRole('status')).toContainText('Offline gespeichert: vollständig und aktuell', {
    timeout: 90_000,
  });

  await context.setOffline(true);
  // A page opens without network, and from it every page of the build comes from the saved copy:
  // fetched through the worker (a page it lacks would fail here, where a navigation would get the
  // saved 404 page), with no page load each.
  await page.goto(url('/einfuehrung/'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'vom Worker bedient').toBe(
    true,
  );
  const unsaved = await page.evaluate(async (addresses) => {
    const failed: string[] = [];
    for (const address of addresses) {
      const response = await fetch(address).catch((error: unknown) => String(error));
      if (typeof response === 'string' || !response.ok || !(await response.text()).includes('<html'))
        failed.push(`${address}: ${typeof response === 'string' ? response : response.status}`);
    }
    return failed;
  }, builtPages(copy).map(url));
  expect(unsaved, 'Seiten, die ohne Netz fehlen').toEqual([]);
  expect((await search(page, 'Lastverteilung')).length).toBeGreaterThan(0);
  await page.goto(url('/systemdesign/load-balancing/?lb-n=3'));
  await page.locator('#labor').scrollIntoViewIfNeeded();
  const lab = page.locator('.lb-lab');
  await expect(lab).toBeVisible();
  await lab.getByRole('button', { name: 'Bis zum Ende' }).click();
  await expect(page.locator('.lab-load-failed')).toBeHidden();
  // The caching lab's long runs compute in the labs' Web Worker, whose script comes from the copy too.
  await page.goto(url('/systemdesign/caching/?c.mode=run&c.len=20000'));
  await page.locator('#labor').scrollIntoViewIfNeeded();
  const cachingLab = page.locator('.c-lab');
  await cachingLab.getByRole('button', { name: 'Bis zum Ende' }).click();
  await expect(
    cachingLab.locator('[data-testid="c-run-figures"] [data-metric="accesses"]').first(),
  ).toHaveAttribute('data-value', '20000');
  const pdf = await page.evaluate(async (href) => {
    const response = await fetch(href);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      size: (await response.arrayBuffer()).byteLength,
    };
  }, url('/handout.pdf'));
  expect(pdf).toMatchObject({ status: 200, type: 'application/pdf' });
  expect(pdf.size).toBeGreaterThan(10_000);

  await context.setOffline(false);
  rebuildWithChangedContent();
  await page.goto(url('/'));
  const reload = control.getByRole('button', { name: 'Neue Version verfügbar – neu laden' });
  await expect(reload).toBeVisible({ timeout: 60_000 });
  // Until the reader agrees, the saved version stays: old page, old assets, also after a reload.
  await expect(page.locator('#neu')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('#neu')).toHaveCount(0);
  const cachesBefore = await page.evaluate(() => caches.keys());
  expect(cachesBefore).toHaveLength(2);

  // The reader agrees: the new worker takes over and the page reloads once, with the new content.
  const again = control.getByRole('button', { name: 'Neue Version verfügbar – neu laden' });
  await expect(again).toBeVisible({ timeout: 60_000 });
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  await again.click();
  await expect(page.locator('#neu')).toHaveText('Neue Fassung', { timeout: 30_000 });
  expect(navigations).toHaveLength(1);
  // Served by the new worker from its own cache: offline too, and the old version's cache is gone.
  await expect.poll(() => page.evaluate(() => caches.keys())).toHaveLength(1);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#neu')).toHaveText('Neue Fassung');
  await expect(control.getByRole('status')).toContainText('Offline gespeichert: vollständig und aktuell');
  await context.setOffline(false);
});

test('das Angebot steht mit der Seite da, wo der Browser eine Kopie halten kann, und sonst nirgends', async ({
  page,
  browser,
}) => {
  // The page's modules held back: what shows comes from the HTML and the check in its head alone,
  // as in the first paint (the control once appeared only with its module and pushed the text down).
  const held: Route[] = [];
  let hold = true;
  await page.route('**/_astro/**/*.js', (route) => (hold ? void held.push(route) : route.continue()));
  await page.goto(at('/'), { waitUntil: 'commit' });
  const control = page.getByRole('region', { name: 'Kapitel offline lesen' });
  await expect(control).toContainText('Für Zug und Hörsaal');
  await expect(page.getByRole('region', { name: 'Offline lesen', exact: true })).toBeVisible();
  await expect.poll(() => held.length).toBeGreaterThan(0);
  hold = false;
  await Promise.all(held.map((route) => route.continue()));
  // Then the module takes over the control that is already there: the size comes in view.
  await control.scrollIntoViewIfNeeded();
  await expect(control.getByRole('button', { name: /^Für offline speichern \(\d+,\d MB\)$/ })).toBeVisible();

  // In a sandboxed frame (an LMS) the browser keeps no copy: no control, no text about it.
  await page.setContent(
    `<iframe sandbox="allow-scripts" title="Kapitel" src="${new URL(at('/'), page.url()).href}"></iframe>`,
  );
  const framed = page.frameLocator('iframe');
  await expect(framed.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(framed.getByText('Für Zug und Hörsaal')).toBeAttached();
  await expect(framed.getByText('Für Zug und Hörsaal')).toBeHidden();
  await expect(framed.getByRole('button', { name: /^Für offline speichern/ })).toHaveCount(0);

  // Without script neither.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(new URL(at('/'), page.url()).href);
  await expect(plain.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(plain.getByText('Für Zug und Hörsaal')).toBeHidden();
  await expect(plain.getByRole('button', { name: /^Für offline speichern/ })).toHaveCount(0);
  await noScript.close();
});

test('kann der Browser den Stand nicht lesen, sagt die Zeile warum, statt leer zu bleiben', async ({
  page,
}) => {
  // Storage refused as by privacy settings: Chromium then rejects Cache Storage with a SecurityError.
  await page.addInitScript(() => {
    CacheStorage.prototype.has = () => Promise.reject(new DOMException('Speicher gesperrt', 'SecurityError'));
  });
  await page.goto(at('/'));
  const control = page.getByRole('region', { name: 'Offline lesen', exact: true });
  await control.scrollIntoViewIfNeeded();
  await expect(control.getByRole('status')).toHaveText(
    /Offline speichern geht hier nicht: .*Datenschutz-Einstellungen/,
  );
  await expect(control.getByRole('button', { name: /^Für offline speichern/ })).toBeDisabled();

  // The file list out of reach (no connection, no copy yet): the line says so; saving stays possible.
  const other = await page.context().newPage();
  await other.route('**/offline-manifest.json', (route) => route.abort('internetdisconnected'));
  await other.goto(at('/'));
  const second = other.getByRole('region', { name: 'Offline lesen', exact: true });
  await second.scrollIntoViewIfNeeded();
  await expect(second.getByRole('status')).toHaveText(/gerade nicht abrufbar \(keine Verbindung\?\)/);
  await expect(second.getByRole('button', { name: /^Für offline speichern/ })).toBeEnabled();
});
