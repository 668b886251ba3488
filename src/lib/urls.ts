/**
 * Prefixes a root-relative site path with the deployment's base path (BASE at build time).
 *
 * @example
 * withBase('/quellen/') // '/quellen/' with base '/', '/se/quellen/' with base '/se/'
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const prefix = base.replace(/\/$/, '');
  return path === prefix || path.startsWith(`${prefix}/`) ? path : `${prefix}${path}`;
}
