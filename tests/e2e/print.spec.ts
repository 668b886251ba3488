import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PAGE_ORDER } from '../../src/lib/chapter/order.ts';
import { embedPath, LABS } from '../../src/lib/labs.ts';
import { at, builtPages, expect, OUT_DIR, test, useTheme } from './fixtures.ts';

/** A4 minus the print margins (18 mm each side) at 96 CSS px per inch. */
const PRINT_WIDTH = Math.floor(((210 - 36) / 25.4) * 96);

const CHROME = [
  'header.header',
  '#starlight__sidebar',
  '.right-sidebar-container',
  'mobile-starlight-toc',
  'starlight-theme-select',
  'site-search',
  '.pagination-links',
  '.sl-skip-link',
  '.sl-anchor-link',
  '.expressive-code .copy',
  // The offline copy's buttons (footer of every page): a button on paper does nothing.
  '[data-offline]',
];

/**
 * Built pages whose HTML contains `marker` (read from the build output, no browser needed). The
 * decks (/vortrag/) are left out: they print as 16:9 slides (checked by presenter.spec's slides PDF).
 */
function pagesWith(marker: string): string[] {
  const dir = OUT_DIR;
  return builtPages().filter((path) => {
    if (path.endsWith('.html') || path.startsWith('/vortrag/')) return false;
    return readFileSync(join(dir, path, 'index.html'), 'utf8').includes(marker);
  });
}

async function printView(page: Page, path: string) {
  await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
  await page.goto(at(path));
  await page.emulateMedia({ media: 'print' });
}

test('Drucken: keine Website-Navigation, nur der Inhalt', async ({ page }) => {
  await printView(page, '/systemdesign/load-balancing/');
  for (const selector of CHROME) {
    for (const element of await page.locator(selector).all()) {
      await expect(element, `${selector} ist im Druck sichtbar`).toBeHidden();
    }
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.sl-markdown-content')).toBeVisible();
});

test('Drucken: Musterantworten der Verständnisfragen sind sichtbar', async ({ page }) => {
  await printView(page, '/verstaendnisfragen/');
  const answers = page.locator('.self-check-body');
  expect(await answers.count()).toBeGreaterThan(10);
  for (const answer of await answers.all()) await expect(answer).toBeVisible();
  // On screen the answers stay closed.
  await page.emulateMedia({ media: 'screen' });
  await expect(answers.first()).toBeHidden();
});

test('Drucken: beforeprint öffnet zugeklappte Inhalte, afterprint schließt sie wieder', async ({ page }) => {
  await page.goto(at('/verstaendnisfragen/'));
  const details = page.locator('main details.self-check-answer');
  await expect(details.first()).not.toHaveAttribute('open');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await details.evaluateAll((all) => all.every((d) => (d as HTMLDetailsElement).open))).toBe(true);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  expect(await details.evaluateAll((all) => all.some((d) => (d as HTMLDetailsElement).open))).toBe(false);
});

test(
  'Drucken: Labore erscheinen als statische Abbildung mit Online-Adresse',
  { tag: '@unterpfad' },
  async ({ page }) => {
    const labPages = pagesWith('class="lab-frame').filter((path) => path !== '/handout/');
    expect(labPages.length, 'Seiten mit Labor').toBeGreaterThan(0);
    for (const path of labPages) {
      await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
      await page.goto(at(path));
      // Let the island hydrate first: print must still show the static figure, not the live lab.
      await page.locator('.lab-frame').first().scrollIntoViewIfNeeded();
      await page.waitForLoadState('networkidle');
      await page.emulateMedia({ media: 'print' });
      for (const frame of await page.locator('.lab-frame').all()) {
        await expect(frame.locator('.lab-static'), `${path}: statische Abbildung`).toBeVisible();
        for (const live of await frame.locator('.lab-live').all()) await expect(live).toBeHidden();
        const note = frame.locator('.lab-print-note');
        await expect(note, `${path}: Online-Adresse des Labors`).toBeVisible();
        await expect(note.locator('svg.qr-code')).toBeVisible();
        // An embed view prints the address of the lab's section in the chapter.
        const online = LABS.find((lab) => path === embedPath(lab))?.page ?? path;
        await expect(note.locator('a.lab-print-url')).toHaveAttribute('href', new RegExp(`${online}#labor$`));
      }
    }
  },
);

