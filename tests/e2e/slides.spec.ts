import type { Page } from '@playwright/test';
import { getChapter } from '../../src/lib/chapter/index.ts';
import { PAGE_ORDER } from '../../src/lib/chapter/order.ts';
import { LAB_CONTROL_EVENT } from '../../src/components/lab/labEvents.ts';
import { LABS, type Lab } from '../../src/lib/labs.ts';
import { CHAPTER_DECK_PATH, deckPath } from '../../src/lib/slides/decks.ts';
import { KEY_MAP } from '../../src/lib/slides/runtime/keys.ts';
import { at, BASE, expect, test } from './fixtures.ts';

// The lecture mode (issue 17): a deck for every chapter page and one for the whole chapter, made
// from the pages' MDX at build time (src/lib/slides/), shown by the deck runtime.

const DECKS = [...PAGE_ORDER.map((slug) => deckPath(slug)), CHAPTER_DECK_PATH];
const CACHING = deckPath('systemdesign/caching');

/** The current slide's id, as the runtime marks it. */
const currentId = (page: Page) => page.locator('[data-slide].is-current').getAttribute('id');

async function openDeck(page: Page, path: string) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(at(path));
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-deck-ready', '');
}

// The overflow gate: every slide of every deck laid out (the runtime shows one slide at a time, so
// each is made current in turn, in the page), and none may have content that does not fit: body
// taller or wider than the slide, or a title that pushes the body out. No exception: a lab's slide
// fits like every other (its layout on a slide: src/components/lab/lab-slide.css). On the way, every
// diagram's smallest visible label must come out at 18 px or more at 1280 × 720 (its font size in
// the SVG times the SVG's scale, taken to a 1280 px wide slide; src/lib/slides/figures.ts).
for (const path of DECKS) {
  test(`${path}: jede Folie passt auf 16:9 (1280 × 720), auch mit geöffneter Antwort`, async ({ page }) => {
    await openDeck(page, path);
    // The chapter deck shows the page decks' slides again, under other ids: a slide whose text and
    // markup (elements and classes, as served) stand in a page deck was laid out there and is only
    // passed here. What differs is measured here: the part title slides, and (about 45 of 410) the
    // self-check and lab slides, whose markup in the chapter deck is not that of the page deck.
    const repeated =
      path === CHAPTER_DECK_PATH
        ? await page.evaluate(
            async ([pageDecks, chapterDeck]) => {
              const read = async (url: string) =>
                new DOMParser()
                  .parseFromString(await (await fetch(url)).text(), 'text/html')
                  .querySelectorAll<HTMLElement>('[data-slide]');
              const signature = (slide: HTMLElement) =>
                `${slide.textContent!.replace(/\s+/g, ' ')}|${[...slide.querySelectorAll('*')]
                  // The title's heading level follows the deck's outline; deck.css sizes it by class.
                  .map(
                    (element) =>
                      `${element.matches('.slide-title') ? 'TITLE' : element.tagName}.${element.getAttribute('class') ?? ''}`,
                  )
                  .join(' ')}`;
              const seen = new Set<string>();
              for (const url of pageDecks) for (const slide of await read(url)) seen.add(signature(slide));
              return [...(await read(chapterDeck))]
                .filter((slide) => seen.has(signature(slide)))
                .map((slide) => slide.id);
            },
            [DECKS.filter((deck) => deck !== CHAPTER_DECK_PATH).map(at), at(CHAPTER_DECK_PATH)] as const,
          )
        : [];
    const report = await page.evaluate(async (skip) => {
      const slides = [...document.querySelectorAll<HTMLElement>('[data-slide]')];
      const frame = () =>
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const overflowing: string[] = [];
      const smallLabels: string[] = [];
      const cutNodes: string[] = [];
      let diagrams = 0;
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
      for (const [index, slide] of slides.entries()) {
        if (index > 0)
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        if (skip.includes(slide.id) && slide.classList.contains('is-current')) continue;
        await frame();
        if (!slide.classList.contains('is-current')) {
          overflowing.push(`${slide.id}: nicht angezeigt`);
          continue;
        }
        const body = slide.querySelector<HTMLElement>('.slide-body')!;
        const measure = (state: string) => {
          const tall = body.scrollHeight - body.clientHeight;
          const wide = body.scrollWidth - body.clientWidth;
          const slideTall = slide.scrollHeight - slide.clientHeight;
          if (body.classList.contains('slide-body--scroll')) overflowing.push(`${slide.id}${state}: scrollt`);
          if (tall > 1 || wide > 1 || slideTall > 1)
            overflowing.push(`${slide.id}${state}: ${tall} px zu hoch, ${wide} px zu breit`);
        };
        measure('');
        // A model answer („Musterantwort anzeigen“, „Auflösung“) opened in the lecture fits too, at
        // the slide's type size (≥ 24 px on a 1280 px wide slide), as does an answer on its own slide.
        const answers = [...slide.querySelectorAll('details')].filter((details) => !details.open);
        for (const details of answers) details.open = true;
        if (answers.length > 0) {
          // Two frames: a slide zoomed to fit (fit.ts) follows its content a frame later.
          await frame();
          await frame();
          measure(' (Antworten geöffnet)');
        }
        const perPx = 1280 / slide.getBoundingClientRect().width;
        for (const text of slide.querySelectorAll<HTMLElement>(
          ':is(details[open], .slide-answer) :is(p, li, dd)',
        )) {
          const px = parseFloat(getComputedStyle(text).fontSize) * text.currentCSSZoom * perPx;
          if (px < 24) {
            overflowing.push(`${slide.id}: Antwort in ${Math.round(px * 10) / 10} px`);
            break;
          }
        }
        for (const details of answers) details.open = false;
        // The slide itself fills its 16:9 box: not shifted, so its foot ("Im Skript lesen") shows.
        const box = slide.closest('.deck-viewport')!.getBoundingClientRect();
        const own = slide.getBoundingClientRect();
        const foot = slide.querySelector('.slide-foot')!.getBoundingClientRect();
        const shift = Math.round(Math.max(Math.abs(own.top - box.top), Math.abs(own.left - box.left)));
        if (shift > 1 || foot.bottom > box.bottom + 1)
          overflowing.push(`${slide.id}: um ${shift} px aus dem 16:9-Rahmen verschoben`);
        for (const svg of slide.querySelectorAll<SVGSVGElement>('.mermaid-diagram svg')) {
          const area = svg.getBoundingClientRect();
          if (area.width === 0) continue; // the other theme's variant
          const view = svg.viewBox.baseVal;
          const scale = (Math.min(area.width / view.width, area.height / view.height) * 1280) / own.width;
          let smallest = { px: Infinity, text: '' };
          for (const label of svg.querySelectorAll('text, tspan, foreignObject *')) {
            const text = [...label.childNodes].find(
              (node) => node.nodeType === 3 && node.textContent!.trim(),
            );
            const rect = label.getBoundingClientRect();
            if (!text || rect.bottom <= area.top || rect.top >= area.bottom) continue; // outside this band
            const px = parseFloat(getComputedStyle(label).fontSize) * scale;
            if (px < smallest.px) smallest = { px, text: text.textContent!.trim() };
          }
          if (smallest.px < 18)
            smallLabels.push(`${slide.id}: „${smallest.text}“ ${smallest.px.toFixed(1)} px`);
          diagrams += 1;
          // A diagram in bands is cut between its nodes: every node box (in the SVG's units) lies
          // wholly inside this band or wholly outside it. The band is what the SVG's drawing is
          // clipped to (its viewBox, of one size for all bands, may reach past it).
          const clip = svg.querySelector(`clipPath[id="${svg.id}-band"] > rect`);
          const band = clip
            ? Object.fromEntries(
                ['x', 'y', 'width', 'height'].map((key) => [key, Number(clip.getAttribute(key))]),
              )
            : { x: view.x, y: view.y, width: view.width, height: view.height };
          const toUser = svg.getScreenCTM()!.inverse();
          for (const node of svg.querySelectorAll<SVGGraphicsElement>('.node')) {
            const local = node.getBBox();
            const matrix = toUser.multiply(node.getScreenCTM()!);
            const corners = [
              [local.x, local.y],
              [local.x + local.width, local.y + local.height],
            ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
            const [top, bottom] = [
              Math.min(...corners.map((p) => p.y)),
              Math.max(...corners.map((p) => p.y)),
            ];
            const [left, right] = [
              Math.min(...corners.map((p) => p.x)),
              Math.max(...corners.map((p) => p.x)),
            ];
            const cut = (from: number, to: number, start: number, end: number) =>
              (from < start - 1 && to > start + 1) || (from < end - 1 && to > end + 1);
            if (
              cut(top, bottom, band.y!, band.y! + band.height!) ||
              cut(left, right, band.x!, band.x! + band.width!)
            )
              cutNodes.push(`${slide.id}: „${node.textContent!.trim().slice(0, 40)}“`);
          }
        }
      }
      return { count: slides.length, overflowing, smallLabels, cutNodes, diagrams };
    }, repeated);
    expect(report.count, 'Folien').toBeGreaterThan(1);
    expect(report.overflowing, `überlaufende Folien in ${path}`).toEqual([]);
    expect(report.smallLabels, `Diagrammbeschriftung unter 18 px in ${path}`).toEqual([]);
    expect(report.cutNodes, `Diagrammknoten an einer Streifenkante zerschnitten in ${path}`).toEqual([]);
    // The whole chapter shows every diagram: the label check above has something to measure.
    if (path === CHAPTER_DECK_PATH) {
      // Most of the chapter deck stands in the page decks; its own slides are laid out here.
      expect(repeated.length, 'Folien, die schon ein Seiten-Foliensatz zeigt').toBeGreaterThan(
        report.count / 2,
      );
      expect(report.count - repeated.length, 'eigene Folien des Kapitel-Foliensatzes').toBeGreaterThan(0);
    } else if ((getChapter().pages.find((page) => deckPath(page.slug) === path)?.figures.length ?? 0) > 0) {
      // The label check above has something to measure on every deck whose page has figures.
      expect(report.diagrams, 'vermessene Diagramme').toBeGreaterThan(0);
    }
  });
}

test('Tastatur: weiter, zurück, Pos1/Ende, Schwarzbild, Übersicht und Hilfe', async ({ page }) => {
  await openDeck(page, CACHING);
  const deck = page.locator('[data-deck]');
  const total = await page.locator('[data-slide]').count();
  const counter = page.locator('[data-deck-counter]');
  await expect(counter).toHaveText(`1 / ${total}`);
  await deck.focus();
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText(`2 / ${total}`);
  const second = await currentId(page);
  expect(page.url()).toContain(`#${second}`);
  // Announced to screen readers, with the slide's name.
  await expect(page.locator('[data-deck-status]')).toContainText(`Folie 2 von ${total}`);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Space');
  await expect(counter).toHaveText(`4 / ${total}`);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText(`2 / ${total}`);
  await page.keyboard.press('End');
  await expect(counter).toHaveText(`${total} / ${total}`);
  await page.keyboard.press('Home');
  await expect(counter).toHaveText(`1 / ${total}`);

  await page.keyboard.press('b');
  await expect(page.locator('.deck-black')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.locator('.deck-black')).toBeHidden();

  await page.keyboard.press('o');
  await expect(deck).toHaveAttribute('data-deck-overview', '');
  await expect(page.locator('[data-slide]').nth(5)).toBeVisible();
  await page.locator('[data-slide]').nth(5).click();
  await expect(deck).not.toHaveAttribute('data-deck-overview', '');
  await expect(counter).toHaveText(`6 / ${total}`);

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Tasten im Vortrag' });
  await expect(help).toBeVisible();
  // The help lists every key the deck handles (both come from KEY_MAP), P for the presenter view too.
  const listed = await help.locator('dl > div').evaluateAll((rows) =>
    rows.map((row) => ({
      keys: [...row.querySelectorAll('kbd')].map((kbd) => kbd.textContent?.trim()),
      does: row.querySelector('dd')?.textContent?.trim(),
    })),
  );
  expect(listed).toEqual(KEY_MAP.map(({ does, bindings }) => ({ keys: bindings.map((b) => b.label), does })));
  expect(listed.find(({ keys }) => keys.includes('P'))?.does).toMatch(/Referentenansicht/);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  // P opens the presenter view in a second window.
  await deck.focus();
  const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('p')]);
  await expect.poll(() => new URL(presenter.url()).searchParams.get('ansicht')).toBe('referent');
  await presenter.close();

  // F: the deck fills the screen; at 1280 × 720 a slide is 1280 px wide and its body text ≥ 24 px.
  await deck.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('f');
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.hasAttribute('data-deck')))
    .toBe(true);
  const sizes = () =>
    page.evaluate(() => {
      const slide = document.querySelector<HTMLElement>('[data-slide].is-current')!;
      const text = slide.querySelector('.slide-body li, .slide-body p')!;
      const zoom = Number(getComputedStyle(slide).zoom);
      return {
        width: slide.getBoundingClientRect().width,
        font: parseFloat(getComputedStyle(text).fontSize) * zoom,
      };
    });
  // The runtime rescales once the browser has resized the deck.
  await expect.poll(async () => (await sizes()).width).toBeGreaterThan(1270);
  expect((await sizes()).font).toBeGreaterThanOrEqual(24);
});

