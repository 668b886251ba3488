import { existsSync } from 'node:fs';

/** Environment variables that may name a Chromium binary, checked in this order. */
export const CHROMIUM_ENV_VARS = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'] as const;

/**
 * The Debian package this project installs: Chromium's headless shell (the old headless mode, no
 * browser window code). It prints the same PDFs and draws the same cards and diagrams, pixel for
 * pixel, as the full `chromium` package, and runs the end-to-end suite in less than half the time
 * on the 2-core machines here (a new tab 450 → 160 ms; 461 tests 27 → 13 min).
 */
export const CHROMIUM_PACKAGE = 'chromium-headless-shell';

/** Where the headless shell lands (Debian), the first of the system paths. */
export const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

const SYSTEM_PATHS = [
  HEADLESS_SHELL_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags that let Chromium start as root in a sandboxed container and stay off the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const CHROMIUM_MISSING_MESSAGE = [
  'Kein Chromium gefunden. Die Tests, das PDF-Handout, die Vorschaubilder und neue Diagramme brauchen Chromium.',
  `Installieren Sie Chromium (Debian/Ubuntu: "sudo apt-get install -y ${CHROMIUM_PACKAGE}") oder setzen Sie ${CHROMIUM_ENV_VARS[0]}=/pfad/zu/chromium.`,
].join('\n');

/**
 * Finds a Chromium binary: an environment variable first, then the usual system paths.
 * Throws an error that says how to install one when none is found.
 *
 * @example
 * findChromium({ CHROMIUM_PATH: '/opt/chromium/chrome' }) // '/opt/chromium/chrome' (if it exists)
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists = existsSync): string {
  for (const name of CHROMIUM_ENV_VARS) {
    const path = env[name];
    if (!path) continue;
    if (exists(path)) return path;
    throw new Error(`${name}=${path} existiert nicht.\n${CHROMIUM_MISSING_MESSAGE}`);
  }
  const found = SYSTEM_PATHS.find((path) => exists(path));
  if (found) return found;
  throw new Error(CHROMIUM_MISSING_MESSAGE);
}

/** The one command that brings what a build without a browser skipped (Debian/Ubuntu). */
export const INSTALL_BROWSER_COMMAND = `sudo apt-get install -y ${CHROMIUM_PACKAGE} fonts-dejavu-core`;

/**
 * Whether a build may leave out its browser steps (handout.pdf, link-preview cards) when no
 * Chromium is found: yes for a reader's `npm start`, no in CI or under `npm test`
 * (REQUIRE_CHROMIUM=1), where a missing browser must fail the build.
 *
 * @example
 * mayBuildWithoutChromium({}) // true
 * mayBuildWithoutChromium({ CI: 'true' }) // false
 */
export function mayBuildWithoutChromium(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI && env.CI !== '0' && env.CI !== 'false';
  return !ci && env.REQUIRE_CHROMIUM !== '1';
}

/**
 * The Chromium binary for a build step, or `undefined` when there is none and the build may go on
 * without it (see mayBuildWithoutChromium); then `warn` gets a German note naming what is skipped
 * and how to get it. Throws where a missing browser must fail the build.
 *
 * @example
 * const chromiumPath = chromiumForStep('handout.pdf', logger.warn); // '/usr/bin/chromium'
 */
export function chromiumForStep(
  skipped: string,
  warn: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
  exists = existsSync,
): string | undefined {
  try {
    return findChromium(env, exists);
  } catch (error) {
    if (!mayBuildWithoutChromium(env)) throw error;
    warn(
      `Kein Chromium gefunden: ${skipped} übersprungen, die Seite funktioniert ohne. ` +
        `Nachholen mit: ${INSTALL_BROWSER_COMMAND} && npm start`,
    );
    return undefined;
  }
}
