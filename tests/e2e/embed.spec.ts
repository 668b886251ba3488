import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';
import { EMBED_HEIGHT_MESSAGE, EMBED_HOST_SCRIPT } from '../../src/lib/embed.ts';
import { embedPath, LABS, type Lab } from '../../src/lib/labs.ts';
import { at, expect, test } from './fixtures.ts';

// The site under test (playwright.config.ts starts it) and, per worker, a second loopback origin
// that plays the LMS: its page embeds the site in an iframe, sandboxed as some LMSs do it.
const SITE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4329)}`;
let lms: Server;
let lmsOrigin = '';

interface HostOptions {
  /** Site path with query, e.g. `/embed/caching/?c.frames=4`. */
  path: string;
  /** Fixed iframe height in px (before any height message). */
  height?: number;
  width?: string;
  /** Include the host script lecturers paste (src/lib/embed.ts). */
  resize?: boolean;
}

/** The LMS page: one sandboxed iframe, a log of every message it receives, optionally the host script. */
function lmsPage({ path, height = 900, width = '100%', resize = true }: HostOptions): string {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Kursseite</title><link rel="icon" href="data:,"></head>
<body style="margin: 0">
<iframe data-vss-lab="lab" title="Labor" sandbox="allow-scripts" src="${SITE}${at(path)}"
  style="display: block; border: 0; width: ${width}; height: ${height}px"></iframe>
<script>
  window.received = [];
  const frame = document.querySelector('iframe');
  window.addEventListener('message', (event) => {
    if (event.source === frame.contentWindow) window.received.push(event.data);
  });
  ${resize ? EMBED_HOST_SCRIPT : ''}
</script>
</body></html>`;
}

