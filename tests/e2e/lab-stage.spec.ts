// Labs as stages (issue 12) at the three widths the issue names, light and dark: after "Abspielen"
// the picture is in view, no text of the lab renders below 12 CSS px (HTML and SVG alike: an SVG
// text's size is its font size times the picture's scale), and axe stays clean on the phone. At
// 1280 × 800 the lab in compare mode shows the playback bar and both runs side by side at once.
//
// Before hydration, without JavaScript and in print every lab shows its static figure: at 320 px no
// text of any of the four labs renders below 12 px there either, light and dark. On phones every
// control of every lab is a touch target of at least 44 × 44 px.
import type { Page } from '@playwright/test';
import { LABS as ALL_LABS } from '../../src/lib/labs.ts';
import { at, axeInBothSchemes, expect, test } from './fixtures.ts';
import { flightInk } from './lb-canvas.ts';

const LABS = [
  { id: 'load-balancing', live: '.lb-lab', url: '/systemdesign/load-balancing/?lb-preset=heterogen' },
  { id: 'caching', live: '.c-lab', url: '/systemdesign/caching/?c.mode=run&c.cmp=lru,opt' },
] as const;
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 768, height: 900 },
  { width: 320, height: 640 },
] as const;

async function openLab(page: Page, url: string, selector: string) {
  await page.goto(at(url));
  // The frame's top, where the island's root sits (client:visible): on a phone the section's text
  // keeps it far below the heading, and a centred frame puts it far above the screen.
  await page
    .locator('.lab-frame')
    .first()
    .evaluate((frame) => frame.scrollIntoView({ block: 'start' }));
  const lab = page.locator(selector);
  await expect(lab).toBeVisible({ timeout: 15_000 });
  return lab;
}

