// `npm run links:lock`: adds the link targets of the current build (dist/links.json) and the short
// links (src/lib/redirects.ts) to the committed lock links.lock.json. Targets are never removed: a
// link once published must keep working, through a redirect (src/lib/redirects.ts) if its target moves.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from '../src/config/deploy.ts';
import { extendLock } from '../src/lib/links/lock.ts';
import { REDIRECTS } from '../src/lib/redirects.ts';

const LOCK = 'links.lock.json';
const manifestFile = join(OUT_DIR, 'links.json');
if (!existsSync(manifestFile)) {
  console.error(`${manifestFile} fehlt: erst bauen (npm run build), dann npm run links:lock.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const lock = existsSync(LOCK) ? JSON.parse(readFileSync(LOCK, 'utf8')) : { targets: {} };
const next = extendLock(lock, manifest, REDIRECTS);
writeFileSync(LOCK, `${JSON.stringify(next, null, 2)}\n`);
const count = (l) => Object.keys(l.targets).length;
console.log(`${LOCK}: ${count(next) - count(lock)} neue Linkziele, ${count(next)} insgesamt.`);
