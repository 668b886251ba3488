// `npm run bench [filter]`: every benchmark in bench/, one after another. Engine benchmarks
// (*.bench.ts) run on plain Node; page benchmarks (*.bench.mjs) measure the built site and build it
// first when there is none.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { OUT_DIR } from '../src/config/deploy.ts';

const only = process.argv[2];
const files = readdirSync('bench')
  .filter((name) => /\.bench\.m?[jt]s$/.test(name) && (!only || name.includes(only)))
  .sort();
const dist = OUT_DIR;
if (files.some((name) => name.endsWith('.mjs')) && !existsSync(`${dist}/index.html`)) {
  console.log('▶ kein Build gefunden: npx astro build');
  spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
}
let failed = 0;
for (const name of files) {
  console.log(`\n▶ bench/${name}`);
  const { status } = spawnSync(process.execPath, [`bench/${name}`], { stdio: 'inherit' });
  if (status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
