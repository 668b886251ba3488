import type { Page } from '@playwright/test';
import { getChapter } from '../../src/lib/chapter/index.ts';
import { at, expect, test } from './fixtures.ts';

// A link with an anchor (from Moodle, the contents list, a self-check) puts its target right below the
// header, and it stays there while the page above it settles: labs that hydrate grow, diagrams laid
// out only near the viewport get their real height (src/components/reading/keep-anchor.ts).

const chapter = getChapter();
const PAGE = chapter.pages.find((page) => page.path === '/systemarchitektur/kommunikation/')!;

/**
 * Where the target is in the next frame the reader sees: its distance from where a link puts it
 * (below the header, the page's scroll padding plus its own scroll margin), and whether the page
 * could not scroll further. Measured in a resize observer made now, so after the page's own
 * (keep-anchor.ts) has put the target back in that frame: read between two frames, a lab that just
 * grew shows the target moved, a state no frame paints (seen at 8× CPU throttle).
 */
async function landing(page: Page, id: string) {
  return page.evaluate(
    (id) =>
      new Promise<{ offset: number; atBottom: boolean; top: number }>((resolve) => {
        const observer = new ResizeObserver(() => {
          observer.disconnect();
          const target = document.getElementById(id)!;
          const top = target.getBoundingClientRect().top;
          const root = document.documentElement;
          const padding = parseFloat(getComputedStyle(root).scrollPaddingTop) || 0;
          const margin = parseFloat(getComputedStyle(target).scrollMarginTop) || 0;
          const atBottom = scrollY >= root.scrollHeight - innerHeight - 1;
          resolve({ offset: Math.round(top - padding - margin), atBottom, top: Math.round(top) });
        });
        observer.observe(document.documentElement);
      }),
    id,
  );
}

// Pages opened at an anchor, as from a Moodle link: headings and questions of a long page, the lab on
// a page whose long tables and notes stand above it, the lecturers' link directory, glossary terms.
const CACHING = chapter.pages.find((page) => page.path === '/systemdesign/caching/')!;
const TARGETS = [
  ...PAGE.headings.map(({ id }) => `${PAGE.path}#${id}`),
  ...PAGE.selfChecks.slice(-2).map(({ href }) => href),
  ...CACHING.headings.filter(({ depth }) => depth === 2).map(({ id }) => `${CACHING.path}#${id}`),
  `${CACHING.path}#labor`,
  '/fuer-lehrende/#linkziele',
  ...chapter.glossary.entries
    .filter((_, i, all) => i % 16 === 0 || i === all.length - 1)
    .map(({ id }) => `/glossar/#${id}`),
];

for (const viewport of [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
]) {
  test(`Links auf Abschnitte, Fragen, Labore und Begriffe landen genau am Ziel (${viewport.width} px)`, async ({
    page,
  }) => {
    // One page load per target: 40–50 s on a loaded 2-core machine, so more than the default minute.
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    expect(TARGETS.length).toBeGreaterThan(20);
    const missed: string[] = [];
    for (const target of TARGETS) {
      await page.goto('about:blank');
      await page.goto(at(target));
      const id = decodeURIComponent(target.split('#')[1]!);
      // Right after the jump it is where it belongs (lower on the screen only where the page ends),
      // and once the content above it has settled it still is, not further away.
      const jump = await landing(page, id);
      await page.waitForTimeout(300);
      const later = await landing(page, id);
      for (const [when, state] of [
        ['sofort', jump],
        ['danach', later],
      ] as const) {
        const landed = state.atBottom
          ? state.offset >= -2 && state.top < viewport.height - 40
          : Math.abs(state.offset) <= 2;
        if (!landed) missed.push(`${target} ${when}: ${state.offset} px unter der Sollposition`);
      }
      if (Math.abs(later.offset) > Math.abs(jump.offset) + 2)
        missed.push(`${target}: springt um ${later.top - jump.top} px`);
    }
    expect(missed).toEqual([]);
  });
}

test('ein Sprung innerhalb der Seite (Inhaltsverzeichnis) landet genau am Ziel', async ({ page }) => {
  await page.goto(at(CACHING.path));
  const sections = CACHING.headings.filter(({ depth }) => depth === 2);
  const last = sections[Math.floor(sections.length / 2)]!;
  await page
    .getByRole('navigation', { name: 'Auf dieser Seite' })
    .getByRole('link', { name: last.text, exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`#${last.id}$`));
  await page.waitForTimeout(300);
  expect(Math.abs((await landing(page, last.id)).offset)).toBeLessThanOrEqual(2);
});
