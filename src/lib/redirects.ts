import { LABS, shortLinkPath } from './labs.ts';

/**
 * Old and short addresses that lead somewhere else, as Astro redirects (root-relative, without
 * base). When a page or section moves, add its old address here: the link-lock test
 * (tests/e2e/link-lock.spec.ts) accepts a locked link that is gone only if it redirects to a target
 * that exists.
 */
export const REDIRECTS: Record<string, string> = {
  // Short links for slides and course pages: one per lab (`/labor/<id>/`, from the lab list).
  ...Object.fromEntries(LABS.map((lab) => [shortLinkPath(lab), `${lab.page}#${lab.anchor}`])),
  // A lecturer who shortens a lab's short link finds the list of all labs.
  '/labor/': '/fuer-lehrende/#labore-einbetten',
  '/lehrende/': '/fuer-lehrende/',
};
