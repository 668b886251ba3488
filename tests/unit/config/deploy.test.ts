import { describe, expect, it } from 'vitest';
import { readDeploy } from '../../../src/config/deploy.ts';

describe('readDeploy', () => {
  it('defaults to the local preview at the root, built into dist', () => {
    expect(readDeploy({})).toEqual({ site: 'http://127.0.0.1:4321', base: '/', outDir: 'dist' });
  });

  it('normalises SITE to an origin and BASE to a path with both slashes', () => {
    expect(
      readDeploy({ SITE: 'https://example.org/', BASE: 'se/kapitel-2', OUT_DIR: 'dist-subpath' }),
    ).toEqual({
      site: 'https://example.org',
      base: '/se/kapitel-2/',
      outDir: 'dist-subpath',
    });
    expect(readDeploy({ BASE: '/se/kapitel-2/' }).base).toBe('/se/kapitel-2/');
  });

  it('accepts SITE_URL and BASE_PATH, but SITE and BASE win', () => {
    expect(readDeploy({ SITE_URL: 'https://a.example', BASE_PATH: '/a/' })).toMatchObject({
      site: 'https://a.example',
      base: '/a/',
    });
    expect(
      readDeploy({ SITE: 'https://b.example', SITE_URL: 'https://a.example', BASE: '/b/', BASE_PATH: '/a/' }),
    ).toMatchObject({ site: 'https://b.example', base: '/b/' });
  });

  it('names the variable in German when a value is not usable', () => {
    expect(() => readDeploy({ SITE: 'example.org' })).toThrow(/SITE="example.org" ist keine Adresse/);
    expect(() => readDeploy({ SITE: 'https://example.org/se/' })).toThrow(/den Pfad gibt BASE an/);
    expect(() => readDeploy({ SITE: 'ftp://example.org' })).toThrow(/SITE="ftp:\/\/example.org"/);
    expect(() => readDeploy({ BASE: '/se kapitel/' })).toThrow(/BASE="\/se kapitel\/" ist kein Pfad/);
    expect(() => readDeploy({ BASE: '/se//kapitel/' })).toThrow(/ist kein Pfad/);
  });
});
