import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFile, pagePath, slugOfFile, slugOfPath } from '../../../src/lib/chapter/paths.ts';

describe('slug, path and file of a page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chapter-'));
  mkdirSync(join(dir, 'teil'));
  for (const name of ['index.mdx', 'teil/index.mdx', 'teil/seite.mdx']) writeFileSync(join(dir, name), '');

  it('finds the MDX file of a slug, as a file or a folder index', () => {
    expect(pageFile('', dir)).toBe(join(dir, 'index.mdx'));
    expect(pageFile('teil', dir)).toBe(join(dir, 'teil/index.mdx'));
    expect(pageFile('teil/seite', dir)).toBe(join(dir, 'teil/seite.mdx'));
    expect(() => pageFile('fehlt', dir)).toThrow(
      'Seite „fehlt“ aus src/lib/chapter/order.ts hat keine Datei',
    );
  });

  it('turns files and paths back into slugs, and slugs into paths', () => {
    expect(slugOfFile(join(dir, 'teil/index.mdx'), dir)).toBe('teil');
    expect(slugOfFile(join(dir, 'index.mdx'), dir)).toBe('');
    expect(slugOfFile('/anderswo/x.mdx', dir)).toBeUndefined();
    expect(slugOfPath('/teil/seite/')).toBe('teil/seite');
    expect(slugOfPath('/index.html')).toBe('');
    expect(pagePath('teil/seite')).toBe('/teil/seite/');
    expect(pagePath('')).toBe('/');
  });
});
