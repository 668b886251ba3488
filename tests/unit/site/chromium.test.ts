import type { PathLike } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumForStep, findChromium, mayBuildWithoutChromium } from '../../../src/lib/chromium.ts';

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

  it("prefers Debian's headless shell to the full browser when both are there", () => {
    expect(findChromium({}, only('/usr/bin/chromium', '/usr/bin/chromium-headless-shell'))).toBe(
      '/usr/bin/chromium-headless-shell',
    );
  });

  it('stops with a German message that says how to install Chromium', () => {
    expect(() => findChromium({}, only())).toThrow(
      /Kein Chromium gefunden.*\n.*apt-get install -y chromium-headless-shell/,
    );
  });

  it('rejects an environment variable that names a missing file', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, only('/usr/bin/chromium'))).toThrow(
      'CHROMIUM_PATH=/nope existiert nicht.',
    );
  });
});

describe('chromiumForStep', () => {
  it('returns the browser when there is one, without a note', () => {
    const notes: string[] = [];
    expect(chromiumForStep('das PDF', (n) => notes.push(n), {}, only('/usr/bin/chromium'))).toBe(
      '/usr/bin/chromium',
    );
    expect(notes).toEqual([]);
  });

  it("lets a reader's build go on without a browser and says in German what is skipped and how to get it", () => {
    const notes: string[] = [];
    expect(
      chromiumForStep('das PDF-Handout (handout.pdf)', (n) => notes.push(n), {}, only()),
    ).toBeUndefined();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^Kein Chromium gefunden: das PDF-Handout \(handout\.pdf\) übersprungen/);
    expect(notes[0]).toContain(
      'sudo apt-get install -y chromium-headless-shell fonts-dejavu-core && npm start',
    );
  });

  it('fails loudly in CI and under npm test', () => {
    for (const env of [{ CI: 'true' }, { CI: '1' }, { REQUIRE_CHROMIUM: '1' }]) {
      expect(mayBuildWithoutChromium(env)).toBe(false);
      expect(() => chromiumForStep('das PDF', () => undefined, env, only())).toThrow(
        /Kein Chromium gefunden/,
      );
    }
    expect(mayBuildWithoutChromium({ CI: 'false' })).toBe(true);
  });
});
