/**
 * Astro integration: after every build, turns the link manifest (src/lib/links/manifest.ts, the
 * same one `links.json` serves) into the IMS Common Cartridge `<outDir>/verteilte-softwaresysteme.imscc`,
 * which Moodle and Canvas import as a ready course section per chapter part plus one with the
 * lecture material (src/lib/cartridge/materials.ts). Its links are absolute,
 * so SITE (and BASE) must name the real address.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildCartridge, CARTRIDGE_FILE, CHAPTER_CARTRIDGE } from '../lib/cartridge/build.ts';
import { checkLinkManifest } from '../lib/cartridge/link-manifest.ts';
import { chapterExtras } from '../lib/cartridge/materials.ts';
import { collectManifest } from '../lib/links/manifest.ts';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

export function commonCartridge(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'common-cartridge',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const manifest = checkLinkManifest(collectManifest(site, base));
        const { outline, zip } = buildCartridge(manifest, CHAPTER_CARTRIDGE, chapterExtras(manifest));
        writeFileSync(join(outDir, CARTRIDGE_FILE), zip);

        const links = outline.parts.reduce((sum, part) => sum + part.links.length, 0);
        logger.info(
          `${CARTRIDGE_FILE}: ${links} Links in ${outline.parts.length} Abschnitten, ` +
            `${(zip.length / 1024).toFixed(1)} KiB`,
        );
        const local = manifest.targets.find((target) => LOOPBACK.test(new URL(target.url).hostname));
        if (local) {
          logger.warn(
            `Die Kursvorlage verlinkt auf ${new URL(local.url).origin} – für die Veröffentlichung mit SITE (und BASE) ` +
              'bauen, z. B. SITE=https://example.org BASE=/se/kapitel-2/ npm run build.',
          );
        }
      },
    },
  };
}
