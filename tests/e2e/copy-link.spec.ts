import type { Locator, Page } from '@playwright/test';
import {
  at,
  axeInBothSchemes,
  BASE,
  copiedText as clipboard,
  expect,
  followSystemTheme,
  recordCopies,
  SITE,
  test,
} from './fixtures.ts';

/** The absolute URL a lecturer should get for a section: canonical page URL plus anchor. */
const published = (path: string, id: string) => `${new URL(at(path), SITE).href}#${id}`;

const status = (page: Page) => page.locator('[role="status"][data-copy-status]');

async function open(page: Page, path: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await recordCopies(page);
  await page.goto(at(path));
  // The copy script has run once its live region is there.
  await expect(status(page)).toHaveCount(1);
}

const clearClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.writeText(''));

/** The copy control (button and tooltip) that belongs to the heading with this id. */
const controlOf = (page: Page, headingId: string) =>
  page.locator(
    `:is(.sl-heading-wrapper, .copy-link-heading):has(> [id="${headingId}"]) > .copy-link-control`,
  );
const buttonOf = (page: Page, headingId: string) => controlOf(page, headingId).locator('button');

test('h2: kopiert die kanonische Adresse des Abschnitts und meldet „Link kopiert“', async ({ page }) => {
  await open(page, '/einfuehrung/');
  const button = buttonOf(page, 'definition');
  await expect(button).toHaveAccessibleName('Link zu „Definition“ kopieren');
  await expect(button).toHaveAttribute('type', 'button');
  await button.click();
  const expected = published('/einfuehrung/', 'definition');
  await expect.poll(() => clipboard(page)).toBe(expected);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(expected).toBe(`${canonical}#definition`);
  await expect(status(page)).toHaveText('Link kopiert');
  await expect(status(page)).toHaveCount(1);
});

test('Bestätigung: Häkchen und „Link kopiert“ für etwa 2 s, dann wieder „Link kopieren“', async ({
  page,
}) => {
  // The page's clock is under the test's control, so a slow machine cannot eat the two seconds.
  await page.clock.install();
  await open(page, '/einfuehrung/');
  const control = controlOf(page, 'definition');
  const tooltip = control.locator('.copy-tooltip');
  await control.locator('button').click();
  await page.mouse.move(0, 0);
  await expect(control).toHaveAttribute('data-state', 'copied');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText('Link kopiert');
  await expect(control.locator('.copy-icon-done')).toBeVisible();
  await page.clock.runFor(1500);
  await expect(tooltip).toBeVisible();
  await page.clock.runFor(600);
  await expect(control).not.toHaveAttribute('data-state', 'copied');
  await expect(tooltip).toBeHidden();
  await expect(tooltip).toHaveText('Link kopieren');
  await expect(control.locator('.copy-icon-done')).toBeHidden();
  await expect(status(page)).toHaveText('Link kopiert');
});

test('h3: kopiert die Adresse des Unterabschnitts', async ({ page }) => {
  await open(page, '/einfuehrung/');
  const button = buttonOf(page, 'unterschiede-dezentral-verteilt');
  await expect(button).toHaveAccessibleName(
    'Link zu „Unterschiede zwischen dezentralen und verteilten Systemen“ kopieren',
  );
  await button.click();
  await expect
    .poll(() => clipboard(page))
    .toBe(published('/einfuehrung/', 'unterschiede-dezentral-verteilt'));
  await expect(status(page)).toHaveText('Link kopiert');
});

test('Verständnisfrage: kopiert die Adresse der ganzen Frage (#frage-3)', async ({ page }) => {
  await open(page, '/verstaendnisfragen/');
  const button = buttonOf(page, 'frage-3-titel');
  await expect(button).toHaveAccessibleName(
    'Link zu „Frage 3: Nennen Sie einen Nachteil verteilter Systeme.“ kopieren',
  );
  await button.click();
  await expect.poll(() => clipboard(page)).toBe(published('/verstaendnisfragen/', 'frage-3'));
  // The heading keeps its text: the button sits beside it, not inside.
  await expect(page.locator('#frage-3-titel')).toHaveText(
    'Frage 3: Nennen Sie einen Nachteil verteilter Systeme.',
  );
  await expect(page.getByRole('region', { name: /^Frage 3:/ })).toHaveAttribute('id', 'frage-3');
});

test('Tastatur: Tab erreicht den Knopf nach dem Ankerlink, Enter und Leertaste kopieren', async ({
  page,
}) => {
  await open(page, '/einfuehrung/');
  await page.locator('.sl-heading-wrapper:has(> #eigenschaften) > .sl-anchor-link').focus();
  await page.keyboard.press('Tab');
  const button = buttonOf(page, 'eigenschaften');
  await expect(button).toBeFocused();
  // Visible: shown on focus (not only on hover), with a focus outline.
  await expect(controlOf(page, 'eigenschaften')).toHaveCSS('opacity', '1');
  expect(await button.evaluate((b) => getComputedStyle(b).outlineStyle)).not.toBe('none');

  await page.keyboard.press('Enter');
  await expect.poll(() => clipboard(page)).toBe(published('/einfuehrung/', 'eigenschaften'));
  await expect(status(page)).toHaveText('Link kopiert');

  await clearClipboard(page);
  await page.keyboard.press('Space');
  await expect.poll(() => clipboard(page)).toBe(published('/einfuehrung/', 'eigenschaften'));
  await expect(button).toBeFocused();
  await expect(status(page)).toHaveCount(1);
});

