// Lossless PNG compression for the screenshot scripts (lab-screenshots.mjs, slide-screenshots.mjs):
// the committed screenshots in docs/screenshots/ are all passed through optipng.
import { execFileSync } from 'node:child_process';

let optipng = true;

/**
 * Compresses a PNG in place without changing a pixel (optipng -o2) and returns the file. Without
 * optipng (`apt-get install optipng`) it says so once and leaves Chromium's larger PNGs.
 *
 * @example
 * await page.screenshot({ path: 'docs/screenshots/x.png' });
 * compress('docs/screenshots/x.png'); // 'docs/screenshots/x.png', smaller
 */
export function compress(file) {
  if (!optipng) return file;
  try {
    execFileSync('optipng', ['-quiet', '-o2', file], { stdio: 'inherit' });
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    optipng = false;
    console.warn('optipng fehlt (apt-get install optipng): die PNGs bleiben unkomprimiert.');
  }
  return file;
}