/** Every visible text of the lab (not its source panel) with its rendered size in CSS px. */
function textSizes(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((root) => {
      const sizes: { px: number; text: string }[] = [];
      for (const element of root.querySelectorAll('*')) {
        if (element.closest('.lab-source, .sr-only, [hidden]')) continue;
        const ownText = [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
        if (!ownText) continue;
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        if (box.width === 0 || style.visibility === 'hidden') continue;
        let px = parseFloat(style.fontSize);
        if (element instanceof SVGGraphicsElement) {
          const m = element.getScreenCTM();
          if (m) px *= Math.hypot(m.a, m.b);
        }
        sizes.push({ px: Math.round(px * 10) / 10, text: (element.textContent ?? '').trim().slice(0, 30) });
      }
      return sizes;
    });
}

// Sizes and room do not depend on the colour scheme; at 320 px axe checks the lab in both.
for (const viewport of WIDTHS) {
  for (const lab of LABS) {
    test(`${lab.id} bei ${viewport.width} px: Bild im Blick, Text ≥ 12 px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const live = await openLab(page, lab.url, lab.live);
      await live.getByRole('button', { name: 'Abspielen' }).click();
      await expect(live.locator('[data-lab-stage], .lab-playback + *').first()).toBeInViewport();
      const small = (await textSizes(page, lab.live)).filter((entry) => entry.px < 12);
      expect(small).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      if (viewport.width === 320) {
        expect(await axeInBothSchemes(page, (axe) => axe.include(lab.live))).toEqual([]);
      }
    });
  }
}

test('Vergleich bei 1280 × 800: Wiedergabe und beide Läufe nebeneinander im Blick', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const live = await openLab(page, LABS[0].url, LABS[0].live);
  await live.getByRole('button', { name: 'Abspielen' }).click();
  const panels = live.locator('[data-lab-stage] .lab-panel');
  await expect(panels).toHaveCount(2);
  await expect(live.getByRole('group', { name: 'Wiedergabe' })).toBeInViewport({ ratio: 1 });
  await expect(panels.nth(0)).toBeInViewport({ ratio: 1 });
  await expect(panels.nth(1)).toBeInViewport({ ratio: 1 });
  const [a, b] = [await panels.nth(0).boundingBox(), await panels.nth(1).boundingBox()];
  expect(b?.y).toBe(a?.y);
  expect(b!.x).toBeGreaterThan(a!.x + a!.width);
  // "Tempo" stays on one line beside its select.
  const tempo = live.locator('.lab-speed');
  expect((await tempo.boundingBox())!.height).toBeLessThan(50);
  // The lab uses the column of "Auf dieser Seite", which gives way while the lab is on screen.
  expect((await live.boundingBox())!.width).toBeGreaterThan(900);
  await expect(page.locator('.right-sidebar')).toBeHidden();
});

test('nach „Bis zum Ende“ fliegen keine Anfragen mehr über dem Bild', async ({ page }) => {
  const live = await openLab(page, LABS[0].url, LABS[0].live);
  await live.getByRole('button', { name: 'Abspielen' }).click();
  // The requests fly on the canvas over the picture: painted pixels between balancer and servers.
  const views = live.locator('.lb-view-box');
  await expect(views).toHaveCount(2);
  await expect.poll(() => flightInk(views.first())).toBeGreaterThan(0);
  await live.getByRole('button', { name: 'Bis zum Ende' }).click();
  await expect(live.getByTestId('lb-clock')).toContainText('fertig');
  for (const view of await views.all()) await expect.poll(() => flightInk(view)).toBe(0);
});

test.describe('ohne JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('die statischen Abbildungen aller Labore bei 320 px, hell und dunkel: Text ≥ 12 px, nichts seitwärts', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const lab of ALL_LABS) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(at(lab.page));
      const frame = `.lab-frame[data-lab="${lab.id}"]`;
      await expect(page.locator(`${frame} .lab-static`)).toBeVisible();
      // Without script the page follows the system's scheme through CSS alone, also when it changes.
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        const sizes = await textSizes(page, frame);
        // The figure shows numbers (tick labels, table cells), not only its caption.
        expect(sizes.filter((entry) => /\d/.test(entry.text)).length, `${lab.id} ${theme}`).toBeGreaterThan(
          5,
        );
        expect(
          sizes.filter((entry) => entry.px < 12),
          `${lab.id} ${theme}`,
        ).toEqual([]);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          `${lab.id} ${theme}`,
        ).toBeLessThanOrEqual(320);
      }
    }
  });

  test('im Druck: die Abbildungen aller Labore mit lesbarer Schrift (≥ 9 pt), ihre Teile auf der Seite', async ({
    page,
  }) => {
    await page.emulateMedia({ media: 'print' });
    // A4 at 96 px per inch, less Chromium's default margins: about 170 mm of text width.
    await page.setViewportSize({ width: 642, height: 900 });
    for (const lab of ALL_LABS) {
      await page.goto(at(lab.page));
      const figure = page.locator(`.lab-frame[data-lab="${lab.id}"] .lab-static`);
      await expect(figure).toBeVisible();
      const sizes = await textSizes(page, `.lab-frame[data-lab="${lab.id}"] .lab-static`);
      expect(sizes.length, lab.id).toBeGreaterThan(5);
      // 9 pt = 12 CSS px.
      expect(
        sizes.filter((entry) => entry.px < 12),
        lab.id,
      ).toEqual([]);
      // Tick numbers stay beside and under their picture.
      const outside = await figure.evaluate((root) =>
        [...root.querySelectorAll('.lab-chart-plot')].flatMap((plot) => {
          const box = plot.getBoundingClientRect();
          return [...plot.querySelectorAll('.lab-tick')]
            .map((tick) => tick.getBoundingClientRect())
            .filter((r) => r.left < box.left - 1 || r.right > box.right + 1)
            .map((r) => `${r.left}–${r.right} außerhalb ${box.left}–${box.right}`);
        }),
      );
      expect(outside, lab.id).toEqual([]);
    }
  });
});

/** Every control of a lab as the reader touches it: a radio's or checkbox's label, else the control. */
function touchTargets(page: Page, selector: string) {
  return page.locator(selector).evaluate((root) => {
    const found: { what: string; width: number; height: number }[] = [];
    const controls = root.querySelectorAll('button, select, input, textarea, summary, [role="button"]');
    for (const control of controls) {
      if (control.closest('.lab-source, [hidden]')) continue;
      const input = control instanceof HTMLInputElement ? control : null;
      const target =
        input && (input.type === 'radio' || input.type === 'checkbox')
          ? (input.closest('label') ?? input)
          : control;
      const box = target.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(target).visibility === 'hidden') continue;
      const name = (target.textContent ?? '').trim().slice(0, 30) || control.getAttribute('aria-label') || '';
      found.push({
        what: `${control.tagName.toLowerCase()}${input ? `[${input.type}]` : ''} „${name}“`,
        width: Math.round(box.width),
        height: Math.round(box.height),
      });
    }
    return found;
  });
}

test('die Wiedergabeleiste jedes Labors steht auf einer Linie: alle Knöpfe mit derselben Oberkante', async ({
  page,
}) => {
  // Starlight's `* + *` content margin once pushed every control but the first 16 px down.
  const rows: string[] = [];
  // Every lab with playback (the partitioning lab has none).
  const playing = ALL_LABS.filter((lab) => lab.id !== 'partitioning');
  for (const lab of playing) {
    await page.goto(at(lab.page));
    const frame = page.locator(`.lab-frame[data-lab="${lab.id}"]`);
    await frame.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const bar = frame.locator('.lab-live .lab-playback');
    await expect(bar.first()).toBeVisible({ timeout: 15_000 });
    const tops = await bar.evaluateAll((bars) =>
      bars.map((bar) =>
        [...bar.querySelectorAll('button, select')]
          .filter((control) => control.getBoundingClientRect().height > 0)
          .map((control) => Math.round(control.getBoundingClientRect().top)),
      ),
    );
    for (const controls of tops) {
      expect(controls.length, lab.id).toBeGreaterThan(3);
      rows.push(`${lab.id}: Oberkanten ${[...new Set(controls)].join(' / ')}`);
    }
  }
  // One row per lab, each with one top edge.
  expect(rows).toHaveLength(playing.length);
  expect(rows.filter((row) => row.includes(' / '))).toEqual([]);
});

test('Bedienelemente aller Labore sind bei 320 und 375 px mindestens 44 × 44 px groß', async ({ page }) => {
  test.setTimeout(120_000);
  // Every lab, and the caching lab in both modes (their controls differ).
  const pages = [
    ...ALL_LABS.map((lab) => ({ id: lab.id, url: lab.page })),
    { id: 'caching', url: '/systemdesign/caching/?c.mode=run' },
  ];
  const small: string[] = [];
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 700 });
    for (const { id, url } of pages) {
      await page.goto(at(url));
      const frame = page.locator(`.lab-frame[data-lab="${id}"]`);
      await frame.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await expect(frame).toHaveAttribute('data-hydrated', /.*/, { timeout: 15_000 });
      // Open every disclosure, so the controls behind it count too.
      await frame.evaluate((element) => {
        for (const details of element.querySelectorAll('details')) details.open = true;
      });
      const targets = await touchTargets(page, `.lab-frame[data-lab="${id}"]`);
      expect(targets.length, `${id} bei ${width} px`).toBeGreaterThan(5);
      for (const t of targets.filter((t) => t.width < 44 || t.height < 44)) {
        small.push(`${id} bei ${width} px: ${t.what} ${t.width} × ${t.height}`);
      }
    }
  }
  expect(small).toEqual([]);
});
