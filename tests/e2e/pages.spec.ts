import { REDIRECTS } from '../../src/lib/redirects.ts';
import { at, axeInBothSchemes, builtPages, expect, isLoopback, test, withDeckSamples } from './fixtures.ts';

// One visit per built page checks what every page must have: its skeleton, the copy-link buttons,
// accessibility (axe, light and dark) and the 320 px phone. axe leaves out a redirect page (short
// link), whose destination is checked as itself, and the decks other than the samples (see
// withDeckSamples); a11y.spec proves that the axe check itself finds what it should.
const AXE_PAGES = new Set(withDeckSamples(builtPages()).filter((path) => !Object.hasOwn(REDIRECTS, path)));

for (const path of builtPages()) {
  const axe = AXE_PAGES.has(path);
  test(`${path}: Grundgerüst einer Seite, ein Knopf „Link kopieren“ je Abschnitt${axe ? ', axe hell und dunkel' : ''}, 320 px`, async ({
    page,
  }) => {
    // The handout holds the whole chapter: axe needs longer there.
    if (axe && (path === '/handout/' || path === '/fuer-lehrende/')) test.slow();
    const response = await page.goto(at(path));
    expect(response?.status(), 'HTTP-Status').toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('h1'), 'genau eine h1').toHaveCount(1);
    expect((await page.title()).trim(), 'Titel').not.toBe('');
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.trim(), 'meta description').toBeTruthy();

    // Anchors must be unique, or a link to a section can land in the wrong place.
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(
      ids.filter((id, index) => ids.indexOf(id) !== index),
      'doppelte ids',
    ).toEqual([]);

    // Resource hints would open connections before any request is made.
    const hints = await page
      .locator(
        'link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="preload"], link[rel~="prefetch"]',
      )
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    expect(
      hints.filter((href) => !isLoopback(href)),
      'Verbindungshinweise zu fremden Hosts',
    ).toEqual([]);

    // Every content heading h2/h3 has exactly one „Link kopieren“ button, beside it, that copies a
    // link to it (copy-link.spec tests the button itself). Embed views hold only a lab, without
    // content headings or the copy script; the handout's and the decks' headings are copies and
    // deliberately have none (they link to the chapter pages).
    if (!path.startsWith('/embed/')) {
      // The copy script has run once its live region is there.
      await expect(page.locator('[role="status"][data-copy-status]')).toHaveCount(1);
      const copy = await page.evaluate(() => {
        const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
        const headings = [...document.querySelectorAll<HTMLElement>('.sl-markdown-content :is(h2, h3)[id]')];
        return {
          canonical,
          copies: /\/(handout|vortrag)\//.test(location.pathname),
          total: document.querySelectorAll('.copy-link-button').length,
          headings: headings
            .filter((h) => !h.closest('astro-island'))
            .map((h) => {
              const buttons = [
                ...(h.parentElement?.querySelectorAll(':scope > .copy-link-control button') ?? []),
              ];
              const url = buttons[0]?.getAttribute('data-copy-text') ?? '';
              const target = url.includes('#') ? document.getElementById(new URL(url).hash.slice(1)) : null;
              return {
                id: h.id,
                buttons: buttons.length,
                url,
                // The copied link must lead to this heading (or to the section it labels).
                leadsHere: Boolean(target && (target === h || target.contains(h))),
                buttonInside: h.querySelectorAll('button').length,
              };
            }),
        };
      });
      for (const heading of copy.headings) expect(heading.buttonInside, `#${heading.id}`).toBe(0);
      if (copy.copies) expect(copy.total, 'Knöpfe „Link kopieren“ im Handout oder Foliensatz').toBe(0);
      else {
        for (const heading of copy.headings) {
          expect(heading.buttons, `#${heading.id}: Anzahl Knöpfe`).toBe(1);
          expect(heading.url.startsWith(`${copy.canonical}#`), `#${heading.id}: ${heading.url}`).toBe(true);
          expect(heading.leadsHere, `#${heading.id}: ${heading.url} führt nicht zur Überschrift`).toBe(true);
        }
        expect(copy.total, 'Knöpfe ohne Überschrift').toBe(copy.headings.length);
      }
    }

    // Accessibility: WCAG 2.2 A and AA (BITV 2.0) in light, the colour rules again in dark. Judged
    // as a reader sees every part once scrolled there: content that `content-visibility: auto` skips
    // (off-screen diagrams, link tables, handout parts) has no layout, and axe misjudges it (e.g.
    // target-size, scrollable-region-focusable). Forcing it to render does not weaken the check:
    // every element is still in the DOM and still checked by every rule, now fully laid out.
    if (axe) {
      const forced = await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      expect.soft(await axeInBothSchemes(page), 'axe-Verstöße').toEqual([]);
      await forced.evaluate((style) => (style as HTMLStyleElement).remove());
    }

    // On a 320 px phone no page title (nor the title in a "Nächste Seite" card) breaks a word
    // mid-word, and no section heading either unless the word alone is wider than its line (only
    // hyphenation, which this Chromium lacks, helps then).
    await page.setViewportSize({ width: 320, height: 640 });
    // Reflow (WCAG 1.4.10): the page never scrolls sideways; wide parts scroll in their own box.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      'Seite bei 320 px breiter als das Display (px)',
    ).toBeLessThanOrEqual(0);
    // Every diagram text is at least 12 px as drawn (its font size times the SVG's scale), in the
    // diagram's default view at 320 px: a wide diagram scrolls sideways at a readable width rather
    // than shrink its labels. Off-screen diagrams are laid out for the measurement
    // (content-visibility only defers that; their size is the same).
    const small = await page.locator('.mermaid-diagram').evaluateAll(async (boxes) => {
      for (const box of boxes) (box as HTMLElement).style.contentVisibility = 'visible';
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      // SVG text, and the HTML labels Mermaid puts in a foreignObject (scaled with it).
      return boxes.flatMap((box) =>
        [...box.querySelectorAll('text, tspan, foreignObject *')].flatMap((element) => {
          const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
          const label = own
            .map((node) => node.textContent ?? '')
            .join('')
            .trim();
          const graphic = element instanceof SVGGraphicsElement ? element : element.closest('foreignObject');
          const matrix = graphic?.getScreenCTM();
          if (!label || !matrix || element.getClientRects().length === 0) return [];
          const size = parseFloat(getComputedStyle(element).fontSize) * Math.hypot(matrix.a, matrix.b);
          return size < 11.95 ? [`„${label.slice(0, 40)}“: ${size.toFixed(1)} px`] : [];
        }),
      );
    });
    expect([...new Set(small)], 'Diagrammtexte unter 12 px bei 320 px').toEqual([]);
    const broken = await page
      .locator('h1, .sl-markdown-content :is(h2, h3), .pagination-links .link-title')
      .evaluateAll((headings) =>
        headings.flatMap((heading) => {
          const style = getComputedStyle(heading);
          const line =
            heading.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
          const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
          const words: string[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node as Text;
            // Parts of a hyphenated compound may break after their hyphen.
            for (const match of text.data.matchAll(/[^\s-]+-?/g)) {
              const range = document.createRange();
              range.setStart(text, match.index);
              range.setEnd(text, match.index + match[0].length);
              const rects = [...range.getClientRects()];
              const lines = new Set(rects.map((rect) => Math.round(rect.top))).size;
              const width = rects.reduce((sum, rect) => sum + rect.width, 0);
              const title = heading.tagName === 'H1' || heading.matches('.link-title');
              if (lines > 1 && (title || width <= line)) words.push(`${heading.tagName}: ${match[0]}`);
            }
          }
          return words;
        }),
      );
    expect(broken, 'Überschriftenwörter, die bei 320 px mitten im Wort umbrechen').toEqual([]);
  });
}
