/**
 * `links.json`: every link target of the chapter (pages, sections, labs, figures, questions) with
 * its absolute URL, for lecturers' tools, the Common Cartridge and the link-lock test.
 */
import type { APIRoute } from 'astro';
import { collectManifest } from '../lib/links/manifest.ts';

export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(collectManifest(import.meta.env.SITE ?? '', import.meta.env.BASE_URL), null, 2)}\n`,
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
