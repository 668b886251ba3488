/**
 * Finds the inline scripts a built page runs, so the CSP can allow exactly these by hash. Starlight
 * and Astro put a handful of small scripts inline (theme, sidebar, island loader, redirect pages);
 * each is the same on every page that has it, so a whole site needs a few dozen hashes at most.
 * Data blocks (`type="application/json"`, `application/ld+json`) do not run and need none.
 */
import { createHash } from 'node:crypto';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const RUNS = /^(|module|text\/javascript|application\/javascript)$/i;

/**
 * The bodies of a page's inline scripts that would run (no `src`, a JavaScript or module type).
 *
 * @example
 * inlineScripts('<script>a()</script><script src="/x.js"></script><script type="application/json">{}</script>');
 * // ['a()']
 */
export function inlineScripts(html: string): string[] {
  const bodies: string[] = [];
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(` ${attributes}`)?.[1] ?? '';
    if (RUNS.test(type)) bodies.push(body);
  }
  return bodies;
}

/**
 * The CSP source expression for a script body: `'sha256-…'` over its UTF-8 bytes, as browsers
 * compute it.
 *
 * @example
 * scriptHash('alert(1)'); // "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
 */
export function scriptHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}
