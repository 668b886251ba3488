// Serves the built site (OUT_DIR under BASE, from src/config/deploy.ts) like a configured host:
// `_headers` applied (strict CSP, nosniff, CORS), German 404, trailing-slash redirects, no path
// traversal (src/lib/serve/static-server.ts). Used by `npm start` and the end-to-end tests.
//   node scripts/serve.mjs [--port 4321] [--host 127.0.0.1]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BASE, OUT_DIR } from '../src/config/deploy.ts';
import { createStaticServer } from '../src/lib/serve/static-server.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' } },
});
if (!existsSync(OUT_DIR)) {
  console.error(`Kein Build in ${OUT_DIR}/: erst „npx astro build“ ausführen.`);
  process.exit(1);
}
const server = createStaticServer({ root: OUT_DIR, base: BASE });
server.listen(Number(values.port), values.host, () => {
  console.log(`Vorschau von ${OUT_DIR}/ auf http://${values.host}:${values.port}${BASE} (Strg+C beendet)`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
