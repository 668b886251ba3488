/**
 * Version and date of the build for the handout's cover: package.json's version, the short git
 * commit when the tree is a git clone, and today's date in German.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildInfo {
  version: string;
  commit?: string;
  /** "28. November 2026" */
  date: string;
}

/**
 * Reads the build's version and date.
 *
 * @example
 * buildInfo(new Date('2026-11-28T12:00:00Z')) // { version: '1.0.0', commit: '7523c96', date: '28. November 2026' }
 */
export function buildInfo(now = new Date(), root = process.cwd()): BuildInfo {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  let commit: string | undefined;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    commit = undefined;
  }
  const date = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(now);
  return { version, commit: commit || undefined, date };
}
