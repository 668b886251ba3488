/**
 * Astro integration, after the CSP step (which still changes the pages): writes what the offline
 * copy needs. `offline-manifest.json` lists the files to store with their sizes and the build's
 * version (src/lib/offline/plan.ts decides), `sw.js` is the service worker
 * (src/lib/offline/service-worker.js) with that version and the base path, and
 * `manifest.webmanifest` makes the site installable.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { COURSE } from '../config/course.ts';
import { offlinePlan, webManifest, type BuiltFile } from '../lib/offline/plan.ts';

const WORKER = fileURLToPath(new URL('../lib/offline/service-worker.js', import.meta.url));

function builtFiles(dir: string): BuiltFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return {
        path: name.split(sep).join('/'),
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
    });
}

export function offlineCopy(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline-copy',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        writeFileSync(
          join(outDir, 'manifest.webmanifest'),
          JSON.stringify(webManifest(base, COURSE.siteName, COURSE.description), null, 2),
        );
        const plan = offlinePlan(builtFiles(outDir));
        writeFileSync(join(outDir, 'offline-manifest.json'), JSON.stringify(plan));
        const settings = JSON.stringify({ version: plan.version, base });
        writeFileSync(join(outDir, 'sw.js'), `const OFFLINE = ${settings};\n${readFileSync(WORKER, 'utf8')}`);
        const mb = (plan.bytes / 1e6).toFixed(1);
        logger.info(`Offline-Kopie: ${plan.files.length} Dateien, ${mb} MB, Version ${plan.version}.`);
      },
    },
  };
}
