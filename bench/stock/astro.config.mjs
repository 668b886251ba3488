// @ts-check
// A stock Starlight site for bench/reader-speed.bench.mjs: no custom CSS, components, plugins or
// integrations. Its pages are generated (src/content/docs/, not committed) from the text of our
// built pages; see the bench's header.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  outDir: './dist',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'Verteilte Softwaresysteme',
      defaultLocale: 'root',
      locales: { root: { label: 'Deutsch', lang: 'de' } },
      pagination: true,
      lastUpdated: false,
    }),
  ],
});
