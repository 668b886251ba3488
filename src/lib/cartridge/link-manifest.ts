/**
 * Checks a link manifest for the cartridge (the in-memory one of the build, or a `links.json` a
 * lecturer's tool reads): once here, with German messages that name the faulty entry, so the
 * builder can trust its input.
 */
import { z } from 'astro/zod';
import type { LinkManifest } from '../links/types.ts';

const TARGET = z.object({
  id: z.string().min(1),
  kind: z.enum(['page', 'section', 'lab', 'figure', 'question', 'deck']),
  title: z.string().trim().min(1),
  // The LMS opens these from outside the site, so only absolute web addresses will do.
  url: z.url({ protocol: /^https?$/ }),
  href: z.string(),
  page: z.string(),
  part: z.string().trim().min(1),
});

const MANIFEST: z.ZodType<LinkManifest> = z.object({
  site: z.string(),
  base: z.string(),
  targets: z.array(TARGET),
});

/**
 * Parses and checks the text of a link manifest; throws a German error that names the file and
 * the first faulty entries.
 *
 * @example
 * parseLinkManifest('{"site":"https://example.org","base":"/","targets":[]}') // { site: …, base: '/', targets: [] }
 * parseLinkManifest('{}') // throws 'links.json hat nicht die erwartete Form … site: Ungültige Eingabe …'
 */
export function parseLinkManifest(text: string, file = 'links.json'): LinkManifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} ist kein gültiges JSON: ${(error as Error).message}`, { cause: error });
  }
  return checkLinkManifest(data, file);
}

/**
 * Checks a manifest already in memory; throws a German error that names the first faulty entries.
 *
 * @example
 * checkLinkManifest({ site: 'https://example.org', base: '/', targets: [] }) // the same manifest
 * checkLinkManifest({}, 'Link-Manifest') // throws 'Link-Manifest hat nicht die erwartete Form … site: …'
 */
export function checkLinkManifest(data: unknown, file = 'Link-Manifest'): LinkManifest {
  const result = MANIFEST.safeParse(data, { error: z.locales.de().localeError });
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`));
    return `  ${where.join('').replace(/^\./, '') || '(Wurzel)'}: ${issue.message}`;
  });
  const more = result.error.issues.length > 5 ? `\n  … und ${result.error.issues.length - 5} weitere` : '';
  throw new Error(
    `${file} hat nicht die erwartete Form (siehe src/lib/links/types.ts):\n${issues.join('\n')}${more}`,
  );
}
