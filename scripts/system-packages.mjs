// What `npm start` and `npm test` need beyond node_modules, from Debian: Chromium (handout.pdf,
// link-preview cards, the end-to-end tests), DejaVu fonts (cards and PDF look the same on every
// machine) and poppler-utils (the PDF tests read the handout with pdfinfo/pdftotext). Installs
// what is missing when it can (root and apt-get; INSTALL_SYSTEM_PACKAGES=0 forbids it), else says
// in German what is missing. Run alone: `node scripts/system-packages.mjs [start|test]`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { findChromium } from '../src/lib/chromium.ts';

const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** Debian package → whether it is there, and which purposes need it. */
const PACKAGES = {
  chromium: {
    for: ['start', 'test'],
    present: () => {
      try {
        findChromium();
        return true;
      } catch {
        return false;
      }
    },
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
 * ensureSystemPackages('start') // { missing: [], reason: '' } after installing Chromium if needed
 */
export function ensureSystemPackages(purpose) {
  const missing = missingPackages(purpose);
  if (missing.length === 0) return { missing, reason: '' };
  const reason = cannotInstall();
  if (reason) {
    console.log(`▶ Es fehlt: ${missing.join(', ')} (nicht installiert: ${reason}).`);
    return { missing, reason };
  }
  console.log(`▶ Installiere aus Debian: ${missing.join(', ')} (Protokoll: node_modules/.cache/apt.log)`);
  mkdirSync('node_modules/.cache', { recursive: true });
  const log = 'node_modules/.cache/apt.log';
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Another apt run (unattended upgrades, a second checkout) holds the dpkg lock for a while: wait.
  const apt = (args) =>
    spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', ...args], { env, encoding: 'utf8' });
  const update = apt(['update']);
  const install = apt(['install', '-y', '--no-install-recommends', ...missing]);
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
