import { at, expect, test, useTheme } from './fixtures.ts';

test('Diagramme sind inline-SVG mit zugänglichem Namen und Beschreibung', async ({ page }) => {
  await page.goto(at('/'));
  const svg = page.locator('.mermaid-light svg').first();
  await expect(svg).toBeVisible();
  const { name, description } = await svg.evaluate((element) => {
    const text = (ids: string | null) =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    return {
      name: text(element.getAttribute('aria-labelledby')),
      description: text(element.getAttribute('aria-describedby')),
    };
  });
  expect(name).toBe('Aufbau des Kapitels');
  expect(description).toContain('Einführung');
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
  await page.goto(at('/'));
  const light = page.locator('.mermaid-light').first();
  const dark = page.locator('.mermaid-dark').first();
  await expect(light).toBeVisible();
  await expect(dark).toBeHidden();
  await page.getByRole('combobox', { name: 'Farbschema' }).first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(dark).toBeVisible();
  await expect(light).toBeHidden();
});

test('auf dem Handy schneidet kein Diagramm Text ab: breite Diagramme scrollen seitlich', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(at('/'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'Seite breiter als das Display').toBeLessThanOrEqual(0);
  for (const diagram of await page.locator('.mermaid-light:visible').all()) {
    const fits = await diagram.evaluate((container) => {
      const svg = container.querySelector('svg');
      if (!svg) return false;
      // Every label lies inside the scrollable area of its container.
      const box = container.getBoundingClientRect();
      const labels = [...svg.querySelectorAll('text')].map((text) => text.getBoundingClientRect());
      const scrollRight = box.left + container.scrollWidth;
      return labels.every((label) => label.left >= box.left - 1 && label.right <= scrollRight + 1);
    });
    expect(fits).toBe(true);
  }
});
