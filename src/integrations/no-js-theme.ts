/**
 * Astro integration: the system colour scheme for readers without JavaScript
 * (src/lib/theme/auto-theme.ts). It adds the PostCSS step that gives every light or dark rule its
 * `auto` twin, and after the build writes `data-theme="auto"` into every page (Starlight writes
 * "dark"; its inline script replaces the value at once, so with JavaScript nothing changes).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { autoThemePostcss, withAutoTheme } from '../lib/theme/auto-theme.ts';

export function noJsTheme(): AstroIntegration {
  return {
    name: 'no-js-theme',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { css: { postcss: { plugins: [autoThemePostcss()] } } } });
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let changed = 0;
        for (const name of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
          if (!name.endsWith('.html')) continue;
          const file = join(outDir, name);
          const html = readFileSync(file, 'utf8');
          const out = withAutoTheme(html);
          if (out !== html) {
            writeFileSync(file, out);
            changed++;
          }
        }
        logger.info(`Farbschema ohne JavaScript: ${changed} Seiten folgen der Systemeinstellung.`);
      },
    },
  };
}
