/**
 * Astro integration, the last step of the build: the strict Content-Security-Policy. It hashes the
 * inline scripts of every built page (the only way to learn what Starlight and Astro put inline;
 * src/lib/csp/inline-scripts.ts), adds the policy with all hashes to `_headers` for the hosts that
 * read it (and `npm start`), and gives each page a `<meta http-equiv>` copy with its own hashes for
 * hosts that cannot send headers (GitHub Pages). The policy itself is src/lib/csp/policy.ts.
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineScripts, scriptHash } from '../lib/csp/inline-scripts.ts';
import { cspDirectives, cspMeta, cspString } from '../lib/csp/policy.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/**
 * A page with its policy as the first thing in `<head>` after the charset (a `<meta>` policy covers
 * only what comes after it).
 *
 * @example
 * withCspMeta('<head><meta charset="utf-8"/><script>a()</script>', {…}); // '<head><meta charset="utf-8"/><meta http-equiv=…><script>…'
 */
export function withCspMeta(html: string, directives: Record<string, string>): string {
  const meta = cspMeta(directives);
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}${meta}`);
  return html.replace(/<head>/i, `<head>${meta}`);
}

export function contentSecurityPolicy(): AstroIntegration {
  let site = '';
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? 'http://127.0.0.1/';
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const all = new Set<string>();
        const files = htmlFiles(outDir);
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          const hashes = inlineScripts(html).map(scriptHash);
          hashes.forEach((hash) => all.add(hash));
          writeFileSync(file, withCspMeta(html, cspDirectives(hashes, site)));
        }
        const header = cspString(cspDirectives([...all], site), 'header');
        appendFileSync(
          join(outDir, '_headers'),
          `\n# Added by the build (src/integrations/csp.ts): ${all.size} inline script hashes.\n/*\n  Content-Security-Policy: ${header}\n`,
        );
        logger.info(`CSP: ${files.length} Seiten, ${all.size} Inline-Skripte per Hash erlaubt.`);
      },
    },
  };
}