test.beforeAll(async () => {
  // Only the course page exists; anything else the browser asks for is a 404, not a page.
  lms = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname !== '/kurs') {
      response.writeHead(404).end();
      return;
    }
    const options = JSON.parse(url.searchParams.get('o') ?? '{}');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(lmsPage(options));
  });
  await new Promise<void>((resolve) => lms.listen(0, '127.0.0.1', resolve));
  lmsOrigin = `http://127.0.0.1:${(lms.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => lms.close(resolve));
});

/** Opens the LMS page and returns the embedded document once its lab has hydrated. */
async function embed(page: Page, options: HostOptions & { lab?: Lab }): Promise<Frame> {
  await page.goto(`${lmsOrigin}/kurs?o=${encodeURIComponent(JSON.stringify(options))}`);
  const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
  if (!frame) throw new Error('iframe ohne Dokument');
  await frame.waitForLoadState();
  if (options.lab) await expect(frame.locator(labRoot(options.lab))).toBeVisible();
  return frame;
}

/**
 * Any lab's live root once hydrated (before, LabShell's root carries lab-pending) and done with its
 * runs in the labs' worker (while one computes, the lab shows a .lab-progress note), so its height
 * is the final one (its source panel stays closed and empty until a reader opens it).
 */
const labRoot = (lab: Pick<Lab, 'id'>) =>
  `.lab-frame[data-lab="${lab.id}"]:not(:has(.lab-progress)) .lab-live:not(.lab-pending)`;
const lab = (id: string) => LABS.find((entry) => entry.id === id) as Lab;
const loadBalancing = lab('load-balancing');
const caching = lab('caching');
const messageQueue = lab('message-queue');

/** The frame's document size and scroll state. */
const metrics = (frame: Frame) =>
  frame.evaluate(() => {
    const root = document.documentElement;
    return {
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
    };
  });

const received = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { received: { type: string; lab: string; height: number }[] }).received,
  );

test(
  'Load-Balancing-Labor im Sandbox-iframe einer fremden Origin: Adresse, Tastatur, Rückschreiben',
  { tag: '@unterpfad' },
  async ({ page }) => {
    const frame = await embed(page, {
      path: `${embedPath(loadBalancing)}?lb-algo=leastConnections`,
      lab: loadBalancing,
    });
    // Sandboxed without allow-same-origin: the document's origin is opaque.
    expect(await frame.evaluate(() => self.origin)).toBe('null');
    const lab = frame.locator('.lb-lab');
    // The setting from the address is applied.
    await expect(lab.getByLabel('Algorithmus')).toHaveValue('leastConnections');
    // The source panel opens by keyboard (it is closed until the reader asks for it).
    await lab.locator('.lab-source > summary').focus();
    await page.keyboard.press('Enter');
    await expect(lab.locator('[data-lab-source="leastConnections"]')).toBeVisible();
    await expect(lab.locator('[data-lab-source="roundRobin"]')).toBeHidden();

    // Keyboard only: a step moves the simulated clock.
    const clock = lab.getByTestId('lb-clock');
    await expect(clock).toContainText('Simulierte Zeit: 0 s');
    await lab.getByRole('button', { name: /^Schritt/ }).focus();
    await page.keyboard.press('Enter');
    await expect(clock).not.toContainText('Simulierte Zeit: 0 s');

    // Another algorithm by keyboard: the lab shows it and writes it back into the embed's address.
    await lab.getByLabel('Algorithmus').focus();
    await page.keyboard.press('ArrowDown');
    await expect(lab.getByLabel('Algorithmus')).not.toHaveValue('leastConnections');
    const algo = await lab.getByLabel('Algorithmus').inputValue();
    await expect(lab.locator(`[data-lab-source="${algo}"]`)).toBeVisible();
    await expect.poll(() => new URL(frame.url()).searchParams.get('lb-algo')).toBe(algo);
  },
);

test('Caching-Labor im Sandbox-iframe einer fremden Origin: Adresse und Tastatur', async ({ page }) => {
  // Bélády's anomaly: FIFO with four slots has 10 misses on the default trace (9 with three).
  const frame = await embed(page, { path: `${embedPath(caching)}?c.frames=4`, lab: caching });
  const lab = frame.locator('.c-lab');
  const summary = lab.getByTestId('c-step-table-fifo-summary');
  await expect(summary).toHaveAttribute('data-misses', '0');
  await lab.getByRole('button', { name: /^Schritt \(/ }).focus();
  await page.keyboard.press('Enter');
  await expect(lab.getByTestId('c-step-position')).toContainText('Zugriff 1 von 12');
  await expect(summary).toHaveAttribute('data-misses', '1');
  await lab.getByRole('button', { name: 'Bis zum Ende' }).focus();
  await page.keyboard.press('Enter');
  await expect(summary).toHaveAttribute('data-misses', '10');
});

test('Message-Queue-Labor im Sandbox-iframe einer fremden Origin: Adresse, Tastatur, Rückschreiben', async ({
  page,
}) => {
  const frame = await embed(page, { path: `${embedPath(messageQueue)}?q.crash=10`, lab: messageQueue });
  expect(await frame.evaluate(() => self.origin)).toBe('null');
  const lab = frame.locator('.q-lab');
  // The crash rate from the address: without idempotency some pizzas are baked twice.
  await expect(lab.locator('[data-metric="duplicates"]')).not.toHaveText('0');
  await lab.getByLabel('Idempotente Bäcker (erkennen doppelte Bestellungen)').focus();
  await page.keyboard.press('Space');
  await expect(lab.locator('[data-metric="duplicates"]')).toHaveText('0');
  await expect.poll(() => new URL(frame.url()).searchParams.get('q.idem')).toBe('1');
});

for (const entry of LABS) {
  test(`${entry.id}: meldet seine Höhe, das Host-Skript passt das iframe an`, async ({ page }) => {
    const frame = await embed(page, { path: embedPath(entry), lab: entry });
    const iframe = page.locator('iframe');
    // The source panel (closed; its code is fetched when a reader opens it) renders once it comes
    // near the screen and keeps its height from then on: scroll to it as a reader would, so the
    // heights compared below are final.
    await frame.locator('.lab-source').scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        frame
          .locator('.lab-source .lab-heading')
          .evaluate((heading) => heading.checkVisibility({ contentVisibilityAuto: true })),
      )
      .toBe(true);
    // The host script sets the iframe to the reported height: the frame then needs no scrolling.
    await expect
      .poll(async () => {
        const { scrollHeight, clientHeight } = await metrics(frame);
        const last = (await received(page)).at(-1);
        const box = await iframe.boundingBox();
        return (
          last?.height === scrollHeight &&
          clientHeight === scrollHeight &&
          Math.round(box?.height ?? 0) === last.height
        );
      })
      .toBe(true);
    const messages = await received(page);
    for (const message of messages) {
      expect(message).toEqual({ type: EMBED_HEIGHT_MESSAGE, lab: entry.id, height: message.height });
      expect(Number.isInteger(message.height)).toBe(true);
    }
    const box = await iframe.boundingBox();
    expect(Math.round(box?.height ?? 0)).toBe(messages.at(-1)?.height);

    // The host script ignores the message from anyone but its iframe, and nonsense heights.
    const height = `${messages.at(-1)?.height}px`;
    await page.evaluate(
      (type) => window.postMessage({ type, lab: 'x', height: 50 }, '*'),
      EMBED_HEIGHT_MESSAGE,
    );
    await frame.evaluate((type) => {
      for (const height of [-5, 0, 2.5, '300', 1e9]) parent.postMessage({ type, lab: 'x', height }, '*');
    }, EMBED_HEIGHT_MESSAGE);
    await expect.poll(async () => (await received(page)).length).toBe(messages.length + 5);
    await expect(iframe).toHaveCSS('height', height);

    // The content changes (the run mode, more settings): a new height, and back again.
    const before = messages.at(-1)?.height ?? 0;
    const radios: Record<string, RegExp[]> = {
      caching: [/^Lange Läufe/, /^Schritt für Schritt/],
      partitioning: [/^Quoren ohne Leader/, /^Partitionierung/],
    };
    const [changed, back] =
      entry.id in radios
        ? radios[entry.id]!.map((name) => () => frame.getByRole('radio', { name }).check())
        : entry.id === 'message-queue'
          ? [0, 1].map(() => () => frame.getByText('Quittungen, Abstürze und Dead-Letter-Queue').click())
          : // A second algorithm no longer changes the height: the two runs stand side by side.
            [0, 1].map(() => () => frame.getByText('Server, Ausfall und Last einstellen').click());
    await changed();
    await expect.poll(async () => (await received(page)).at(-1)?.height).not.toBe(before);
    await expect
      .poll(async () => {
        const { scrollHeight, clientHeight } = await metrics(frame);
        return (await received(page)).at(-1)?.height === scrollHeight && clientHeight === scrollHeight;
      })
      .toBe(true);
    await back();
    await expect.poll(async () => (await received(page)).at(-1)?.height).toBe(before);
    await expect(iframe).toHaveCSS('height', `${before}px`);
  });

  test(`${entry.id}: bei fester Höhe ohne Host-Skript scrollt der Inhalt im Rahmen`, async ({ page }) => {
    const frame = await embed(page, { path: embedPath(entry), lab: entry, height: 400, resize: false });
    // Height messages still arrive (nobody acts on them) and name the full document height. The
    // height is read in each poll: a lab whose run arrives from the worker after hydration grows
    // once more, and its next message names the new height.
    await expect
      .poll(async () => (await received(page)).at(-1)?.height === (await metrics(frame)).scrollHeight)
      .toBe(true);
    const { scrollHeight, clientHeight } = await metrics(frame);
    expect(clientHeight).toBe(400);
    expect(scrollHeight).toBeGreaterThan(clientHeight);
    expect(await frame.evaluate(() => (window.scrollTo(0, 300), window.scrollY))).toBe(300);
    await expect(page.locator('iframe')).toHaveCSS('height', '400px');
  });

  test(`${entry.id}: 320 px breit ohne waagerechtes Scrollen`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    const frame = await embed(page, { path: embedPath(entry), lab: entry });
    const { clientWidth } = await metrics(frame);
    expect(clientWidth).toBeLessThanOrEqual(320);
    // Right after hydration the lab's first layout pass can be wider for a moment; the page must
    // settle without horizontal scrolling.
    await expect
      .poll(async () => (await metrics(frame)).scrollWidth, { message: 'Seite breiter als der Rahmen' })
      .toBeLessThanOrEqual(clientWidth);
  });

  test(
    `${entry.id}: Titel und Link „Im Kapitel öffnen“ zum Abschnitt des Labors`,
    { tag: '@unterpfad' },
    async ({ page }) => {
      const frame = await embed(page, { path: `${embedPath(entry)}?theme=light`, lab: entry });
      await expect(frame.locator('h1')).toHaveText(entry.title);
      const link = frame.getByRole('link', { name: /^Im Kapitel öffnen/ });
      await expect(link).toHaveAttribute('href', `${at(entry.page)}#${entry.anchor}`);
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
    },
  );
}

