import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { hasClass } from '../../src/lib/slides/blocks.ts';
import { at, axeOn, builtPages, expect, OUT_DIR, test, useTheme } from './fixtures.ts';

/** Built pages with at least one diagram (read from the build output). */
function pagesWithDiagrams(): string[] {
  return builtPages().filter(
    (path) =>
      !path.endsWith('.html') &&
      readFileSync(join(OUT_DIR, path, 'index.html'), 'utf8').includes('class="mermaid-diagram"'),
  );
}

/** Calls `each` on every element of `node`'s tree, `node` included. */
function visit(node: Root | Element, each: (element: Element) => void): void {
  if (node.type === 'element') each(node);
  for (const child of node.children) if (child.type === 'element') visit(child, each);
}

/** Relative luminance (0 dark … 1 light) of a computed CSS colour such as `rgb(236, 236, 255)`. */
function luminance(css: string): number {
  const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** Computed colours of a diagram's first node box (or actor) and first label. */
async function nodeColours(diagram: Locator) {
  return diagram.evaluate((element) => {
    const box = element.querySelector('.node rect, .node path, rect.actor');
    const label = element.querySelector('.nodeLabel, .node text, text.actor > tspan, .messageText');
    // SVG text is painted with `fill`; an HTML label inside a foreignObject with `color`.
    const text = !label
      ? ''
      : label instanceof SVGElement
        ? getComputedStyle(label).fill
        : getComputedStyle(label).color;
    return { fill: box ? getComputedStyle(box).fill : '', text };
  });
}

async function chooseTheme(page: Page, theme: 'light' | 'dark') {
  await page.getByRole('combobox', { name: 'Farbschema' }).first().selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

test('Diagramme sind inline-SVG, für Screenreader ein Bild mit Namen und Beschreibung', async ({ page }) => {
  await page.goto(at('/'));
  const svg = page.locator('.mermaid-diagram svg').first();
  await expect(svg).toBeVisible();
  await expect(svg).toHaveAttribute('role', 'img');
  await expect(svg).toHaveAccessibleName('Aufbau des Kapitels');
  await expect(svg).toHaveAccessibleDescription(/Einführung/);
  await expect(page.getByRole('img', { name: 'Aufbau des Kapitels' })).toHaveCount(1);
});

test('ein SVG je Diagramm auf jeder Seite (nicht je Farbschema eines)', () => {
  // A fact of the shipped HTML (no script adds or copies a diagram's SVG): read from the build.
  const pages = pagesWithDiagrams();
  expect(pages.length, 'Seiten mit Diagrammen').toBeGreaterThan(10);
  for (const path of pages) {
    const tree = fromHtml(readFileSync(join(OUT_DIR, path, 'index.html'), 'utf8'));
    const counts: number[] = [];
    visit(tree, (element) => {
      if (!hasClass(element, 'mermaid-diagram')) return;
      let svgs = 0;
      visit(element, (inner) => void (svgs += inner.tagName === 'svg' ? 1 : 0));
      counts.push(svgs);
    });
    expect(counts.length, path).toBeGreaterThan(0);
    expect(
      counts.filter((count) => count !== 1),
      `${path}: Diagramme mit mehr als einem SVG`,
    ).toEqual([]);
  }
});

test('kein Mermaid-Laufzeitcode wird ausgeliefert', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text());
  });
  await page.goto(at('/'));
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((code) => /mermaid\.initialize|mermaidAPI/.test(code))).toEqual([]);
});

test('Diagramme folgen dem Farbschema, das auf der Seite gewählt wird', async ({ page }) => {
  await useTheme(page, 'light');
  // A flowchart and a sequence diagram.
  for (const path of ['/', '/systemarchitektur/client-server/']) {
    await page.goto(at(path));
    for (const diagram of (await page.locator('.mermaid-diagram').all()).slice(0, 2)) {
      await chooseTheme(page, 'light');
      const light = await nodeColours(diagram);
      await chooseTheme(page, 'dark');
      const dark = await nodeColours(diagram);
      expect(light.fill, `${path}: Knoten hell`).not.toBe(dark.fill);
      // Light boxes with dark text in the light theme, dark boxes with light text in the dark one.
      expect(luminance(light.fill), `${path}: Knoten hell ${light.fill}`).toBeGreaterThan(0.7);
      expect(luminance(dark.fill), `${path}: Knoten dunkel ${dark.fill}`).toBeLessThan(0.3);
      expect(luminance(light.text), `${path}: Beschriftung hell ${light.text}`).toBeLessThan(0.35);
      expect(luminance(dark.text), `${path}: Beschriftung dunkel ${dark.text}`).toBeGreaterThan(0.6);
    }
  }
  // A sequence diagram's arrows are drawn in the dark theme too (a colour spoilt by the typographer,
  // `lightgrey’`, left them without a stroke).
  const arrow = page.locator('#abb-pwa-ablauf .messageLine0').first();
  const stroke = await arrow.evaluate((line) => getComputedStyle(line).stroke);
  expect(luminance(stroke), `Nachrichtenpfeil dunkel: ${stroke}`).toBeGreaterThan(0.6);
});

