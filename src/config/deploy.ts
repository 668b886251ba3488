/**
 * Where the site is deployed and built, read from the environment in this one place. The Astro
 * config, the scripts, the integrations, the benches and the test fixtures import it; no other
 * file reads these variables.
 *
 * - `SITE`: the origin the site is served from (default `http://127.0.0.1:4321`, the preview).
 * - `BASE`: the path under that origin (default `/`), e.g. `/se/kapitel-2/`.
 * - `OUT_DIR`: the build's output folder (default `dist`).
 *
 * `SITE_URL` and `BASE_PATH` are accepted as older names of `SITE` and `BASE`.
 * Plain TypeScript without `import.meta.env`, so Node runs it from `.mjs` scripts too.
 */

export interface Deploy {
  /** Origin without a trailing slash, e.g. `https://example.org`. */
  site: string;
  /** Base path with leading and trailing slash, e.g. `/` or `/se/kapitel-2/`. */
  base: string;
  /** Build output folder, relative to the project root unless absolute. */
  outDir: string;
}

type Env = Record<string, string | undefined>;

/**
 * Reads and checks the deployment settings; a bad value stops with a German message naming the
 * variable.
 *
 * @example
 * readDeploy({ SITE: 'https://example.org/', BASE: 'se/kapitel-2' })
 * // { site: 'https://example.org', base: '/se/kapitel-2/', outDir: 'dist' }
 */
export function readDeploy(env: Env = process.env): Deploy {
  const site = env.SITE || env.SITE_URL || 'http://127.0.0.1:4321';
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new Error(`SITE="${site}" ist keine Adresse. Beispiel: SITE=https://example.org`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE="${site}" muss nur aus Schema und Host bestehen (z. B. https://example.org); ` +
        'den Pfad gibt BASE an (z. B. BASE=/se/kapitel-2/).',
    );
  }
  const rawBase = env.BASE || env.BASE_PATH || '/';
  if (/[\s?#\\]|\/\//.test(rawBase)) {
    throw new Error(`BASE="${rawBase}" ist kein Pfad. Beispiel: BASE=/se/kapitel-2/`);
  }
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { site: url.origin, base, outDir: env.OUT_DIR || 'dist' };
}

const deploy = readDeploy();

/** The deployment's origin (SITE), without a trailing slash. */
export const SITE = deploy.site;
/** The deployment's base path (BASE), with leading and trailing slash. */
export const BASE = deploy.base;
/** The build output folder (OUT_DIR). */
export const OUT_DIR = deploy.outDir;
