/**
 * Astro integration: replaces the static pages of the configured redirects (src/lib/redirects.ts)
 * with German ones that keep the link's #section and show the destination's link preview (see
 * src/lib/links/redirect-page.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { previewMetaTags, redirectPage } from '../lib/links/redirect-page.ts';
import { withBase } from '../lib/urls.ts';

export function redirectPages(redirects: Record<string, string>): AstroIntegration {
  let base = '/';
  let site = '';
  return {
    name: 'redirect-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        for (const [from, to] of Object.entries(redirects)) {
          const file = join(outDir, from, 'index.html');
          const destination = join(outDir, to.split('#')[0] ?? '', 'index.html');
          for (const path of [file, destination]) {
            if (!existsSync(path)) throw new Error(`Weiterleitung ${from} → ${to}: ${path} fehlt im Build.`);
          }
          const target = withBase(to, base);
          const preview = previewMetaTags(readFileSync(destination, 'utf8'));
          writeFileSync(
            file,
            redirectPage(target, new URL(target, site || 'http://localhost/').href, preview),
          );
        }
      },
    },
  };
}
