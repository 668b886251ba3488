import { existsSync } from 'node:fs';

/** Environment variables that may name a Chromium binary, checked in this order. */
export const CHROMIUM_ENV_VARS = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'] as const;

const SYSTEM_PATHS = [
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
  'Kein Chromium gefunden. Der Build rendert die Mermaid-Diagramme und die Tests laufen in Chromium.',
  `Installieren Sie Chromium (Debian/Ubuntu: "sudo apt-get install -y chromium") oder setzen Sie ${CHROMIUM_ENV_VARS[0]}=/pfad/zu/chromium.`,
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