/** A lab's slide in its page's deck, with a scenario (an experiment's setup) if given. */
const labSlide = (lab: Lab, setup = '') =>
  `${deckPath(lab.page.replace(/^\/|\/$/g, ''))}${setup}#${lab.anchor}`;

/** The deck in fullscreen at 1280 × 720, as on a projector, with the current slide's lab laid out for it. */
async function projectLab(page: Page, path: string) {
  await openDeck(page, path);
  await page.locator('[data-deck]').focus();
  await page.keyboard.press('f');
  await expect
    .poll(() =>
      page.evaluate(() => document.querySelector('[data-slide].is-current')?.getBoundingClientRect().width),
    )
    .toBeGreaterThan(1270);
  const live = page.locator('[data-slide].is-current .lab-frame[data-hydrated] .lab-live');
  await expect(live).toHaveAttribute('data-lab-slide', 'stage');
  return live;
}

/**
 * Where a slide's lab stands at 1280 × 720: how far its body overflows, the parts of its picture
 * outside the slide's body, and its smallest text in screen px (HTML: font size × CSS zoom; SVG:
 * font size × the drawing's scale on screen).
 */
function labOnSlide() {
  const slide = document.querySelector<HTMLElement>('[data-slide].is-current')!;
  const body = slide.querySelector<HTMLElement>('.slide-body')!;
  const frame = body.getBoundingClientRect();
  const shown = (el: Element) => el.getClientRects().length > 0;
  const stage = [...slide.querySelectorAll('.lab-live [data-lab-stage]')].filter(shown);
  // Visually hidden text (a table's caption for screen readers) stands outside on purpose.
  const outside = [...stage, ...stage.flatMap((el) => [...el.querySelectorAll('*')])]
    .filter((el) => shown(el) && !el.closest('.sr-only'))
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return (
        r.top < frame.top - 1 ||
        r.bottom > frame.bottom + 1 ||
        r.left < frame.left - 1 ||
        r.right > frame.right + 1
      );
    })
    .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
  const texts: { px: number; text: string }[] = [];
  const walker = document.createTreeWalker(slide.querySelector('.lab-live')!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || !shown(parent) || parent.closest('.sr-only')) continue;
    const font = parseFloat(getComputedStyle(parent).fontSize);
    const scale =
      parent instanceof SVGGraphicsElement ? (parent.getScreenCTM()?.a ?? 1) : parent.currentCSSZoom;
    texts.push({ px: Math.round(font * scale * 10) / 10, text: node.textContent.trim().slice(0, 40) });
  }
  texts.sort((a, b) => a.px - b.px);
  return {
    overflow: Math.max(body.scrollHeight - body.clientHeight, body.scrollWidth - body.clientWidth),
    stage: stage.length,
    outside,
    smallest: texts[0],
  };
}

