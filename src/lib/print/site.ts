/**
 * Absolute online addresses of chapter pages, for print: a printed page cannot be clicked, so the
 * handout and the lab notes spell out (and QR-encode) where the live version is.
 */
import { withBase } from '../urls.ts';

/**
 * The absolute URL of a root-relative path on the deployed site (SITE and BASE at build time).
 *
 * @example
 * onlineUrl('/systemdesign/caching/', 'labor', 'https://example.org', '/se/')
 * // 'https://example.org/se/systemdesign/caching/#labor'
 */
export function onlineUrl(
  path: string,
  anchor = '',
  site: string = import.meta.env.SITE ?? 'http://127.0.0.1:4321',
  base: string = import.meta.env.BASE_URL ?? '/',
): string {
  const url = new URL(withBase(path, base), site.endsWith('/') ? site : `${site}/`);
  if (anchor) url.hash = anchor.replace(/^#/, '');
  return url.href;
}

/**
 * The URL as printed: without the scheme, so it reads like an address ("example.org/se/caching/").
 *
 * @example
 * displayUrl('https://example.org/se/caching/#labor') // 'example.org/se/caching/#labor'
 */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
