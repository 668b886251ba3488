// The committed store of rendered diagrams: src/plugins/mermaid/store/<key>.svg, one trimmed SVG per
// diagram and theme. The key hashes everything that shapes the drawing (source, Mermaid config,
// Mermaid version, our render version), so a build with a complete store needs no browser at all,
// and a changed diagram or a Mermaid update is rendered anew.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type DiagramTheme = 'light' | 'dark';

/** Bump when the rendering setup or the trimming changes, so that every diagram is rendered anew. */
export const RENDER_VERSION = 4;

/** Where the store lives, relative to the project root. */
export const STORE_PATH = 'src/plugins/mermaid/store';

const MERMAID_VERSION = (createRequire(import.meta.url)('mermaid/package.json') as { version: string })
  .version;

/**
 * The Mermaid configuration of a theme; part of the store key.
 *
 * @example
 * mermaidConfig('dark').theme // 'dark' (Mermaid's own dark theme; light uses 'default')
 */
export function mermaidConfig(theme: DiagramTheme) {
  return {
    theme: theme === 'light' ? 'default' : 'dark',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    securityLevel: 'strict',
    flowchart: { htmlLabels: false },
  } as const;
}

/**
 * The store key of one diagram in one theme: 16 hex digits of a SHA-256 over the render version,
 * the Mermaid version, the theme's configuration and the source.
 *
 * @example
 * storeKey('flowchart LR\n  A --> B', 'light') // e.g. '3f9a0c…' (16 hex digits), the same on every machine
 */
export function storeKey(source: string, theme: DiagramTheme): string {
  const input = JSON.stringify([RENDER_VERSION, MERMAID_VERSION, mermaidConfig(theme), source]);
  return createHash('sha256').update(input).digest('hex').slice(0, 16);
}

/** A store of rendered SVGs in one folder (the project's by default; tests pass their own). */
export class DiagramStore {
  readonly used = new Set<string>();
  readonly dir: string;
  private tracked: Set<string> | null | undefined;

  constructor(dir: string = join(process.cwd(), STORE_PATH)) {
    this.dir = dir;
  }

  /** The stored SVG for a key, or undefined; marks the key as used by this build. */
  read(key: string): string | undefined {
    this.used.add(key);
    const file = this.file(key);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  }

  write(key: string, svg: string): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(this.file(key), svg.endsWith('\n') ? svg : `${svg}\n`);
    this.used.add(key);
  }

  /** Keys in the store that no diagram of this build used, sorted. */
  stale(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((name) => name.endsWith('.svg'))
      .map((name) => name.slice(0, -'.svg'.length))
      .filter((key) => !this.used.has(key))
      .sort();
  }

  /** Deletes the given keys' files. */
  remove(keys: readonly string[]): void {
    for (const key of keys) rmSync(this.file(key), { force: true });
  }

  /**
   * Whether git tracks the key's file; undefined when this is no git checkout (e.g. an unpacked
   * release), where the question does not arise.
   */
  committed(key: string): boolean | undefined {
    this.tracked ??= trackedFiles(this.dir);
    return this.tracked === null ? undefined : this.tracked.has(`${key}.svg`);
  }

  file(key: string): string {
    return join(this.dir, `${key}.svg`);
  }
}

function trackedFiles(dir: string): Set<string> | null {
  const cwd = existsSync(dir) ? dir : process.cwd();
  const result = spawnSync('git', ['ls-files', '-z', '--', '.'], { cwd, encoding: 'utf8' });
  if (result.status !== 0) return null;
  return existsSync(dir) ? new Set(result.stdout.split('\0').filter(Boolean)) : new Set();
}