// A live lab on its slide, as a projector shows it: picture and playback fit the 16:9 slide without
// zoom or scrolling, the picture lies wholly inside the slide's body, and the smallest text is at
// least 20 px. That is the labs' smallest type (a chart's 12-px tick numbers) zoomed with the slide
// (768 → 1280 px, × 5/3): body text on slides is ≥ 24 px, a chart's numbers need not be as large.
// So with the defaults and with every guided experiment, loaded on the slide with „Versuch“, at its
// start and at its end („Bis zum Ende“, pressed as the other window of a lecture presses it): the
// caching lab's step tables are tallest at the end (OPT's next uses, a line per slot). Experiments
// with three step tables show one at a time on a slide (SlideTablePicker.tsx).
for (const lab of LABS) {
  test(`${lab.title} auf seiner Folie: Bild ganz sichtbar, kein Scrollen, Schrift ≥ 20 px, in jedem Versuch`, async ({
    page,
  }) => {
    const live = await projectLab(page, labSlide(lab));
    const check = async (what: string) => {
      await expect(live.locator('.lab-progress')).toHaveCount(0);
      await expect(live.locator('[data-lab-stage]').first()).toBeVisible();
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const report = await page.evaluate(labOnSlide);
      expect(report.stage, `${what}: sichtbare Teile des Bildes`).toBeGreaterThan(0);
      expect(report.overflow, `${what}: Überlauf der Folie in px`).toBeLessThanOrEqual(1);
      expect(report.outside, `${what}: Teile des Bildes außerhalb der Folie`).toEqual([]);
      expect(
        report.smallest.px,
        `${what}: kleinste Schrift „${report.smallest.text}“`,
      ).toBeGreaterThanOrEqual(20);
    };
    /** Presses the lab's „Bis zum Ende“ (a lab without a playback bar has no end). */
    const toEnd = () =>
      page.evaluate((event) => {
        const speed = document.querySelector(
          '[data-slide].is-current .lab-live .lab-playback [id$="-speed"]',
        );
        const bar = speed?.id.replace(/-speed$/, '');
        if (bar) window.dispatchEvent(new CustomEvent(event, { detail: { lab: bar, action: 'end' } }));
        return bar !== undefined;
      }, LAB_CONTROL_EVENT);
    await check('Voreinstellungen');
    const choose = live.getByLabel('Versuch', { exact: true });
    for (const [index, experiment] of lab.experiments.entries()) {
      await choose.selectOption(String(index + 1));
      // The lab writes the experiment's scenario into the address (its own keys, presets by name).
      const keys = [...new URLSearchParams(experiment.setup).keys()];
      await expect
        .poll(() => page.evaluate(() => [...new URLSearchParams(location.search).keys()]))
        .toEqual(expect.arrayContaining(keys.filter((key) => key.endsWith('preset'))));
      await check(`Versuch ${index + 1} (${experiment.setup})`);
      if (await toEnd()) await check(`Versuch ${index + 1} (${experiment.setup}) am Ende`);
    }
  });
}

