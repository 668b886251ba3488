/**
 * Astro integration: after the build, renders each page's link-preview card (1200 × 630 PNG) in
 * one headless Chromium, to `<outDir>/og/<slug>.png`. The cards are planned from the chapter index
 * (src/lib/og/previews.ts: the title and description each page's meta announces), not read back
 * from the built HTML. Cards are cached by a hash of their HTML, so a rebuild without text changes
 * starts no browser. Nothing leaves the machine.
 * Without a Chromium the cards are skipped with a German note, except in CI and under `npm test`.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumForStep } from '../lib/chromium.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../lib/og/card.ts';
import { CARD_MAX_BYTES, compressPng } from '../lib/og/compress.ts';
import { planCards, type PlannedCard } from '../lib/og/plan.ts';
import { sitePreviews } from '../lib/og/previews.ts';

// Bump when the rendering setup (not the card HTML) changes, so cached cards are rendered anew.
const RENDER_VERSION = 2;
const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'og-cards');

function cacheFile(card: PlannedCard): string {
  const key = createHash('sha256')
    .update(`${RENDER_VERSION}\n${CARD_WIDTH}x${CARD_HEIGHT}\n${card.html}`)
    .digest('hex');
  return join(CACHE_DIR, `${key}.png`);
}

/** Renders the cards into the cache, all in one browser and one tab. */
async function renderIntoCache(cards: PlannedCard[], executablePath: string): Promise<void> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      viewport: { width: CARD_WIDTH, height: CARD_HEIGHT },
      deviceScaleFactor: 1,
      locale: 'de-DE',
    });
    const page = await context.newPage();
    // A card is self-contained; should it ever ask for anything, the request goes nowhere.
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    mkdirSync(CACHE_DIR, { recursive: true });
    for (const card of cards) {
      await page.setContent(card.html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const png = await page.screenshot({
        type: 'png',
        clip: { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT },
        // The cards render while the handout and slide PDFs print in other tabs: on a loaded 2-core
        // machine one screenshot took over Playwright's default 30 s and failed the build.
        timeout: 120_000,
      });
      const target = cacheFile(card);
      writeFileSync(`${target}.tmp`, compressPng(png));
      renameSync(`${target}.tmp`, target);
    }
  } finally {
    await browser.close();
  }
}

interface Rendering {
  cards: PlannedCard[];
  missing: PlannedCard[];
  started: number;
  /** Resolves to the number of cards rendered (0 without a browser); never rejects. */
  done: Promise<{ rendered: number; error?: unknown }>;
}

export function ogCards(): AstroIntegration {
  let site = '';
  let base = '/';
  let rendering: Rendering | undefined;
  return {
    name: 'og-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
      },
      // The cards come from the chapter index, not from the build: render them while Astro builds
      // the pages and prints the handout, and collect them when the build is done.
      'astro:build:start': ({ logger }) => {
        const started = performance.now();
        const { cards, errors } = planCards(sitePreviews(site, base), site, base);
        if (errors.length > 0) {
          throw new Error(`Linkvorschau: ${errors.length} Seite(n) fehlerhaft:\n${errors.join('\n')}`);
        }
        const missing = cards.filter((card) => !existsSync(cacheFile(card)));
        const chromiumPath =
          missing.length > 0
            ? chromiumForStep('die Vorschaubilder für Linkvorschauen (og/*.png)', (line) => logger.warn(line))
            : undefined;
        const done = chromiumPath
          ? renderIntoCache(missing, chromiumPath).then(
              () => ({ rendered: missing.length }),
              (error: unknown) => ({ rendered: 0, error }),
            )
          : Promise.resolve({ rendered: 0 });
        rendering = { cards, missing, started, done };
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!rendering) throw new Error('og-cards: astro:build:start lief nicht.');
        const { cards, missing, started } = rendering;
        const { rendered, error } = await rendering.done;
        if (error) throw error;
        const outDir = fileURLToPath(dir);
        for (const card of cards) {
          // Only without a browser (and outside CI): a card not rendered before stays out.
          if (!existsSync(cacheFile(card))) continue;
          const target = join(outDir, card.file);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(cacheFile(card), target);
          const bytes = statSync(target).size;
          if (bytes > CARD_MAX_BYTES) {
            logger.warn(
              `${card.file}: ${(bytes / 1024).toFixed(0)} KB, mehr als ${CARD_MAX_BYTES / 1024} KB.`,
            );
          }
        }
        logger.info(
          `${cards.length - missing.length + rendered} von ${cards.length} Vorschaubildern (${rendered} neu gerendert, ` +
            `${cards.length - missing.length} aus dem Cache) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
