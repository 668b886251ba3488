import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { at, expect, OUT_DIR, test } from './fixtures.ts';

// scripts/serve.mjs is what `npm start` runs and what every end-to-end test talks to.
test('npm start: kodierte Pfad-Traversale enden in der deutschen 404-Seite, ohne Stacktrace', async ({
  request,
}) => {
  for (const path of [
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/_astro/..%5c..%5cpackage.json',
    '/%E0%A4%A',
  ]) {
    const response = await request.get(at(path));
    expect(response.status(), path).toBe(404);
    const text = await response.text();
    expect(text).toContain('Seite nicht gefunden');
    expect(text).not.toMatch(/root:|at \w+ \(|node:internal|\/work\//);
  }
});

test('npm start: eine Seite ohne Schrägstrich am Ende leitet auf die Form mit Schrägstrich um @unterpfad', async ({
  request,
}) => {
  const response = await request.get(at('/einfuehrung?x=1'), { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe(at('/einfuehrung/?x=1'));
});

test('npm start: Content-Type für Cartridge, WebAssembly und Pagefind-Index', async ({ request }) => {
  const pagefind = readdirSync(join(OUT_DIR, 'pagefind'));
  const meta = pagefind.find((name) => name.endsWith('.pf_meta'));
  const wasm = pagefind.find((name) => name.endsWith('.pagefind'));
  const expected: [string, string][] = [
    ['/verteilte-softwaresysteme.imscc', 'application/vnd.ims.imsccv1p1'],
    [`/pagefind/${meta}`, 'application/octet-stream'],
    [`/pagefind/${wasm}`, 'application/octet-stream'],
    ['/pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
  ];
  for (const [path, type] of expected) {
    const response = await request.head(at(path));
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
});