test('ein Versuch startet auf der Laborfolie, und das Bild ändert sich', async ({ page }) => {
  const lab = LABS.find((entry) => entry.id === 'load-balancing')!;
  const live = await projectLab(page, labSlide(lab));
  const views = live.locator('[data-lab-stage] .lb-view');
  await expect(views).toHaveCount(1);
  // „Server fällt aus“ compares two algorithms: two server pictures side by side, loaded in place.
  const outage = lab.experiments.findIndex((experiment) => experiment.setup === '?lb-preset=ausfall');
  expect(outage).toBeGreaterThanOrEqual(0);
  await page.evaluate(() => ((window as Window & { sameDeck?: boolean }).sameDeck = true));
  await live.getByLabel('Versuch', { exact: true }).selectOption(String(outage + 1));
  await expect.poll(() => new URL(page.url()).searchParams.get('lb-preset')).toBe('ausfall');
  await expect(views).toHaveCount(2);
  await live.getByRole('button', { name: 'Abspielen', exact: true }).click();
  await expect(live.getByTestId('lb-clock')).not.toContainText('Simulierte Zeit: 0 s');
  // Without reloading the deck, on the lab's slide.
  expect(await page.evaluate(() => (window as Window & { sameDeck?: boolean }).sameDeck)).toBe(true);
  await expect(page.locator('[data-slide].is-current')).toHaveAttribute('id', lab.anchor);
});

