/**
 * Astro integration: replaces the static pages of the configured redirects (src/lib/redirects.ts)
 * with German ones that keep the link's ?query and #section and show the destination's link
 * preview (see src/lib/links/redirect-page.ts). The destination and its preview come from the
 * chapter index (src/lib/og/previews.ts), not from the built HTML.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolveTarget } from '../lib/chapter/index.ts';
import { metaTagsHtml, redirectPage } from '../lib/links/redirect-page.ts';
import { absoluteUrl, previewMeta } from '../lib/og/meta.ts';
import { sitePreviews } from '../lib/og/previews.ts';
import { withBase } from '../lib/urls.ts';

export function redirectPages(redirects: Record<string, string>): AstroIntegration {
  let base = '/';
  let site = '';
  return {
    name: 'redirect-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? 'http://localhost/';
      },
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const previews = sitePreviews(site, base);
        for (const [from, to] of Object.entries(redirects)) {
          const [path = ''] = to.split('#');
          const preview = previews.find(
            (candidate) => candidate.url === absoluteUrl(withBase(path, base), site),
          );
          if (!preview || (to.includes('#') && !resolveTarget(to))) {
            throw new Error(
              `Weiterleitung ${from} → ${to} (src/lib/redirects.ts): Das Ziel gibt es nicht – weder als Seite des Kapitels noch als Anker darauf.`,
            );
          }
          const target = withBase(to, base);
          const file = join(outDir, from, 'index.html');
          mkdirSync(join(outDir, from), { recursive: true });
          writeFileSync(
            file,
            redirectPage(target, new URL(target, site).href, metaTagsHtml(previewMeta(preview))),
          );
        }
      },
    },
  };
}