test('Drucken: Diagramme passen auf die Seitenbreite und sind hell, auch im dunklen Farbschema', async ({
  page,
}) => {
  await useTheme(page, 'dark');
  let checked = 0;
  for (const path of pagesWith('class="mermaid-diagram"')) {
    await printView(page, path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    for (const dark of await page.locator('.mermaid-dark').all()) await expect(dark).toBeHidden();
    for (const diagram of await page.locator('.mermaid-diagram svg:visible').all()) {
      const box = await diagram.boundingBox();
      expect(box, `${path}: Diagramm sichtbar`).not.toBeNull();
      expect(box?.width ?? Infinity, `${path}: Diagramm breiter als die Seite`).toBeLessThanOrEqual(
        PRINT_WIDTH + 1,
      );
      checked += 1;
    }
  }
  expect(checked, 'geprüfte Diagramme').toBeGreaterThan(10);
});

test('Drucken im dunklen Farbschema: heller Hintergrund, dunkle Schrift', async ({ page }) => {
  await useTheme(page, 'dark');
  await printView(page, '/einfuehrung/');
  const colors = await page.evaluate(() => {
    const luminance = (css: string) => {
      const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const content = document.querySelector('.sl-markdown-content p') as HTMLElement;
    return {
      background: luminance(getComputedStyle(document.body).backgroundColor),
      text: luminance(getComputedStyle(content).color),
    };
  });
  expect(colors.background).toBeGreaterThan(0.9);
  expect(colors.text).toBeLessThan(0.35);
});

test(
  'Drucken: externe Links zeigen ihr Ziel, interne sagen, wohin sie führen',
  { tag: '@unterpfad' },
  async ({ page }) => {
    await printView(page, '/systemdesign/load-balancing/');
    const external = page.locator('.sl-markdown-content a[href^="http"]').first();
    const href = await external.getAttribute('href');
    const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(href ?? '');
    const internal = page.locator('.sl-markdown-content a[data-print-target]').first();
    const label = await internal.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(label).toMatch(/siehe .+/);
  },
);

test(
  'Handout: ganzes Kapitel auf einer Seite, eindeutige ids, Antworten offen',
  { tag: '@unterpfad' },
  async ({ page }) => {
    await page.goto(at('/handout/'));
    await expect(page.locator('h1')).toHaveCount(1);
    const ids = await page.locator('[id]').evaluateAll((all) => all.map((element) => element.id));
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates, 'doppelte ids').toEqual([]);
    // Every page of the chapter is a part, in reading order, with its online address.
    const parts = await page.locator('section.handout-part').evaluateAll((all) => all.map((s) => s.id));
    expect(parts).toHaveLength(PAGE_ORDER.length);
    const numbered = PAGE_ORDER.filter(
      (slug) => !['verstaendnisfragen', 'quellen', 'abbildungen', 'glossar'].includes(slug),
    );
    const expected = [...numbered, 'verstaendnisfragen', 'abbildungen', 'quellen', 'glossar'].map(
      (slug) => `teil-${slug.replace(/\//g, '-') || 'start'}`,
    );
    expect(parts).toEqual(expected);
    await expect(page.locator('.handout-part .handout-online')).toHaveCount(PAGE_ORDER.length);
    // Contents link to the parts; answers open on screen too.
    const toc = await page
      .locator('.handout-toc a')
      .evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    for (const id of toc) expect(ids, `Inhaltsverzeichnis verweist auf #${id}`).toContain(id);
    await expect(page.locator('.self-check-body').first()).toBeVisible();
    await expect(page.locator('a[href$="/handout.pdf"]').first()).toBeVisible();
  },
);