test('Deep Link: eine Folie öffnet an ihrem Abschnitt, „Im Skript lesen“ führt zurück @unterpfad', async ({
  page,
}) => {
  await openDeck(page, `${CACHING}#verdraengungsstrategien`);
  const slide = page.locator('[data-slide].is-current');
  await expect(slide).toHaveAttribute('id', 'verdraengungsstrategien');
  // A page's deck: its title slide is the h2, its sections' slides h3 (the PDF outline nests so).
  await expect(slide.getByRole('heading', { level: 3 })).toContainText('Verdrängungsstrategien');
  await expect(page.locator('[data-slide="title"] h2.slide-title')).toHaveText('Caching');
  const back = slide.getByRole('link', { name: /Im Skript lesen/ });
  await expect(back).toHaveAttribute('href', `${BASE}systemdesign/caching/#verdraengungsstrategien`);
  await back.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}systemdesign/caching/#verdraengungsstrategien$`));
  await expect(page.locator('#verdraengungsstrategien')).toBeInViewport();
});

test('ein Labor läuft auf seiner Folie, und seine Versuche lassen sich von der Folie aus laden', async ({
  page,
}) => {
  await openDeck(page, `${CACHING}#labor`);
  const slide = page.locator('[data-slide].is-current');
  await expect(slide).toHaveAttribute('data-slide', 'lab');
  const lab = slide.locator('.c-lab');
  await expect(lab).toBeVisible();
  const step = lab.getByRole('button', { name: /^Schritt \(/ });
  for (let i = 0; i < 4; i++) await step.click();
  await expect(lab.getByTestId('c-step-table-fifo-summary')).toHaveAttribute('data-misses', '4');

  // The experiments follow on the next slide; loading one reopens the deck at the lab with its scenario.
  await page.keyboard.press('ArrowRight');
  const load = page.locator('[data-slide].is-current').getByRole('link', { name: 'Versuch 1 laden' });
  const href = await load.getAttribute('href');
  expect(href).toMatch(new RegExp(`^${BASE}vortrag/systemdesign/caching/\\?.+#labor$`));
  await load.click();
  await expect(page.locator('[data-slide].is-current')).toHaveAttribute('id', 'labor');
  await expect(page.locator('[data-slide].is-current .c-lab')).toBeVisible();
  expect(new URL(page.url()).search).toBe(new URL(href!, page.url()).search);
});

test('drei Schritt-Tabellen: auf der Folie eine zur Zeit, per Knopf gewählt; auf der Seite alle drei', async ({
  page,
}) => {
  const lab = LABS.find((entry) => entry.id === 'caching')!;
  const live = await projectLab(page, labSlide(lab, '?c.preset=scan'));
  const tables = live.locator('table[data-testid^="c-step-table-"]:visible');
  await expect(tables).toHaveCount(1);
  await expect(tables).toHaveAttribute('data-testid', 'c-step-table-lru');
  const step = live.getByRole('button', { name: /^Schritt \(/ });
  for (let i = 0; i < 8; i++) await step.click();
  // The buttons name every policy's misses so far (the scan: LRU loses its hot set, LFU keeps it).
  const picker = live.getByRole('group', { name: 'Tabelle auf der Folie' });
  const buttons = picker.getByRole('button');
  await expect(buttons).toHaveText([/^LRU \(4 ✗\)/, /^LFU \(4 ✗\)/, /^OPT \(Belady\) \(4 ✗\)/]);
  await expect(picker.getByRole('button', { name: /^LRU/ })).toHaveAttribute('aria-pressed', 'true');
  await picker.getByRole('button', { name: /^OPT/ }).click();
  // The pick is the lab's selected policy (in the address, so the other window follows); the table
  // keeps its position, and the buttons their order.
  await expect(tables).toHaveAttribute('data-testid', 'c-step-table-opt');
  await expect(tables).toHaveAttribute('data-shown', '8');
  await expect.poll(() => new URL(page.url()).searchParams.get('c.policy')).toBe('opt');
  await expect(buttons).toHaveText([/^LRU/, /^LFU/, /^OPT/]);
  await expect(picker.getByRole('button', { name: /^OPT/ })).toHaveAttribute('aria-pressed', 'true');

  // The chapter page shows the same experiment as before: three tables, no buttons.
  await page.goto(at(`${lab.page}?c.preset=scan#${lab.anchor}`));
  const chapter = page.locator('.lab-frame[data-hydrated] .c-lab');
  await expect(chapter.locator('table[data-testid^="c-step-table-"]')).toHaveCount(3);
  await expect(chapter.getByRole('group', { name: 'Tabelle auf der Folie' })).toHaveCount(0);
});

test('„Als Vortrag zeigen“ öffnet den Foliensatz, „Ab hier …“ an dem Abschnitt, den man gerade liest @unterpfad', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(at('/systemdesign/caching/'));
  await expect(page.getByRole('link', { name: 'Als Vortrag zeigen', exact: true })).toHaveAttribute(
    'href',
    `${BASE}vortrag/systemdesign/caching/`,
  );
  await page.locator('#schreibstrategien').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  // The contents sidebar stays in view while reading.
  const here = page.getByRole('link', { name: 'Ab hier als Vortrag zeigen' });
  await expect(here).toBeInViewport();
  await here.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}vortrag/systemdesign/caching/#schreibstrategien$`));
  await expect(page.locator('[data-slide].is-current')).toHaveAttribute('id', 'schreibstrategien');
  // Not on paper.
  await page.goBack();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: 'Als Vortrag zeigen', exact: true })).toBeHidden();
});

test('der Foliensatz läuft in einem iframe (Einbettung in eine Lernplattform) und bleibt per Tastatur bedienbar', async ({
  page,
}) => {
  // A course page on the same host that frames the deck.
  const deck = at('/vortrag/systemdesign/caching/');
  await page.route('**/kursseite-mit-vortrag.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="de"><title>Kurs</title><iframe title="Vortrag" src="${deck}" style="width:960px;height:600px;border:0"></iframe>`,
    }),
  );
  await page.goto(at('/kursseite-mit-vortrag.html'));
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-deck]')).toHaveAttribute('data-deck-ready', '');
  await frame.locator('[data-deck]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(frame.locator('[data-deck-counter]')).toHaveText(/^2 \//);
});
