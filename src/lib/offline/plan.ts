/**
 * What "Für offline speichern" stores: every page (chapter, labs' embed views, redirects, 404),
 * the scripts, styles and fonts, the search index, the diagrams (inline in the pages) and the PDF
 * handout, but not the link-preview images, the course cartridge, the second PDF or the slides
 * PDFs, which a reader offline does not need. The version is a hash over every stored file, so any change of content
 * makes a new service worker and with it the update prompt. Pure: the integration
 * (src/integrations/offline.ts) reads the files, this decides.
 */
import { createHash } from 'node:crypto';

/** A built file: its path relative to the output folder (with `/`), its size and its bytes' hash. */
export interface BuiltFile {
  path: string;
  size: number;
  sha256: string;
}

export interface OfflinePlan {
  version: string;
  /** Paths as the site serves them, relative to the base path (`einfuehrung/`, `_astro/x.js`). */
  files: { path: string; size: number }[];
  bytes: number;
}

const LEFT_OUT = [
  /^og\//,
  /^_headers$/,
  /^sitemap-.*\.xml$/,
  /\.imscc$/,
  /^handout-ohne-loesungen\.pdf$/,
  // The slides PDFs (about 9 MB) are for downloading; the decks themselves are stored as pages.
  /^vortrag\/(.+\/)?folien(-mit-notizen)?\.pdf$/,
  /^sw\.js$/,
  /^offline-manifest\.json$/,
];

/**
 * The address a file is served at: `x/index.html` as `x/`, the start page as ``.
 *
 * @example
 * servedPath('einfuehrung/index.html'); // 'einfuehrung/'
 * servedPath('index.html'); // ''
 */
export function servedPath(path: string): string {
  return path.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The files to store and the version they make.
 *
 * @example
 * offlinePlan([{ path: 'index.html', size: 10, sha256: 'a' }, { path: 'og/x.png', size: 9, sha256: 'b' }]);
 * // { version: '…', files: [{ path: '', size: 10 }], bytes: 10 }
 */
export function offlinePlan(built: readonly BuiltFile[]): OfflinePlan {
  const kept = built.filter((file) => !LEFT_OUT.some((rule) => rule.test(file.path)));
  kept.sort((a, b) => a.path.localeCompare(b.path));
  const hash = createHash('sha256');
  for (const file of kept) hash.update(`${file.path}\0${file.sha256}\n`);
  return {
    version: hash.digest('hex').slice(0, 16),
    files: kept.map((file) => ({ path: servedPath(file.path), size: file.size })),
    bytes: kept.reduce((sum, file) => sum + file.size, 0),
  };
}

/**
 * The web app manifest: German name, start and scope at the base path, the site's icon, colours of
 * the light scheme (the dark one is the pages' theme-color meta).
 *
 * @example
 * webManifest('/se/kapitel-2/', 'Verteilte Softwaresysteme').scope; // '/se/kapitel-2/'
 */
export function webManifest(base: string, name: string, description: string): Record<string, unknown> {
  return {
    name,
    short_name: 'Verteilte Systeme',
    description,
    lang: 'de',
    dir: 'ltr',
    start_url: base,
    scope: base,
    id: base,
    display: 'standalone',
    background_color: THEME_COLORS.light,
    theme_color: THEME_COLORS.light,
    icons: [
      { src: `${base}icon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}

/** The page background of Starlight's light and dark scheme, for the browser's toolbar. */
export const THEME_COLORS = { light: '#ffffff', dark: '#17181c' } as const;
