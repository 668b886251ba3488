import type { PathLike } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../../src/lib/chromium.ts';

const only =
  (...paths: string[]) =>
  (path: PathLike) =>
    paths.includes(String(path));

describe('findChromium', () => {
  it('prefers the path named in CHROMIUM_PATH', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/c/chrome' }, only('/opt/c/chrome', '/usr/bin/chromium'))).toBe(
      '/opt/c/chrome',
    );
  });

  it('falls back to the usual system paths', () => {
    expect(findChromium({}, only('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
  });

  it('stops with a German message that says how to install Chromium', () => {
    expect(() => findChromium({}, only())).toThrow(/Kein Chromium gefunden.*\n.*apt-get install -y chromium/);
  });

  it('rejects an environment variable that names a missing file', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, only('/usr/bin/chromium'))).toThrow(
      'CHROMIUM_PATH=/nope existiert nicht.',
    );
  });
});
