// The presenter view (`?ansicht=referent` on a deck page) and the slides PDFs. Two windows of one
// lecture are two pages in one browser context: they talk over BroadcastChannel, as a lecturer's
// two browser windows do, with no server in between.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CHAPTER, findPage } from '../../src/lib/chapter/index.ts';
import { slidesPdfDecks, slidesPdfPaths } from '../../src/lib/print/slides.ts';
import { chapterDeckPages } from '../../src/lib/slides/decks.ts';
import { at, axeOn, expect, OUT_DIR, test, useTheme, WCAG_TAGS } from './fixtures.ts';

const DECK = '/vortrag/systemdesign/caching/';

const counter = (page: Page) => page.locator('[data-deck-counter]');
const open = async (page: Page, path: string) => {
  await page.goto(at(path));
  await expect(page.locator('.deck[data-deck][data-deck-ready]')).toBeVisible();
};

test('@unterpfad Referentenansicht: holt das Publikumsfenster ein und folgt ihm in beide Richtungen', async ({
  context,
}) => {
  const audience = await context.newPage();
  await open(audience, DECK);
  await audience.locator('.deck[data-deck]').focus();
  await audience.keyboard.press('ArrowRight');
  await audience.keyboard.press('ArrowRight');
  await expect(counter(audience)).toHaveText(/^3 \//);

  // The presenter view opens late (as from the `P` key) and catches up through hello/state.
  const link = audience.locator('.deck-controls [data-presenter-open]');
  await expect(link).toHaveText(/Referentenansicht/);
  const [presenter] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await expect(presenter.locator('.deck[data-deck][data-deck-ready]')).toBeVisible();
  expect(new URL(presenter.url()).pathname).toBe(at(DECK));
  expect(new URL(presenter.url()).searchParams.get('ansicht')).toBe('referent');
  await expect(counter(presenter)).toHaveText(/^3 \//);
  await expect(presenter.locator('[data-position]')).toHaveText(/^Folie 3 von \d+$/);
  await expect(presenter.locator('[data-peer]')).toHaveText('Publikumsfenster verbunden');

  // Presenter → audience, with the presenter's remote keys.
  await presenter.locator('.deck[data-deck]').focus();
  await presenter.keyboard.press('PageDown');
  await expect(counter(audience)).toHaveText(/^4 \//);
  const fourth = await audience.evaluate(() => location.hash);
  expect(fourth).not.toBe('');
  await expect.poll(() => presenter.evaluate(() => location.hash)).toBe(fourth);
  // Audience → presenter.
  await audience.locator('.deck[data-deck]').focus();
  await audience.keyboard.press('ArrowLeft');
  await expect(counter(presenter)).toHaveText(/^3 \//);
  // Black screen both ways; the presenter still sees the slide, marked.
  await presenter.locator('.deck[data-deck]').focus();
  await presenter.keyboard.press('b');
  await expect(audience.locator('.deck[data-deck]')).toHaveAttribute('data-deck-black', '');
  await audience.keyboard.press('b');
  await expect(presenter.locator('.deck[data-deck]')).not.toHaveAttribute('data-deck-black');

  // Next slide and notes follow the current slide.
  const nextTitle = await audience.locator('[data-slide]').nth(3).locator('.slide-title').innerText();
  await expect(presenter.locator('[data-next] .slide-title')).toHaveText(nextTitle);
  // …and its title in large type above the small still copy (review L7-7: the copy's text is ~9 px).
  const nextLabel = await audience.locator('[data-slide]').nth(3).getAttribute('aria-label');
  await expect(presenter.locator('[data-next-title]')).toHaveText(nextLabel!);
  const titlePx = await presenter
    .locator('[data-next-title]')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(titlePx).toBeGreaterThanOrEqual(24);
  const notes = (
    await audience.locator('[data-slide]').nth(2).locator('[data-slide-notes]').textContent()
  )?.trim();
  if (notes) await expect(presenter.locator('[data-notes]')).toContainText(notes.slice(0, 40));
});

test('Referentenansicht: eine Auflösung öffnet und schließt sich in beiden Fenstern', async ({ context }) => {
  // Review L7-11: the lecturer opens the answer at the laptop, the projector shows it. (A self-check's
  // model answer that fits next to its question is a details element the same code follows.)
  const audience = await context.newPage();
  await open(audience, DECK);
  const what = 'details.lab-experiment-explanation';
  const slide = await audience.locator(`[data-slide]:has(${what})`).first().getAttribute('id');
  await audience.evaluate((id) => (location.hash = id!), slide);
  const presenter = await context.newPage();
  await open(presenter, `${DECK}?ansicht=referent#${slide}`);
  await expect(presenter.locator('[data-peer]')).toHaveText('Publikumsfenster verbunden');
  const answer = (page: Page) => page.locator(`[id="${slide}"] ${what}`).first();
  await answer(presenter).locator('summary').click();
  await expect(answer(audience)).toHaveJSProperty('open', true);
  // Closed in the audience's window, it closes in the presenter's; nothing echoes it open again.
  await answer(audience).locator('summary').click();
  await expect(answer(presenter)).toHaveJSProperty('open', false);
  await presenter.waitForTimeout(300);
  await expect(answer(audience)).toHaveJSProperty('open', false);
  await expect(answer(presenter)).toHaveJSProperty('open', false);
});

test('Referentenansicht: ein spät geöffnetes Fenster übernimmt Folie, offene Auflösung und geladenen Versuch', async ({
  context,
}) => {
  // The second window opens after the first loaded an experiment and opened an answer: it asks
  // (hello) and gets the whole state, not just the slide.
  const audience = await context.newPage();
  await open(audience, DECK);
  const what = 'details.lab-experiment-explanation';
  const slide = await audience
    .locator('[data-slide]')
    .filter({ has: audience.locator('a.lab-experiment-link', { hasText: 'Versuch 3 laden' }) })
    .getAttribute('id');
  await audience.evaluate((id) => (location.hash = id!), slide);
  await audience.getByRole('link', { name: 'Versuch 3 laden' }).click();
  await expect(audience.locator('[data-deck] [data-slide].is-current')).toHaveId('labor');
  await audience.evaluate((id) => (location.hash = id!), slide);
  await expect(audience.locator('[data-deck] [data-slide].is-current')).toHaveId(slide!);
  const answer = (page: Page) => page.locator(`[id="${slide}"] ${what}`).first();
  await answer(audience).locator('summary').click();
  await expect(answer(audience)).toHaveJSProperty('open', true);

  // Opened without a slide in its address: it starts at the first slide, then catches up.
  const presenter = await context.newPage();
  await open(presenter, `${DECK}?ansicht=referent`);
  await expect(presenter.locator('[data-deck] [data-slide].is-current')).toHaveId(slide!);
  await expect(answer(presenter)).toHaveJSProperty('open', true);
  await expect.poll(() => new URL(presenter.url()).searchParams.get('c.preset')).toBe('zipf');
  // Its lab runs the loaded experiment.
  await presenter.locator('.deck[data-deck]').focus();
  await presenter.evaluate(() => (location.hash = 'labor'));
  const live = presenter.locator('[data-deck] [data-slide].is-current .lab-frame[data-hydrated] .lab-live');
  await expect(live.getByLabel('Versuch', { exact: true })).toHaveValue('3');
  // Only the answer that is open opens: the other answers of the deck stay closed.
  const opened = await presenter.locator(`[data-slide] ${what}[open]`).count();
  expect(opened).toBe(1);
});

test('Referentenansicht: ein anderer Foliensatz hört nicht mit', async ({ context }) => {
  const caching = await context.newPage();
  await open(caching, DECK);
  const other = await context.newPage();
  await open(other, '/vortrag/systemdesign/load-balancing/?ansicht=referent');
  await other.locator('.deck[data-deck]').focus();
  await other.keyboard.press('End');
  await caching.waitForTimeout(300);
  await expect(counter(caching)).toHaveText(/^1 \//);
});

test('Referentenansicht: das Labor auf der Folie folgt in beiden Fenstern', async ({ context }) => {
  const audience = await context.newPage();
  await open(audience, `${DECK}#labor`);
  const presenter = await context.newPage();
  await open(presenter, `${DECK}?ansicht=referent#labor`);
  const lab = (page: Page) => page.locator('.lab-frame[data-hydrated] .lab-live');
  await expect(lab(audience)).toBeVisible();
  await expect(lab(presenter)).toBeVisible();
  // On a slide the lab shows picture and playback; its other settings wait behind „Einstellungen“.
  for (const page of [audience, presenter]) {
    const settings = lab(page).getByRole('button', { name: 'Einstellungen' });
    await settings.click();
    await expect(settings).toHaveAttribute('aria-expanded', 'true');
  }

  await lab(presenter)
    .getByLabel(/^Strategie/)
    .selectOption('opt');
  await expect(lab(audience).getByLabel(/^Strategie/)).toHaveValue('opt');
  await expect.poll(() => new URL(audience.url()).searchParams.get('c.policy')).toBe('opt');
  // The other way round, and the presenter's own address keeps its view.
  await lab(audience)
    .getByLabel(/^Strategie/)
    .selectOption('fifo');
  await expect(lab(presenter).getByLabel(/^Strategie/)).toHaveValue('fifo');
  expect(new URL(presenter.url()).searchParams.get('ansicht')).toBe('referent');
});

test('Referentenansicht: „Versuch N laden“ bleibt in der Referentenansicht und lädt den Versuch in beiden Fenstern', async ({
  context,
}) => {
  // Review L7-2 and L7-7: the link reloaded the page without `ansicht=referent`; the select showed „–“.
  const audience = await context.newPage();
  await open(audience, DECK);
  const load = (page: Page) => page.getByRole('link', { name: 'Versuch 3 laden' });
  const slide = await audience
    .locator('[data-slide]')
    .filter({ has: audience.locator('a.lab-experiment-link', { hasText: 'Versuch 3 laden' }) })
    .getAttribute('id');
  await audience.evaluate((id) => (location.hash = id!), slide);
  const presenter = await context.newPage();
  await open(presenter, `${DECK}?ansicht=referent#${slide}`);
  await expect(presenter.locator('[data-peer]')).toHaveText('Publikumsfenster verbunden');
  await load(presenter).click();
  for (const page of [presenter, audience]) {
    await expect(page.locator('[data-deck] [data-slide].is-current')).toHaveId('labor');
    await expect.poll(() => new URL(page.url()).searchParams.get('c.preset')).toBe('zipf');
    const live = page.locator('[data-deck] [data-slide].is-current .lab-frame[data-hydrated] .lab-live');
    await expect(live.getByLabel('Versuch', { exact: true })).toHaveValue('3');
  }
  expect(new URL(presenter.url()).searchParams.get('ansicht')).toBe('referent');
  await expect(presenter.locator('[data-presenter]')).toBeVisible();
});

/**
 * The current slide's lab in proportion to its slide: a playback button's and a label of the
 * picture's (SVG) type size per slide width, and the picture's bottom per slide height.
 */
function labProportions() {
  const slide = document.querySelector<HTMLElement>('[data-slide].is-current')!;
  const box = slide.getBoundingClientRect();
  const px = (el: Element) =>
    parseFloat(getComputedStyle(el).fontSize) *
    (el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : (el as HTMLElement).currentCSSZoom);
  const button = slide.querySelector('.lab-live .lab-playback .lab-button')!;
  const label = slide.querySelector('.lab-live [data-lab-stage] svg text')!;
  const stage = [...slide.querySelectorAll('.lab-live [data-lab-stage]')].filter(
    (el) => el.getClientRects().length > 0,
  );
  const bottom = Math.max(...stage.map((el) => el.getBoundingClientRect().bottom));
  return {
    slideWidth: box.width,
    button: px(button) / box.width,
    label: px(label) / box.width,
    bottom: (bottom - box.top) / box.height,
  };
}

test('Referentenansicht: Abspielen, Pause und Zurücksetzen des Labors gelten in beiden Fenstern', async ({
  context,
}) => {
  const deck = '/vortrag/systemdesign/load-balancing/';
  const audience = await context.newPage();
  await open(audience, `${deck}#labor`);
  const presenter = await context.newPage();
  await open(presenter, `${deck}?ansicht=referent#labor`);
  const lab = (page: Page) => page.locator('.lab-frame[data-hydrated] .lab-live');
  const clock = (page: Page) => lab(page).getByTestId('lb-clock');
  const button = (page: Page, name: string) => lab(page).getByRole('button', { name, exact: true });
  for (const page of [audience, presenter]) await expect(clock(page)).toContainText('Simulierte Zeit: 0 s');
  // The presenter's current slide is the audience's, smaller as a whole (review B4-23: the lab's
  // buttons came out at 9 px beside 13-px server rows, and the LB box was cut off): type sizes and
  // the picture's bottom in proportion to the slide are the same in both windows, inside the slide.
  const [seen, preview] = await Promise.all(
    [audience, presenter].map((page) => page.evaluate(labProportions)),
  );
  expect(preview.slideWidth, 'Vorschau kleiner als die Folie im Publikumsfenster').toBeLessThan(
    seen.slideWidth * 0.9,
  );
  expect(preview.button).toBeCloseTo(seen.button, 3);
  expect(preview.label).toBeCloseTo(seen.label, 3);
  expect(preview.label / preview.button).toBeCloseTo(seen.label / seen.button, 2);
  expect(preview.bottom).toBeCloseTo(seen.bottom, 2);
  expect(preview.bottom, 'Unterkante des Laborbilds in der Vorschau').toBeLessThanOrEqual(1);

  // Started in the presenter's window, the lab runs in the audience's: its simulated time moves.
  await button(presenter, 'Abspielen').click();
  await expect(button(audience, 'Pause')).toBeVisible();
  await expect(clock(audience)).not.toContainText('Simulierte Zeit: 0 s');
  // Paused in the audience's window, both stand still.
  await button(audience, 'Pause').click();
  for (const page of [audience, presenter]) {
    await expect(button(page, 'Abspielen')).toBeVisible();
    const stopped = await clock(page).innerText();
    await page.waitForTimeout(400);
    await expect(clock(page)).toHaveText(stopped);
  }
  // A step in one window steps the other; reset sets both back to the start.
  const before = await clock(presenter).innerText();
  await button(audience, 'Schritt (+250 ms)').click();
  await expect(clock(presenter)).not.toHaveText(before);
  await button(presenter, 'Zurücksetzen').click();
  for (const page of [audience, presenter]) await expect(clock(page)).toContainText('Simulierte Zeit: 0 s');
  // Each press arrived once: nothing echoes back and starts the lab again.
  await audience.waitForTimeout(400);
  for (const page of [audience, presenter]) await expect(button(page, 'Abspielen')).toBeVisible();
});

test('Referentenansicht: Timer mit Tastatur, Uhr, und axe ohne Verstöße (hell und dunkel)', async ({
  page,
}) => {
  for (const theme of ['light', 'dark'] as const) {
    await useTheme(page, theme);
    await open(page, `${DECK}?ansicht=referent`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const panel = page.locator('[data-presenter]');
    await expect(panel).toBeVisible();
    await expect(panel.locator('[data-clock]')).toHaveText(/^\d\d:\d\d$/);
    // The running timer is a `timer` role (not read out every second); a button press is said once.
    const timer = panel.locator('[data-timer]');
    await expect(timer).toHaveAttribute('role', 'timer');
    await expect(timer).not.toHaveAttribute('aria-live', /polite|assertive/);
    const toggle = panel.getByRole('button', { name: /Timer (starten|fortsetzen)/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('button', { name: 'Timer anhalten' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(panel.locator('[data-timer-status]')).toHaveText('Timer läuft.');
    await expect(timer).not.toHaveText('00:00', { timeout: 3000 });
    await page.keyboard.press('Enter');
    const stopped = await timer.innerText();
    await page.waitForTimeout(1200);
    await expect(timer).toHaveText(stopped);
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('button', { name: 'Zurücksetzen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(timer).toHaveText('00:00');

    const axe = axeOn(page);
    const { violations } = await (
      theme === 'light' ? axe.withTags(WCAG_TAGS) : axe.withRules(['color-contrast', 'link-in-text-block'])
    ).analyze();
    expect(
      violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`),
      `axe (${theme})`,
    ).toEqual([]);
  }
});

const run = (tool: string, ...args: string[]) =>
  execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

test.describe('Folien als PDF', () => {
  const chapter = slidesPdfDecks()[0]!;
  const files = slidesPdfPaths(chapter.path);
  const slidesPdf = join(OUT_DIR, files.slides);
  const notesPdf = join(OUT_DIR, files.notes);
  test.skip(!existsSync(slidesPdf), `${slidesPdf} fehlt (Build mit HANDOUT_PDF=0?)`);
  const field = (file: string, name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(run('pdfinfo', file))?.[1] ?? '';
  /** Slide titles (with their continuation counts) and kinds of a built deck page, in order. */
  const slides = (deckPath: string) => {
    const html = readFileSync(join(OUT_DIR, deckPath, 'index.html'), 'utf8');
    return [...html.matchAll(/<section class="slide[^"]*"[^>]*>/g)].map(([tag]) => ({
      kind: /data-slide="([^"]*)"/.exec(tag)?.[1] ?? '',
      title: (/aria-label="([^"]*)"/.exec(tag)?.[1] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"'),
    }));
  };
  const slideTitles = (deckPath: string) => slides(deckPath).map(({ title }) => title);

  test('@unterpfad die Seite des Foliensatzes bietet beide PDFs zum Herunterladen an', async ({
    page,
    request,
  }) => {
    await open(page, chapter.path);
    for (const href of [files.slides, files.notes]) {
      const link = page.locator(`a[href="${at(href)}"]`);
      await expect(link).toHaveCount(1);
      const response = await request.get(at(href));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/pdf');
    }
  });

  test('16:9, eine Folie je Seite, getaggt, mit Lesezeichen für die Folien', () => {
    const titles = slideTitles(chapter.path);
    expect(titles.length).toBeGreaterThan(50);
    expect(Number(field(slidesPdf, 'Pages'))).toBe(titles.length);
    const [width = 0, height = 0] = (/([\d.]+) x ([\d.]+) pts/.exec(field(slidesPdf, 'Page size')) ?? [])
      .slice(1)
      .map(Number);
    expect(width / height).toBeCloseTo(16 / 9, 3);
    expect(field(slidesPdf, 'Tagged')).toBe('yes');
    expect(field(slidesPdf, 'Title')).toContain('Folien');
    const xml = run('pdftohtml', '-xml', '-i', '-q', '-stdout', slidesPdf);
    const items = [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map(([, pageNo, text]) => ({
      page: Number(pageNo),
      text: (text ?? '')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .trim(),
    }));
    // Every slide but the title slides has its heading as a bookmark on its own page (compared
    // without spaces: the outline keeps the heading's line breaks).
    const squash = (text: string) => text.replace(/[\s\u00ad]+/g, '');
    const missing = slides(chapter.path).flatMap(({ kind, title }, index) =>
      kind === 'title' || items.some((item) => item.page === index + 1 && squash(item.text) === squash(title))
        ? []
        : [`S. ${index + 1}: ${title}`],
    );
    expect(missing, 'Folien ohne Lesezeichen').toEqual([]);
  });

  test('das Inhaltsverzeichnis des Kapitel-PDFs ist nach Teil → Seite → Abschnitt gegliedert', () => {
    const xml = run('pdftohtml', '-xml', '-i', '-q', '-stdout', slidesPdf);
    // pdftohtml writes the outline as nested <outline> lists of <item>s: read it into a tree.
    interface Entry {
      text: string;
      children: Entry[];
    }
    const squash = (text: string) => text.replace(/[\s\u00ad]+/g, '');
    const root: Entry = { text: '', children: [] };
    const stack: Entry[] = [];
    let last: Entry = root;
    const outline = xml.slice(xml.indexOf('<outline>'));
    for (const [tag, text] of outline.matchAll(/<\/?outline>|<item page="\d+">([^<]*)<\/item>/g)) {
      if (tag === '<outline>') stack.push(last);
      else if (tag === '</outline>') stack.pop();
      else {
        last = { text: squash((text ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"')), children: [] };
        stack.at(-1)!.children.push(last);
      }
    }
    const pages = chapterDeckPages();
    const parts = CHAPTER.filter((part) => part.pages.some((slug) => pages.includes(slug)));
    // Top level: the parts; below each part its pages (their title slides); below a page its slides.
    expect(root.children.map((entry) => entry.text)).toEqual(parts.map((part) => squash(part.label)));
    root.children.forEach((entry, index) => {
      const titles = parts[index]!.pages.filter((slug) => pages.includes(slug)).map((slug) =>
        squash(findPage(slug)!.title),
      );
      expect(
        entry.children.map((child) => child.text),
        parts[index]!.label,
      ).toEqual(titles);
      for (const page of entry.children) expect(page.children.length, page.text).toBeGreaterThan(0);
    });
    // Below each page: its own slides, in order (a slide's inner headings one level further down).
    const perPage: string[][] = [];
    for (const { kind, title } of slides(chapter.path)) {
      if (kind === 'title') perPage.push([]);
      else perPage.at(-1)!.push(squash(title));
    }
    expect(
      root.children.flatMap((part) => part.children.map((page) => page.children.map((e) => e.text))),
    ).toEqual(perPage);
  });

  test('Fassung mit Notizen: A4, jede Folie, ihre Notizen im Text', () => {
    const titles = slideTitles(chapter.path);
    expect(field(notesPdf, 'Page size')).toMatch(/\(A4\)/);
    expect(field(notesPdf, 'Tagged')).toBe('yes');
    expect(Number(field(notesPdf, 'Pages'))).toBeGreaterThanOrEqual(titles.length);
    const html = readFileSync(join(OUT_DIR, chapter.path, 'index.html'), 'utf8');
    const note = /<div class="slide-notes" data-slide-notes hidden><p>([^<]{40,})/.exec(html)?.[1] ?? '';
    expect(note).not.toBe('');
    const squash = (text: string) => text.replace(/\u00ad/g, '').replace(/\s+/g, '');
    expect(squash(run('pdftotext', notesPdf, '-'))).toContain(squash(note.slice(0, 40)));
  });
});