test(
  '„Im Kapitel öffnen“ nimmt die Einstellungen des Labors mit, das Farbschema nicht',
  { tag: '@unterpfad' },
  async ({ page }) => {
    const frame = await embed(page, {
      path: `${embedPath(loadBalancing)}?theme=dark&lb-algo=ipHash`,
      lab: loadBalancing,
    });
    const link = frame.getByRole('link', { name: /^Im Kapitel öffnen/ });
    await link.focus();
    await expect(link).toHaveAttribute('href', `${SITE}${at(loadBalancing.page)}?lb-algo=ipHash#labor`);
  },
);

test.describe('Farbschema im eingebetteten Labor', () => {
  const theme = (frame: Frame) =>
    frame.evaluate(() => ({
      attribute: document.documentElement.dataset.theme,
      background: getComputedStyle(document.body).backgroundColor,
    }));
  /** Relative luminance of an rgb() colour, 0 (black) to 1 (white). */
  const luminance = (css: string) => {
    const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };

  for (const scheme of ['light', 'dark'] as const) {
    test(`folgt dem System (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const frame = await embed(page, { path: embedPath(caching), lab: caching });
      const { attribute, background } = await theme(frame);
      expect(attribute).toBe(scheme);
      if (scheme === 'light') expect(luminance(background)).toBeGreaterThan(0.9);
      else expect(luminance(background)).toBeLessThan(0.2);
    });
  }

  test('?theme=dark gilt auch bei hellem System, ein unbekannter Wert wird ignoriert', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    let frame = await embed(page, { path: `${embedPath(loadBalancing)}?theme=dark`, lab: loadBalancing });
    expect((await theme(frame)).attribute).toBe('dark');
    expect(luminance((await theme(frame)).background)).toBeLessThan(0.2);
    frame = await embed(page, { path: `${embedPath(loadBalancing)}?theme=pink`, lab: loadBalancing });
    expect((await theme(frame)).attribute).toBe('light');
    // Without a theme parameter the embed follows a change of the system setting.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await theme(frame)).attribute).toBe('dark');
  });
});

test(
  'Kapitelseite im Sandbox-iframe: keine Fehler, Labor und Farbschema-Wahl funktionieren',
  { tag: '@unterpfad' },
  async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const frame = await embed(page, { path: '/systemdesign/caching/', height: 800, resize: false });
    expect(await frame.evaluate(() => self.origin)).toBe('null');
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
    // The heading to the frame's top: scrollIntoViewIfNeeded would centre it and leave the lab's start
    // below the host's 720 px viewport, and in a cross-origin frame client:visible's rootMargin does
    // not apply, so the lab would (rightly) not hydrate.
    await frame.locator('#labor').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await expect(frame.locator('.c-lab')).toBeVisible();
    // Starlight's theme picker stores the choice in localStorage, which throws here (guarded override).
    const picker = frame.locator('header starlight-theme-select select');
    await picker.selectOption('dark');
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
    // The console guard of the fixture fails the test on any error in the frame.
  },
);

test('Einbettungen stehen nicht im Suchindex', async ({ page }) => {
  await page.goto(at('/'));
  const urls = await page.evaluate(async (bundle) => {
    const pagefind = await import(/* @vite-ignore */ bundle);
    await pagefind.init();
    const search = await pagefind.search('Labor');
    const data = await Promise.all(
      search.results.map((result: { data: () => Promise<{ url: string }> }) => result.data()),
    );
    return data.map((entry: { url: string }) => entry.url);
  }, at('/pagefind/pagefind.js'));
  expect(
    urls.some((url) => url.includes('/systemdesign/caching/')),
    'das Kapitel wird gefunden',
  ).toBe(true);
  expect(urls.filter((url) => url.includes('/embed/'))).toEqual([]);
});
