// `npm start`: installs what the machine lacks (scripts/system-packages.mjs), builds the site and
// serves it with search on http://127.0.0.1:4321/. Without a browser it still serves every page
// (diagrams come from the committed store) and says what was left out and how to get it.
import { spawn, spawnSync } from 'node:child_process';
import { CHROMIUM_PACKAGE, INSTALL_BROWSER_COMMAND } from '../src/lib/chromium.ts';
import { ensureSystemPackages } from './system-packages.mjs';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { missing } = ensureSystemPackages('start');

console.log('\n▶ Build: npx astro build');
if (spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const notes = [];
if (missing.includes(CHROMIUM_PACKAGE)) {
  notes.push(
    'Ohne Chromium fehlen das PDF-Handout (handout.pdf) und die Vorschaubilder der Linkvorschau (og/*.png).',
    'Alle Seiten, die Diagramme, die Suche und die Labore sind da.',
  );
} else if (missing.includes('fonts-dejavu-core')) {
  notes.push('Ohne die Schrift DejaVu Sans sehen PDF-Handout und Vorschaubilder anders aus als vorgesehen.');
}
if (notes.length) {
  console.log(`\nHinweis: ${notes.join('\n')}\nNachholen mit: ${INSTALL_BROWSER_COMMAND} && npm start\n`);
}

// Not `astro preview`: scripts/serve.mjs applies _headers (CSP), answers in German and never lists
// local paths (src/lib/serve/static-server.ts).
const preview = spawn(process.execPath, ['scripts/serve.mjs', '--port', '4321'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code) => process.exit(code ?? 0));
