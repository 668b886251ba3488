// `npm test`: every check the project has, in order, failing on any failure. Ends with one plain
// line "N passed, N failed" that sums the step checks (lint, format, types, build) and every test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { stripVTControlCharacters } from 'node:util';
import { ensureSystemPackages } from './system-packages.mjs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Tests need the browser steps: a build without Chromium fails here instead of skipping them.
process.env.REQUIRE_CHROMIUM = '1';
// The end-to-end tests serve the build on a loopback port that is free right now.
process.env.E2E_PORT ??= String(
  await new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  }),
);
const results = { passed: 0, failed: 0 };
const failures = [];
/** Tests that failed, or passed only on their retry, named at the end where a CI log's tail shows them. */
const noteworthy = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(
    `◀ ${label}: ${status === 0 ? 'ok' : 'fehlgeschlagen'} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return status === 0;
}

function step(label, command, args, env = {}) {
  const ok = run(label, command, args, env);
  results[ok ? 'passed' : 'failed'] += 1;
  if (!ok) failures.push(label);
  return ok;
}

/** Each Playwright test that did not pass at the first try: "file:line › title — first error line". */
function playwrightProblems(report) {
  const found = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
        const error = test.results?.find((r) => r.error)?.error?.message ?? '';
        const firstLine = stripVTControlCharacters(error).trim().split('\n')[0];
        found.push(
          `${test.status === 'flaky' ? 'wackelig, im zweiten Versuch bestanden' : 'fehlgeschlagen'}: ` +
            `${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}${firstLine ? ` — ${firstLine}` : ''}`,
        );
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const file of report.suites ?? []) walk(file, []);
  return found;
}

/** Runs a test runner that writes a JSON report and adds its test counts. */
function suite(label, command, args, report, count, env = {}) {
  rmSync(report, { force: true });
  const ok = run(label, command, args, { CI: process.env.CI ?? '1', ...env });
  if (!existsSync(report)) {
    results.failed += 1;
    failures.push(`${label} (kein Bericht)`);
    return;
  }
  const parsed = JSON.parse(readFileSync(report, 'utf8'));
  const { passed, failed } = count(parsed);
  if (parsed.stats) noteworthy.push(...playwrightProblems(parsed).map((line) => `${label}: ${line}`));
  results.passed += passed;
  results.failed += failed;
  if (!ok || failed > 0) failures.push(label);
  if (!ok && failed === 0) results.failed += 1;
}

mkdirSync('test-results', { recursive: true });
console.log(`▶ Node ${process.version}`);
{
  const { missing } = ensureSystemPackages('test');
  results[missing.length ? 'failed' : 'passed'] += 1;
  if (missing.length) failures.push(`Systempakete (es fehlt: ${missing.join(', ')})`);
}
step('ESLint', 'npx', ['eslint', '.']);
step('Prettier', 'npx', ['prettier', '--check', '.']);
step('astro check', 'npx', ['astro', 'check']);
suite(
  'Vitest',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'],
  'test-results/unit.json',
  (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }),
);
// The end-to-end suite runs against the root build (dist/); then the tests a base path can break
// (SUBPATH_TESTS in playwright.config.ts) run against a build for a sub-path, so that no link, asset
// or search request forgets the base path.
const builds = [
  { label: '', env: {} },
  {
    label: ' (Unterpfad /se/kapitel-2/, nur basispfadabhängige Tests)',
    env: { BASE: '/se/kapitel-2/', OUT_DIR: 'dist-subpath' },
  },
];
for (const { label, env } of builds) {
  const report = `test-results/e2e${env.BASE ? '-subpath' : ''}.json`;
  if (step(`Build${label}`, 'npx', ['astro', 'build'], env)) {
    suite(
      `Playwright${label}`,
      'npx',
      ['playwright', 'test'],
      report,
      (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected }),
      { ...env, E2E_REPORT: report },
    );
  } else {
    console.log(`\nBuild${label} fehlgeschlagen: End-to-End-Tests übersprungen.`);
    results.failed += 1;
    failures.push(`Playwright${label} (übersprungen)`);
  }
}

if (noteworthy.length > 0) console.log(`\n${noteworthy.join('\n')}`);
if (failures.length > 0) console.log(`\nFehlgeschlagen: ${failures.join(', ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);
