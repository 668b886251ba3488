// What `npm start` and `npm test` need beyond node_modules, from Debian: Chromium's headless shell
// (handout.pdf, link-preview cards, the end-to-end tests), DejaVu fonts (cards and PDF look the same
// on every machine) and poppler-utils (the PDF tests read the handout with pdfinfo/pdftotext).
// Installs what is missing when it can (root and apt-get; INSTALL_SYSTEM_PACKAGES=0 forbids it), else
// says in German what is missing. Run alone: `node scripts/system-packages.mjs [start|test]`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  CHROMIUM_ENV_VARS,
  CHROMIUM_PACKAGE,
  HEADLESS_SHELL_PATH,
  findChromium,
} from '../src/lib/chromium.ts';

const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

const anyChromium = () => {
  try {
    findChromium();
    return true;
  } catch {
    return false;
  }
};

/**
 * Debian package → whether it is there, which purposes need it and, optionally, for which purposes
 * it is worth installing although the need is met another way.
 */
const PACKAGES = {
  // Any Chromium serves (a full browser, one named in CHROMIUM_PATH). The tests run in less than
  // half the time in the headless shell: beside a full browser found on the usual paths it is
  // installed too, where installing is allowed.
  [CHROMIUM_PACKAGE]: {
    for: ['start', 'test'],
    present: anyChromium,
    wantedFor: ['test'],
    better: () => existsSync(HEADLESS_SHELL_PATH) || CHROMIUM_ENV_VARS.some((name) => process.env[name]),
  },
  'fonts-dejavu-core': {
    for: ['start', 'test'],
    present: () =>
      existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf') ||
      /dejavu/i.test(spawnSync('fc-list', [], { encoding: 'utf8' }).stdout ?? ''),
  },
  'poppler-utils': { for: ['test'], present: () => succeeds('pdfinfo', ['-v']) },
};

/**
 * The Debian packages `purpose` ('start' or 'test') needs that this machine lacks.
 *
 * @example
 * missingPackages('test') // [] on a machine set up for the tests, e.g. ['poppler-utils'] otherwise
 */
export function missingPackages(purpose) {
  return Object.entries(PACKAGES)
    .filter(([, pkg]) => pkg.for.includes(purpose) && !pkg.present())
    .map(([name]) => name);
}

/** Packages `purpose` does not need but runs better with (installed only where installing is allowed). */
function betterPackages(purpose) {
  return Object.entries(PACKAGES)
    .filter(([, pkg]) => pkg.wantedFor?.includes(purpose) && pkg.present() && !pkg.better())
    .map(([name]) => name);
}

/** Why packages cannot be installed here, in German, or '' when they can. */
function cannotInstall() {
  if (process.env.INSTALL_SYSTEM_PACKAGES === '0') return 'INSTALL_SYSTEM_PACKAGES=0';
  if (process.platform !== 'linux' || !succeeds('apt-get', ['--version'])) return 'kein apt-get';
  if (process.getuid?.() !== 0) return 'keine Root-Rechte';
  return '';
}

/**
 * Installs from Debian what `purpose` needs and the machine lacks, when it can. Returns what is
 * still missing afterwards (and why it could not be installed).
 *
 * @example
 * ensureSystemPackages('start') // { missing: [], reason: '' } after installing Chromium's headless shell if needed
 */
export function ensureSystemPackages(purpose) {
  const missing = missingPackages(purpose);
  const better = betterPackages(purpose);
  if (missing.length === 0 && better.length === 0) return { missing, reason: '' };
  const reason = cannotInstall();
  if (reason) {
    if (missing.length) console.log(`▶ Es fehlt: ${missing.join(', ')} (nicht installiert: ${reason}).`);
    if (better.length) {
      console.log(`▶ Schneller mit: ${better.join(', ')} (nicht installiert: ${reason}; es geht auch ohne).`);
    }
    return { missing, reason: missing.length ? reason : '' };
  }
  const wanted = [...missing, ...better];
  console.log(`▶ Installiere aus Debian: ${wanted.join(', ')} (Protokoll: node_modules/.cache/apt.log)`);
  mkdirSync('node_modules/.cache', { recursive: true });
  const log = 'node_modules/.cache/apt.log';
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Another apt run (unattended upgrades, a second checkout) holds the dpkg lock for a while: wait.
  const apt = (args) =>
    spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', ...args], { env, encoding: 'utf8' });
  const update = apt(['update']);
  const install = apt(['install', '-y', '--no-install-recommends', ...wanted]);
  writeFileSync(log, [update, install].map((r) => `${r.stdout ?? ''}${r.stderr ?? ''}`).join('\n'));
  if (install.status !== 0) {
    console.log(readFileSync(log, 'utf8').split('\n').slice(-15).join('\n'));
  }
  const still = missingPackages(purpose);
  return { missing: still, reason: still.length ? 'apt-get install fehlgeschlagen' : '' };
}

if (import.meta.main) {
  const purpose = process.argv[2] === 'start' ? 'start' : 'test';
  const { missing } = ensureSystemPackages(purpose);
  if (missing.length) {
    console.log(
      `Fehlt weiterhin: ${missing.join(', ')}. Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  process.exit(missing.length ? 1 : 0);
}