test('Escape blendet den Tooltip aus, bis der Fokus den Knopf verlässt', async ({ page }) => {
  await open(page, '/einfuehrung/');
  await page.locator('.sl-heading-wrapper:has(> #eigenschaften) > .sl-anchor-link').focus();
  await page.keyboard.press('Tab');
  const tooltip = controlOf(page, 'eigenschaften').locator('.copy-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText('Link kopieren');
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(tooltip).toBeVisible();
});

test('Labore: Überschriften in den Labor-Inseln bekommen keinen Knopf', async ({ page }) => {
  for (const path of ['/systemdesign/caching/', '/systemdesign/load-balancing/']) {
    await open(page, `${path}#labor`);
    await page.locator('#labor').scrollIntoViewIfNeeded();
    await expect(page.locator('.lab-frame[data-hydrated]')).toHaveCount(1);
    expect(
      await page.locator('astro-island :is(h2, h3)').count(),
      `${path}: Überschriften im Labor`,
    ).toBeGreaterThan(0);
    await expect(page.locator('astro-island .copy-button')).toHaveCount(0);
    await expect(buttonOf(page, 'labor')).toHaveCount(1);
  }
});

test('Druck: die Knöpfe sind ausgeblendet', async ({ page }) => {
  for (const path of ['/einfuehrung/', '/verstaendnisfragen/', '/handout/']) {
    await open(page, path);
    const buttons = page.locator('.copy-button');
    expect(await buttons.count(), path).toBeGreaterThan(0);
    await expect(buttons.first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const button of await buttons.all()) await expect(button).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  }
});

test('Symbol: Kontrast ≥ 3:1 (hell und dunkel) und Zielgröße ≥ 24 × 24 px', async ({ page }) => {
  for (const [path, selector] of [
    ['/einfuehrung/', '.sl-heading-wrapper.level-h2 .copy-link-button'],
    ['/einfuehrung/', '.sl-heading-wrapper.level-h3 .copy-link-button'],
    ['/verstaendnisfragen/', '.copy-link-heading .copy-link-button'],
    ['/handout/', '.handout-online .copy-button'],
  ]) {
    await open(page, path);
    const button = page.locator(selector).first();
    const box = await button.boundingBox();
    expect(box?.width, `${path} ${selector}: Breite`).toBeGreaterThanOrEqual(24);
    expect(box?.height, `${path} ${selector}: Höhe`).toBeGreaterThanOrEqual(24);
    for (const theme of ['light', 'dark'] as const) {
      await followSystemTheme(page, theme);
      expect(await contrast(button), `${path} ${selector}: Kontrast (${theme})`).toBeGreaterThanOrEqual(3);
    }
  }
});

/** Contrast ratio of the element's colour against the first opaque background behind it. */
function contrast(element: Locator): Promise<number> {
  return element.evaluate((el) => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    let node: Element | null = el;
    let background = 'rgb(255, 255, 255)';
    while (node) {
      const color = getComputedStyle(node).backgroundColor;
      const alpha = rgb(color)[3];
      if (color !== 'transparent' && (alpha === undefined || alpha === 1)) {
        background = color;
        break;
      }
      node = node.parentElement;
    }
    const [a, b] = [luminance(rgb(getComputedStyle(el).color)), luminance(rgb(background))];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

test('axe: Tooltip, Bestätigung und Hinweis zum Kopieren von Hand, hell und dunkel', async ({ page }) => {
  await page.addInitScript(() => {
    Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Verweigert', 'NotAllowedError'));
    document.execCommand = () => false;
  });
  await open(page, '/verstaendnisfragen/');
  // One button in its "copied" state (shown for ~2 s), one with the copy-by-hand panel open.
  await page
    .locator('.copy-link-control')
    .first()
    .evaluate((c: HTMLElement) => (c.dataset.state = 'copied'));
  await buttonOf(page, 'frage-2-titel').click();
  await expect(page.locator('.copy-manual')).toBeVisible();
  await expect(page.locator('.copy-link-control').first().locator('.copy-tooltip')).toBeVisible();
  expect(
    await axeInBothSchemes(page, (axe) => axe.include('.copy-link-heading').include('.copy-manual')),
  ).toEqual([]);
});

test('reduzierte Bewegung: keine Übergänge', async ({ page }) => {
  await open(page, '/einfuehrung/');
  const duration = () =>
    controlOf(page, 'definition').evaluate((c) => getComputedStyle(c).transitionDuration);
  expect(await duration()).not.toMatch(/^0s(, 0s)*$/);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await duration()).toMatch(/^0s(, 0s)*$/);
});

test.describe('ohne Clipboard-API', () => {
  test('writeText schlägt fehl: kopiert über den alten Weg (execCommand)', async ({ page }) => {
    await page.addInitScript(() => {
      Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Verweigert', 'NotAllowedError'));
    });
    await open(page, '/einfuehrung/');
    const button = buttonOf(page, 'definition');
    await button.click();
    await expect.poll(() => clipboard(page)).toBe(published('/einfuehrung/', 'definition'));
    await expect(status(page)).toHaveText('Link kopiert');
    await expect(page.locator('.copy-manual')).toHaveCount(0);
    // The helper textarea is gone and focus is back on the button.
    await expect(page.locator('body > textarea')).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test('kein navigator.clipboard (http auf fremdem Host): kopiert über execCommand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    });
    await open(page, '/einfuehrung/');
    expect(await page.evaluate(() => 'clipboard' in navigator && navigator.clipboard)).toBeFalsy();
    await buttonOf(page, 'vorteile').click();
    await expect(status(page)).toHaveText('Link kopiert');
    await expect.poll(() => clipboard(page)).toBe(published('/einfuehrung/', 'vorteile'));
  });

  test('nichts klappt: zeigt die Adresse zum Kopieren von Hand', async ({ page }) => {
    await page.addInitScript(() => {
      Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Verweigert', 'NotAllowedError'));
      document.execCommand = () => false;
    });
    await open(page, '/verstaendnisfragen/');
    const button = buttonOf(page, 'frage-2-titel');
    await button.click();
    const panel = page.getByRole('group', { name: /^Automatisches Kopieren ist hier nicht möglich/ });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('Bitte kopieren Sie den Link von Hand (Strg+C, am Mac ⌘+C):');
    const field = panel.getByRole('textbox');
    await expect(field).toHaveValue(published('/verstaendnisfragen/', 'frage-2'));
    await expect(field).toBeFocused();
    expect(
      await field.evaluate((f: HTMLTextAreaElement) => f.value.slice(f.selectionStart, f.selectionEnd)),
    ).toBe(published('/verstaendnisfragen/', 'frage-2'));
    await expect(status(page)).not.toHaveText('Link kopiert');
    await expect(controlOf(page, 'frage-2-titel')).not.toHaveAttribute('data-state', 'copied');
    // Escape closes it and returns to the button.
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(button).toBeFocused();
    // A second failure shows one panel, not two; print leaves it out; "Schließen" closes it.
    await button.click();
    await button.click();
    await expect(page.locator('.copy-manual')).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    await expect(panel).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Schließen' }).click();
    await expect(page.locator('.copy-manual')).toHaveCount(0);
    await expect(button).toBeFocused();
  });
});

test('CopyButton: kopiert seinen Text, ein Listener für alle Knöpfe', async ({ page }) => {
  test.slow();
  await open(page, '/handout/');
  const buttons = page.locator('.handout-online .copy-button');
  const count = await buttons.count();
  expect(count).toBe(await page.locator('.handout-part').count());
  const button = page.getByRole('button', {
    name: 'Link zur Online-Fassung von „1 Einführung in verteilte Softwaresysteme“ kopieren',
  });
  await button.click();
  await expect.poll(() => clipboard(page)).toBe(new URL(at('/einfuehrung/'), SITE).href);
  await expect(status(page)).toHaveText('Link kopiert');

  // Event delegation: no button carries a click listener of its own.
  const cdp = await page.context().newCDPSession(page);
  const listenerCount = async (expression: string) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    return listeners.filter((l) => l.type === 'click').length;
  };
  for (let i = 0; i < count; i++) {
    expect(await listenerCount(`document.querySelectorAll('.handout-online .copy-button')[${i}]`)).toBe(0);
  }
  expect(await listenerCount('document')).toBeGreaterThanOrEqual(1);
});

test.describe('ohne JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('keine toten Knöpfe', async ({ page }) => {
    await page.goto(at('/einfuehrung/'));
    await expect(page.locator('h2#definition')).toBeVisible();
    await expect(page.locator('.copy-button')).toHaveCount(0);
    await page.goto(at('/handout/'));
    const serverRendered = page.locator('.handout-online .copy-button');
    expect(await serverRendered.count()).toBeGreaterThan(0);
    for (const button of await serverRendered.all()) await expect(button).toBeHidden();
    await expect(page.getByRole('button', { name: /kopieren/ })).toHaveCount(0);
  });
});

test('Basispfad: die kopierte Adresse enthält ihn', { tag: '@unterpfad' }, async ({ page }) => {
  await open(page, '/zusammenfassung/');
  const first = page.locator('.copy-link-button').first();
  await first.click();
  await expect(status(page)).toHaveText('Link kopiert');
  const copied = new URL(await clipboard(page));
  expect(copied.pathname).toBe(`${BASE}zusammenfassung/`);
  expect(copied.search).toBe('');
});
