import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { embedIframe } from '../../src/lib/embed.ts';
import { LABS } from '../../src/lib/labs.ts';
import type { LinkManifest } from '../../src/lib/links/types.ts';
import { at, copiedText, expect, OUT_DIR, recordCopies, search, SITE, test } from './fixtures.ts';

const manifest = JSON.parse(readFileSync(join(OUT_DIR, 'links.json'), 'utf8')) as LinkManifest;

test('„Für Lehrende“ lists every link target of links.json in reading order, each linked', async ({
  page,
}) => {
  await page.goto(at('/fuer-lehrende/'));
  const rows = page.locator('[data-link-target]');
  expect(
    await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-link-target'))),
  ).toEqual(manifest.targets.map((target) => target.id));
  const hrefs = await rows.evaluateAll((items) =>
    items.map((item) => item.querySelector('a')?.getAttribute('href')),
  );
  expect(hrefs).toEqual(manifest.targets.map((target) => target.href));
});

test('„Für Lehrende“ gives each lab its embed address and ready iframe code', async ({ page }) => {
  await page.goto(at('/fuer-lehrende/#labore-einbetten'));
  for (const lab of LABS) {
    const section = page.locator('section.lab-embed', {
      has: page.getByRole('heading', { name: lab.title }),
    });
    const embed = new URL(at(`/embed/${lab.id}/`), SITE).href;
    await expect(section.getByRole('link', { name: embed })).toHaveAttribute('href', at(`/embed/${lab.id}/`));
    await expect(section.locator('pre code')).toHaveText(
      new RegExp(
        `^<iframe data-vss-lab="${lab.id}" src="${embed}" title="${lab.title}" width="100%" height="900"`,
      ),
    );
  }
});

test('the link directory stays out of search results; the page itself is found', async ({ page }) => {
  await page.goto(at('/'));
  const chapterHeading = await search(page, 'Lernziele');
  expect(chapterHeading.map(({ href }) => href).filter((href) => href.includes('fuer-lehrende'))).toEqual([]);
  const cartridge = await search(page, 'Common Cartridge');
  expect(cartridge[0]?.href).toContain(at('/fuer-lehrende/'));
});

test('the copy buttons of „Für Lehrende“ copy a target’s absolute URL and a lab’s iframe code', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await recordCopies(page);
  await page.goto(at('/fuer-lehrende/'));
  const clipboard = () => copiedText(page);
  const question = manifest.targets.find((target) => target.kind === 'question');
  if (!question) throw new Error('links.json ohne Frage');
  await page.getByRole('button', { name: `Link zu „${question.title}“ kopieren` }).click();
  await expect.poll(clipboard).toBe(question.url);
  // The copy buttons' own live region (the footer has another: the offline copy's status line).
  await expect(page.locator('[role="status"][data-copy-status]')).toHaveText('Link kopiert');

  const lab = LABS[1]!;
  await page.getByRole('button', { name: `iframe-Code kopieren (${lab.title})` }).click();
  await expect.poll(clipboard).toBe(embedIframe(lab, new URL(at(`/embed/${lab.id}/`), SITE).href));
});
