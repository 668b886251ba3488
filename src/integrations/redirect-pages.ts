/**
 * Astro integration: replaces the static pages of the configured redirects (src/lib/redirects.ts)
 * with German ones that keep the link's #section (see src/lib/links/redirect-page.ts).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { redirectPage } from '../lib/links/redirect-page.ts';
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
        for (const [from, to] of Object.entries(redirects)) {
          const file = join(fileURLToPath(dir), from, 'index.html');
          if (!existsSync(file)) throw new Error(`Weiterleitung ${from}: ${file} fehlt im Build.`);
          const target = withBase(to, base);
          writeFileSync(file, redirectPage(target, new URL(target, site || 'http://localhost/').href));
        }
      },
    },
  };
}
