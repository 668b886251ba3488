import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { brokenLink, unlockedTargets, type BuiltPage, type LinkLock } from '../../src/lib/links/lock.ts';
import type { LinkManifest } from '../../src/lib/links/types.ts';
import { REDIRECTS } from '../../src/lib/redirects.ts';
import { at, BASE, expect, OUT_DIR, SITE, test } from './fixtures.ts';

const lock = JSON.parse(readFileSync('links.lock.json', 'utf8')) as LinkLock;
const manifest = JSON.parse(readFileSync(join(OUT_DIR, 'links.json'), 'utf8')) as LinkManifest;

const REFRESH = /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i;
const ID = /\sid="([^"]+)"/g;

/** Fetches a root-relative path from the built site as the link check sees it: ids or a redirect. */
async function builtPage(request: APIRequestContext, path: string): Promise<BuiltPage | undefined> {
  const response = await request.get(at(path), { maxRedirects: 0 });
  if (response.status() !== 200) return undefined;
  const html = await response.text();
  const refresh = REFRESH.exec(html)?.[1];
  if (refresh)
    return { ids: new Set(), redirect: `/${refresh.replace(/&#38;|&amp;/g, '&').slice(BASE.length)}` };
  return { ids: new Set([...html.matchAll(ID)].map(([, id]) => id ?? '')) };
}

test('every locked link still leads to its target, directly or through a redirect', async ({ request }) => {
  const pages = new Map<string, BuiltPage | undefined>();
  const pathOf = (id: string) => id.split('#')[0] ?? '';
  const paths = new Set([...Object.keys(lock.targets), ...Object.entries(REDIRECTS).flat()].map(pathOf));
  for (const path of paths) pages.set(path, await builtPage(request, path));
  const broken = [...Object.keys(lock.targets), ...Object.keys(REDIRECTS)]
    .map((id) => brokenLink(id, (path) => pages.get(path)))
    .filter(Boolean);
  expect(
    broken,
    'Gebrochene Links: Ziel zurückholen, eine umbenannte Abschnitts-id als <span id="alte-id"></span> vor der Überschrift behalten oder die Seite in src/lib/redirects.ts umleiten',
  ).toEqual([]);
});

test('every link target of this build and every short link is in the lock', () => {
  expect(
    unlockedTargets(lock, manifest, REDIRECTS),
    'Neue Linkziele: npm run links:lock ausführen und links.lock.json committen',
  ).toEqual([]);
});

test('the manifest names every heading of every chapter page, with absolute URLs under SITE and BASE', async ({
  request,
}) => {
  const ids = new Set(manifest.targets.map((target) => target.id));
  const missing: string[] = [];
  for (const { id, url } of manifest.targets) {
    expect(url).toBe(new URL(at(id), SITE).href);
  }
  for (const { id: path } of manifest.targets.filter((target) => target.kind === 'page')) {
    const html = await (await request.get(at(path))).text();
    for (const [, id = ''] of html.matchAll(/<h[23][^>]*\sid="([^"]+)"/g)) {
      const target = `${path}#${id.replace(/^(frage-\d+[a-z]?)-titel$/, '$1')}`;
      if (!id.startsWith('starlight__') && !ids.has(target)) missing.push(target);
    }
  }
  expect(missing, 'Überschriften ohne Eintrag in links.json').toEqual([]);
});

test('a redirected page keeps the section the link points to', async ({ page }) => {
  await page.goto(at('/lehrende/#linkziele'));
  await expect(page).toHaveURL(new RegExp(`${at('/fuer-lehrende/')}#linkziele$`));
  await expect(page.locator('#linkziele')).toBeInViewport();
});

test('a short lab link leads to the lab on its chapter page', async ({ page }) => {
  await page.goto(at('/labor/caching/'));
  await expect(page).toHaveURL(new RegExp(`${at('/systemdesign/caching/')}#labor$`));
  await expect(page.locator('#labor')).toBeInViewport();
});

test('a short lab link keeps the lab settings in its query', async ({ page }) => {
  await page.goto(at('/labor/caching/?c.mode=run&c.policy=lru'));
  await expect(page).toHaveURL(
    new RegExp(`${at('/systemdesign/caching/')}\\?c\\.mode=run&c\\.policy=lru#labor$`),
  );
  const lab = page.locator('.c-lab');
  await lab.scrollIntoViewIfNeeded();
  await expect(lab.getByRole('radio', { name: /Lange Läufe/ })).toBeChecked();
  await expect(lab.getByLabel(/^Strategie/)).toHaveValue('lru');
});
