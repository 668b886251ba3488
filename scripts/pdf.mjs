// `npm run pdf`: writes handout.pdf (the whole chapter, A4, tagged, with outline and page numbers),
// the student edition handout-ohne-loesungen.pdf (the same without the Lösungen appendix), and the
// slides of every deck (folien.pdf, 16:9, and folien-mit-notizen.pdf, A4, next to each deck; the whole
// chapter's also as folien.pdf and folien-mit-notizen.pdf here).
// Builds first when the build output is missing or older than the sources (the build's handout-pdf
// integration then prints the PDFs itself); otherwise prints them from `astro preview`.
// Options: --force prints again even when the build's PDF is current. OUT_DIR as for the build.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { BASE, OUT_DIR } from '../src/config/deploy.ts';
import { findChromium } from '../src/lib/chromium.ts';
import { HANDOUT_FILES } from '../src/lib/print/handout.ts';
import { renderSitePdfs } from '../src/lib/print/site-pdfs.ts';
import { SLIDES_FILES, slidesPdfDecks, slidesPdfPaths } from '../src/lib/print/slides.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const started = Date.now();
const outDir = resolve(OUT_DIR);
const built = join(outDir, 'handout', 'index.html');
const decks = slidesPdfDecks();
const [chapterDeck] = decks;
const slidesFiles = decks.flatMap((deck) =>
  Object.values(slidesPdfPaths(deck.path)).map((path) => path.slice(1)),
);
const files = [...Object.values(HANDOUT_FILES), ...slidesFiles];
// Copied next to the sources: the handout and the whole chapter's slides.
const copies = [
  ...Object.values(HANDOUT_FILES).map((file) => [file, file]),
  ...Object.entries(slidesPdfPaths(chapterDeck.path)).map(([kind, path]) => [
    path.slice(1),
    SLIDES_FILES[kind],
  ]),
];
const builtPdf = join(outDir, HANDOUT_FILES.full);
const force = process.argv.includes('--force');
const step = (line) => console.log(`▶ ${line}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

try {
  findChromium();
} catch (error) {
  console.error(`\nhandout.pdf kann nicht erzeugt werden.\n${error.message}`);
  process.exit(1);
}

/** Newest modification time of any file below the given paths. */
function newest(paths) {
  let time = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else time = Math.max(time, stat.mtimeMs);
  };
  paths.forEach(visit);
  return time;
}

const sources = ['content', 'src', 'public', 'astro.config.mjs', 'package.json'];
const stale = !existsSync(built) || newest(sources) > statSync(built).mtimeMs;
if (stale) {
  step(`Build fehlt oder ist älter als die Quellen: baue die Website nach ${outDir} (mit handout.pdf) …`);
  const { status } = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: process.env });
  if (status !== 0) {
    console.error('\nBuild fehlgeschlagen: handout.pdf wurde nicht erzeugt.');
    process.exit(1);
  }
}

const current = files.every(
  (file) => existsSync(join(outDir, file)) && statSync(join(outDir, file)).mtimeMs >= statSync(built).mtimeMs,
);
if (current && !force && !stale) step(`${builtPdf} ist aktuell (neu drucken: npm run pdf -- --force).`);
if (!current || force) {
  const port = await new Promise((done, fail) => {
    const server = createServer().once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port: free } = server.address();
      server.close(() => done(free));
    });
  });
  step(`Starte astro preview auf 127.0.0.1:${port} …`);
  const preview = spawn(
    'npx',
    ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
      env: process.env,
    },
  );
  const stop = () => {
    try {
      process.kill(-preview.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  try {
    const origin = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ok = await fetch(`${origin}/`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error('astro preview antwortet nicht (60 s).');
      await new Promise((done) => setTimeout(done, 250));
    }
    const { handout, slides, ms } = await renderSitePdfs({
      origin,
      base: BASE,
      outDir,
      decks,
      log: step,
    });
    step(`${handout.passes} Durchgänge für die Seitenzahlen, ${seconds(handout.ms)}`);
    step(`${slides.length} Folien-PDFs neben dem Handout, alle PDFs in ${seconds(ms)}`);
  } catch (error) {
    console.error(`\nhandout.pdf konnte nicht erzeugt werden: ${error.message}`);
    process.exitCode = 1;
  } finally {
    stop();
  }
  if (process.exitCode) process.exit();
}

for (const [file, copy] of copies) {
  const target = resolve(copy);
  copyFileSync(join(outDir, file), target);
  const pdfinfo = spawnSync('pdfinfo', [target], { encoding: 'utf8' });
  const pages = /Pages:\s+(\d+)/.exec(pdfinfo.stdout ?? '')?.[1] ?? '?';
  const size = (statSync(target).size / 1024 / 1024).toFixed(1);
  step(`${target}: ${pages} Seiten, ${size} MB; veröffentlicht als ${join(outDir, file)}`);
}
step(`Fertig in ${seconds(Date.now() - started)}`);