test('die Typografie der Seiten lässt das CSS der Diagramme heil: keine typografischen Zeichen darin', () => {
  // Astro's typographer works on a page's text, an inline <style> included (themes.ts, trim.ts).
  for (const path of pagesWithDiagrams()) {
    const tree = fromHtml(readFileSync(join(OUT_DIR, path, 'index.html'), 'utf8'));
    const spoilt: string[] = [];
    visit(tree, (element) => {
      if (element.tagName !== 'style') return;
      const css = toString(element);
      for (const match of css.matchAll(/.{0,30}[‘’“”–—…].{0,10}/g)) spoilt.push(match[0]);
    });
    expect(spoilt, path).toEqual([]);
  }
});

test('Drucken: Diagramme in hellen Farben, auch im dunklen Farbschema', async ({ page }) => {
  await useTheme(page, 'dark');
  await page.goto(at('/systemarchitektur/client-server/'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const diagrams = await page.locator('.mermaid-diagram').all();
  expect(diagrams.length).toBeGreaterThan(1);
  for (const diagram of diagrams) expect(luminance((await nodeColours(diagram)).fill)).toBeLessThan(0.3);
  await page.emulateMedia({ media: 'print' });
  for (const diagram of diagrams) expect(luminance((await nodeColours(diagram)).fill)).toBeGreaterThan(0.7);
});

test('auf dem Handy schneidet kein Diagramm Text ab: breite Diagramme scrollen seitlich', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(at('/einfuehrung/'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'Seite breiter als das Display').toBeLessThanOrEqual(0);
  const diagrams = await page.locator('.mermaid-diagram').all();
  expect(diagrams.length).toBeGreaterThan(0);
  for (const diagram of diagrams) {
    const fits = await diagram.evaluate((container) => {
      const svg = container.querySelector('svg');
      if (!svg) return false;
      // Every label lies inside the scrollable area of its container.
      const box = container.getBoundingClientRect();
      const labels = [...svg.querySelectorAll('text')].map((text) => text.getBoundingClientRect());
      // Measured from the scroll origin (a top-down diagram opens scrolled to its middle).
      const scrollLeft = box.left - container.scrollLeft;
      const scrollRight = scrollLeft + container.scrollWidth;
      return labels.every((label) => label.left >= scrollLeft - 1 && label.right <= scrollRight + 1);
    });
    expect(fits).toBe(true);
  }
});

test('breite Diagramme sagen, dass sie scrollen, lassen sich per Tastatur verschieben und ganz zeigen; passende nicht', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  // The start page's chapter map is drawn top-down and fits a phone: no scroller, no tools.
  await page.goto(at('/'));
  const map = page.locator('#abb-kapitelkarte .mermaid-diagram');
  await map.scrollIntoViewIfNeeded();
  await expect
    .poll(() => map.evaluate((box) => box.clientWidth > 0 && box.scrollWidth <= box.clientWidth))
    .toBe(true);
  await expect(map).not.toHaveAttribute('tabindex', /.*/);
  await expect(page.locator('#abb-kapitelkarte .diagram-tools')).toHaveCount(0);

  // A wide one: the first diagram of the introduction.
  await page.goto(at('/einfuehrung/'));
  const diagram = page.locator('.mermaid-diagram').first();
  await diagram.scrollIntoViewIfNeeded();
  // Off-screen diagrams are laid out only once near the viewport (content-visibility: auto): poll.
  await expect
    .poll(() => diagram.evaluate((box) => box.scrollWidth > box.clientWidth), {
      message: 'Diagramm breiter als 360 px',
    })
    .toBe(true);
  await expect(diagram).toHaveAttribute('tabindex', '0');
  await expect(diagram).toHaveAccessibleName('Beispiel eines verteilten Systems (seitlich verschiebbar)');
  // Drawn top-down, it opens at its middle, where its root stands.
  const middle = await diagram.evaluate((box) => (box.scrollWidth - box.clientWidth) / 2);
  expect(middle).toBeGreaterThan(20);
  const start = await diagram.evaluate((box) => box.scrollLeft);
  expect(Math.abs(start - middle)).toBeLessThanOrEqual(1);
  // Reached by Tab from the element just before it, then moved with the arrow key.
  await diagram.evaluate((box) => {
    const before = document.createElement('button');
    before.textContent = 'davor';
    box.before(before);
    before.focus();
  });
  await page.keyboard.press('Tab');
  await expect(diagram).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => diagram.evaluate((box) => box.scrollLeft)).toBeGreaterThan(start);

  // A visible line says it scrolls; "Ganz zeigen" shrinks it to the screen and back.
  const tools = page.locator('.mermaid-diagram + .diagram-tools').first();
  await expect(tools).toContainText('Seitlich verschiebbar');
  const toggle = tools.getByRole('button', { name: /^Ganz zeigen\s*\(Beispiel eines verteilten Systems\)$/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => diagram.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(false);
  // Shrunk below the width its 12 px labels need, the line says so.
  await expect(tools).toContainText('Ganz gezeigt – Beschriftung verkleinert');
  await expect(diagram).not.toHaveAttribute('tabindex', /.*/);
  await expect(toggle).toBeVisible();
  await toggle.click();
  await expect.poll(() => diagram.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);

  // On a phone a diagram scrolls at a readable width: none needs to be shown larger.
  await expect(page.getByRole('button', { name: /^Vergrößern/ })).toHaveCount(0);

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(() => diagram.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(false);
  await expect(diagram).not.toHaveAttribute('tabindex', /.*/);
  await expect(page.locator('.mermaid-diagram').first().locator('+ .diagram-tools')).toHaveCount(0);

  // One drawn left to right opens at its beginning.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(at('/systemarchitektur/eventgesteuerte-architektur/'));
  const flow = page.locator('#abb-event-broker .mermaid-diagram');
  await flow.scrollIntoViewIfNeeded();
  await expect(flow).toHaveAttribute('tabindex', '0');
  expect(await flow.evaluate((box) => box.scrollLeft)).toBe(0);
});

/** The smallest label of the diagram(s) in `root` as drawn, in CSS px (its font size times the SVG's scale). */
function smallestLabel(root: Locator): Promise<number> {
  return root.evaluate((element) => {
    const sizes = [...element.querySelectorAll('svg text, svg tspan, foreignObject *')].flatMap((label) => {
      const own = [...label.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      );
      const graphic = label instanceof SVGGraphicsElement ? label : label.closest('foreignObject');
      const matrix = graphic?.getScreenCTM();
      if (!own || !matrix || label.getClientRects().length === 0) return [];
      return [parseFloat(getComputedStyle(label).fontSize) * Math.hypot(matrix.a, matrix.b)];
    });
    return sizes.length ? Math.min(...sizes) : 0;
  });
}

test('ein Diagramm, das in die Spalte nur mit Beschriftung unter 12 px passt, lässt sich vergrößern', async ({
  page,
}) => {
  // A laptop: the column is 632 px, the concurrency diagram is drawn at about 9 px.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(at('/einfuehrung/'));
  const figure = page.locator('#abb-concurrency-parallelism');
  const box = figure.locator('.mermaid-diagram');
  await box.scrollIntoViewIfNeeded();
  expect(await smallestLabel(box)).toBeLessThan(12);
  const open = page.getByRole('button', { name: /^Vergrößern\s*\(Concurrency/ });
  await open.scrollIntoViewIfNeeded();
  await expect(open).toBeVisible();
  const scrolled = await page.evaluate(() => scrollY);

  await open.click();
  const dialog = page.getByRole('dialog', { name: /Unterschied zwischen Concurrency und Parallelism/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Schließen' })).toBeFocused();
  // The diagram itself moved into the dialog (no copy with the same ids), large enough to read.
  await expect(dialog.locator('svg[role="img"]')).toHaveCount(1);
  await expect(box.locator('svg')).toHaveCount(0);
  expect(await smallestLabel(dialog)).toBeGreaterThanOrEqual(11.95);
  // The page behind stays put: the wheel over the dimmed page scrolls nothing.
  const frameBox = (await dialog.boundingBox())!;
  await page.mouse.move(frameBox.x + frameBox.width / 2, frameBox.y / 2);
  await page.mouse.wheel(0, 600);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(await page.evaluate(() => scrollY), 'Seite hinter dem Dialog gescrollt').toBe(scrolled);
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((chosen) => {
      document.documentElement.dataset.theme = chosen;
    }, theme);
    const { violations } = await axeOn(page).include('.diagram-dialog').analyze();
    expect(
      violations.map(({ id, nodes }) => `${id}: ${nodes.length}`),
      theme,
    ).toEqual([]);
  }

  // Escape closes it: the diagram is back in its place, the focus on the button, the page unmoved.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(box.locator('svg[role="img"]')).toHaveCount(1);
  await expect(open).toBeFocused();
  expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  expect(await smallestLabel(box)).toBeLessThan(12);

  // A click on the dimmed page beside the dialog closes it as well.
  await open.click();
  await expect(dialog).toBeVisible();
  expect(frameBox.y, 'Platz über dem Dialog').toBeGreaterThan(8);
  await page.mouse.click(frameBox.x + frameBox.width / 2, frameBox.y / 2);
  await expect(dialog).toBeHidden();
  await expect(box.locator('svg[role="img"]')).toHaveCount(1);

  // Printing while it is open prints the page with the diagram in its place.
  await open.click();
  await expect(dialog).toBeVisible();
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(box.locator('svg[role="img"]')).toHaveCount(1);
  await expect(dialog).toBeHidden();
});
