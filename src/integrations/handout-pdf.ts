/**
 * Astro integration: after every build, prints the handout page to `<outDir>/handout.pdf` and the
 * student edition `<outDir>/handout-ohne-loesungen.pdf`, and the slides of the lecture decks
 * (`folien.pdf`, `folien-mit-notizen.pdf` next to each deck, src/lib/print/slides-pdf.ts), so the
 * published site (and `npm start`, and CI) always offers the PDFs the pages link to.
 * Set HANDOUT_PDF=0 to skip it (the links to the PDFs then break until the next full build).
 * Without a Chromium the step is skipped with a German note, except in CI and under `npm test`.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chromiumForStep } from '../lib/chromium.ts';
import { HANDOUT_FILES } from '../lib/print/handout.ts';
import { renderHandoutPdf } from '../lib/print/handout-pdf.ts';
import { renderSlidesPdfs } from '../lib/print/slides-pdf.ts';
import { slidesPdfDecks } from '../lib/print/slides.ts';
import { serveStatic } from '../lib/print/static-server.ts';

export function handoutPdf(): AstroIntegration {
  let base = '/';
  return {
    name: 'handout-pdf',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.HANDOUT_PDF === '0') {
          logger.warn('HANDOUT_PDF=0: handout.pdf wird nicht erzeugt.');
          return;
        }
        const chromiumPath = chromiumForStep('das PDF-Handout (handout.pdf)', (line) => logger.warn(line));
        if (!chromiumPath) return;
        const outDir = fileURLToPath(dir);
        const server = await serveStatic(outDir, base);
        try {
          const prefix = base.endsWith('/') ? base : `${base}/`;
          const result = await renderHandoutPdf({
            url: `${server.origin}${prefix}handout/`,
            outFile: join(outDir, HANDOUT_FILES.full),
            studentFile: join(outDir, HANDOUT_FILES.student),
            log: (line) => logger.info(line),
          });
          for (const edition of result.editions)
            logger.info(
              `${edition.file}: ${edition.pages} Seiten, ${(edition.bytes / 1024).toFixed(0)} KiB, ` +
                `${edition.passes} Durchgänge`,
            );
          logger.info(`Beide PDFs in ${(result.ms / 1000).toFixed(1)} s`);
          const started = Date.now();
          const slides = await renderSlidesPdfs({
            origin: server.origin,
            base,
            outDir,
            decks: slidesPdfDecks(),
          });
          for (const edition of slides)
            logger.info(
              `${edition.file.slice(outDir.length)}: ${edition.pages} Seiten, ${(edition.bytes / 1024).toFixed(0)} KiB`,
            );
          logger.info(`Folien-PDFs (${slides.length}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
