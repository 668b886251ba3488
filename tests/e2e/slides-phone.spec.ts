// A student revises with the slides on a phone (review B4-25): the 16:9 box scaled to 343 px set the
// text at about 7 px, the slide covered the first row of controls, and the links under the deck
// were drawn on top of one another. Below 40rem the current slide is a card at the site's own type.
import type { Page } from '@playwright/test';
import { LABS } from '../../src/lib/labs.ts';
import { deckPath } from '../../src/lib/slides/decks.ts';
import { at, expect, test } from './fixtures.ts';

const DECK = deckPath('systemdesign/load-balancing');

/** Smallest rendered font size in the current slide (font size × every zoom on the way up). */
function smallestText(page: Page) {
  return page.locator('[data-slide].is-current').evaluate((slide) => {
    let smallest = Infinity;
    for (const element of slide.querySelectorAll('*')) {
      const ownText = [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
      if (!ownText || element.closest('.sr-only') || element.getClientRects().length === 0) continue;
      let scale = 1;
      for (let node: Element | null = element; node; node = node.parentElement) {
        scale *= Number(getComputedStyle(node).zoom) || 1;
      }
      smallest = Math.min(smallest, parseFloat(getComputedStyle(element).fontSize) * scale);
    }
    return smallest;
  });
}

/** Pairs of the deck's controls and the links under it whose boxes overlap, and overlaps with the slide. */
function overlaps(page: Page) {
  return page.locator('main').evaluate((main) => {
    const slide = main.querySelector('[data-slide].is-current')!.getBoundingClientRect();
    // Each line box of a link on its own: a link that wraps has a bounding box across both lines.
    const items = [
      ...main.querySelectorAll<HTMLElement>(
        '.deck-bar :is(a, button), .deck ~ * :is(a, button), .deck ~ :is(a, button)',
      ),
    ].flatMap((element) =>
      [...element.getClientRects()].map((box) => ({
        element,
        name: element.textContent!.trim().slice(0, 30),
        box,
      })),
    );
    const hit = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const found: string[] = [];
    // "Im Skript lesen" under the slide's content, not over its last line.
    const current = main.querySelector('[data-slide].is-current')!;
    const body = current.querySelector('.slide-body')!.getBoundingClientRect();
    const back = current.querySelector('.slide-source')!.getBoundingClientRect();
    if (back.top < body.bottom - 1) found.push('Im Skript lesen / Folieninhalt');
    items.forEach((a, i) => {
      if (hit(a.box, slide)) found.push(`${a.name} / Folie`);
      for (const b of items.slice(i + 1)) {
        if (a.element !== b.element && hit(a.box, b.box)) found.push(`${a.name} / ${b.name}`);
      }
    });
    return found;
  });
}

test('Foliensatz auf dem Handy (375 px): lesbare Folie, nichts überlappt, kein Querscrollen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(at(DECK));
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-deck-ready', '');
  for (let step = 0; step < 4; step += 1) {
    expect(await smallestText(page), 'kleinste Schrift auf der Folie (px)').toBeGreaterThanOrEqual(12);
    expect(await overlaps(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(
      0,
    );
    await page.getByRole('button', { name: 'Nächste Folie' }).click();
  }
});

// A diagram cut into bands (src/lib/slides/figures.ts) scrolls sideways on a phone at its readable
// width, with the hint line „↔ Seitlich verschiebbar“ under it. The hint used to be pulled up over
// the band's bottom edge (the page's -0.75rem margin, with no diagram margin to move into on a
// slide) and the band, centred in its box, stuck out on the left where no scrolling reaches.
test('Diagramm in Bändern auf dem Handy (320 px): ganz erreichbar, Hinweiszeile frei', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 740 });
  await page.goto(at(deckPath('zusammenfassung')));
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-deck-ready', '');
  // The first band of the deck's first diagram that is shown in bands.
  const id = await page
    .locator('[data-slide]:has(.slide-figure--full .mermaid-diagram svg)')
    .first()
    .getAttribute('id');
  await page.goto(at(`${deckPath('zusammenfassung')}#${id}`));
  const slide = page.locator(`[data-slide]#${id}`);
  await expect(slide).toHaveClass(/is-current/);
  await expect(slide.locator('.diagram-hint')).toHaveText('↔ Seitlich verschiebbar');
  const boxes = await slide.evaluate((element) => {
    const scroller = element.querySelector<HTMLElement>('.mermaid-diagram')!;
    const box = scroller.getBoundingClientRect();
    const svg = element.querySelector('.mermaid-diagram svg')!.getBoundingClientRect();
    const tools = element.querySelector('.diagram-tools')!.getBoundingClientRect();
    // What of the diagram shows: its SVG inside the scrolling box's clip.
    const visible = {
      top: Math.max(box.top, svg.top),
      bottom: Math.min(box.bottom, svg.bottom),
      left: Math.max(box.left, svg.left),
      right: Math.min(box.right, svg.right),
    };
    return {
      hintOverDiagram:
        tools.top < visible.bottom - 1 &&
        visible.top < tools.bottom - 1 &&
        tools.left < visible.right - 1 &&
        visible.left < tools.right - 1,
      // Left of the scroll origin nothing can be reached (the box may open scrolled to the middle).
      cutOffLeft: Math.round(box.left - scroller.scrollLeft - svg.left),
      cutOffBelow: Math.round(svg.bottom - box.bottom),
    };
  });
  expect(boxes).toEqual({ hintOverDiagram: false, cutOffLeft: 0, cutOffBelow: 0 });
});

