/**
 * Astro integration: after every build, prints the handout page to `<outDir>/handout.pdf` and the
 * student edition `<outDir>/handout-ohne-loesungen.pdf`, and the slides of the lecture decks
 * (`folien.pdf`, `folien-mit-notizen.pdf` next to each deck), side by side in one browser
 * (src/lib/print/site-pdfs.ts), so the published site (and `npm start`, and CI) always offers the
 * PDFs the pages link to.
 * Set HANDOUT_PDF=0 to skip it (the links to the PDFs then break until the next full build).
 * Without a Chromium the step is skipped with a German note, except in CI and under `npm test`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chromiumForStep } from '../lib/chromium.ts';
import { renderSitePdfs } from '../lib/print/site-pdfs.ts';
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
          const { handout, slides, ms } = await renderSitePdfs({
            origin: server.origin,
            base,
            outDir,
            log: (line) => logger.info(line),
          });
          for (const edition of handout.editions)
            logger.info(
              `${edition.file}: ${edition.pages} Seiten, ${(edition.bytes / 1024).toFixed(0)} KiB, ` +
                `${edition.passes} Durchgänge`,
            );
          logger.info(`Handout (beide Fassungen) in ${(handout.ms / 1000).toFixed(1)} s`);
          for (const edition of slides)
            logger.info(
              `${edition.file.slice(outDir.length)}: ${edition.pages} Seiten, ${(edition.bytes / 1024).toFixed(0)} KiB`,
            );
          logger.info(
            `Folien-PDFs (${slides.length}) neben dem Handout, alle PDFs in ${(ms / 1000).toFixed(1)} s`,
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}
