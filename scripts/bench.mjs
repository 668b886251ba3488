// Runs every benchmark in bench/ one after another (Node runs the TypeScript directly).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const only = process.argv[2];
const files = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts') && (!only || name.includes(only)))
  .sort();
let failed = 0;
for (const name of files) {
  console.log(`\n▶ bench/${name}`);
  const { status } = spawnSync(process.execPath, [`bench/${name}`], { stdio: 'inherit' });
  if (status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