// A lab's slide on a phone (review S8-1): „Versuch“ and „Einstellungen“, placed beside the playback
// bar for the 48rem slide, lay on top of „Abspielen“ and „Schritt“, and „Zurücksetzen“ ended at
// 411 px in a 320 px viewport. Every control of the toolbar is whole, on screen and apart.
test('Labor-Folien auf dem Handy (320 px): Werkzeugleiste ohne Überlappung, ganz im Bild', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 740 });
  for (const lab of LABS) {
    const deck = deckPath(lab.page.replace(/^\/|\/$/g, ''));
    await page.goto(at(deck));
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-deck-ready', '');
    const id = await page.locator('[data-slide]:has(.lab-frame)').first().getAttribute('id');
    await page.goto(at(`${deck}#${id}`));
    const slide = page.locator(`[data-slide]#${id}`);
    await expect(slide).toHaveClass(/is-current/);
    await expect(slide.locator('.lab-frame')).toHaveAttribute('data-hydrated', '');
    const found = await slide.evaluate((element) => {
      const controls = [
        ...element.querySelectorAll<HTMLElement>(
          ':is(.lab-slide-tools, .lab-playback) :is(button, select, label, input)',
        ),
      ]
        .filter((control) => control.getClientRects().length > 0)
        .map((control) => ({
          name: (control.getAttribute('aria-label') ?? control.textContent!).trim().slice(0, 20),
          box: control.getBoundingClientRect(),
          target: control.matches('button, select'),
        }));
      const problems: string[] = [];
      /** Two boxes share more than a pixel's edge. */
      const overlap = (a: DOMRect, b: DOMRect) =>
        a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      // The lab's own picture, where it is HTML (the queue's shop): no two texts lie on each other.
      const texts = [...element.querySelectorAll<HTMLElement>('[data-lab-stage] *')]
        .filter((node) => [...node.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim()))
        .filter((node) => !(node instanceof SVGElement) && node.getClientRects().length > 0)
        .map((node) => ({
          node,
          name: node.textContent!.trim().slice(0, 20),
          box: node.getBoundingClientRect(),
        }));
      texts.forEach((a, i) => {
        for (const b of texts.slice(i + 1)) {
          // A text and a text inside it (a key and its „(gewandert)“) share their box by nature.
          if (overlap(a.box, b.box) && !a.node.contains(b.node) && !b.node.contains(a.node))
            problems.push(`Bild: ${a.name} / ${b.name}`);
        }
      });
      if (!controls.some((c) => c.name.startsWith('Einstellungen'))) problems.push('Einstellungen fehlt');
      controls.forEach((a, i) => {
        if (a.box.left < 0 || a.box.right > innerWidth)
          problems.push(`${a.name}: außerhalb (${a.box.right} px)`);
        if (a.target && a.box.height < 44) problems.push(`${a.name}: ${a.box.height} px hoch`);
        for (const b of controls.slice(i + 1)) {
          if (overlap(a.box, b.box)) problems.push(`${a.name} / ${b.name}`);
        }
      });
      return problems;
    });
    expect(found, `${deck}#${id}`).toEqual([]);
  }
});
