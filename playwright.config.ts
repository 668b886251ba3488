import { defineConfig } from '@playwright/test';
import { BASE } from './src/config/deploy.ts';
import { CHROMIUM_ARGS, findChromium } from './src/lib/chromium.ts';

const PORT = Number(process.env.E2E_PORT ?? 4329);

/**
 * Under a sub-path (BASE ≠ '/', `npm test` builds one into dist-subpath/) only what a base path can
 * break runs again: every page and internal link with its anchors and assets (links.spec), search,
 * 404, redirects and short links, links.json and the link lock, link previews, the cartridge, plus
 * the tests tagged `@unterpfad` (embed, print and handout links, PDF download, copied addresses).
 * Everything else is proved once, in the root run.
 */
export const SUBPATH_TESTS =
  /(?:^|[\s/])(?:links|search|not-found|link-lock|link-previews|teaching|cartridge)\.spec\.ts\b|@unterpfad/;

// End-to-end tests run against the production build (dist/), served on loopback as a configured host
// serves it (scripts/serve.mjs: the build's _headers with the strict CSP, German 404, MIME types).
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  // In CI a test that fails gets one more try. A test that passes only then still counts as passed,
  // but `npm test` names it at the end of its output ("wackelig …") with its first error, so the flake
  // is seen and fixed instead of costing a whole run; a test that fails twice fails.
  retries: process.env.CI ? 1 : 0,
  grep: BASE === '/' ? undefined : SUBPATH_TESTS,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  },
  webServer: {
    command: `node scripts/serve.mjs --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}${BASE}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
