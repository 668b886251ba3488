// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { mermaidPlugin } from './src/plugins/mermaid/satteri-mermaid.ts';
import { baseLinksPlugin } from './src/plugins/base-links.ts';
import { printLinksPlugin } from './src/plugins/print-links.ts';
import { handoutPdf } from './src/integrations/handout-pdf.ts';
import { PRINT_SCRIPT } from './src/lib/print/print-script.ts';
import { toSidebar } from './src/lib/chapter.ts';

// Where the site is deployed (e.g. https://example.org/se/kapitel-2/): SITE=https://example.org
// BASE=/se/kapitel-2/. Canonical URLs, link previews, the link manifest and the cartridge use both.
const site = process.env.SITE || process.env.SITE_URL || 'http://127.0.0.1:4321';
const base = process.env.BASE || process.env.BASE_PATH || '/';
// Build output folder; tests read the same variable.
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  markdown: {
    processor: satteri({
      features: { headingAttributes: true },
      mdastPlugins: [mermaidPlugin()],
      hastPlugins: [baseLinksPlugin(base), printLinksPlugin(base)],
    }),
  },
  integrations: [
    starlight({
      title: 'Verteilte Softwaresysteme',
      description:
        'Kursnotizen zu Software Engineering, Kapitel 2: verteilte Softwaresysteme, Systemarchitektur und Systemdesign.',
      defaultLocale: 'root',
      locales: { root: { label: 'Deutsch', lang: 'de' } },
      markdown: { processedDirs: ['./content/docs'] },
      customCss: ['./src/styles/custom.css', './src/styles/print.css'],
      head: [{ tag: 'script', content: PRINT_SCRIPT }],
      components: {
        Search: './src/components/overrides/Search.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
      pagination: true,
      lastUpdated: false,
      sidebar: toSidebar(),
    }),
    mdx(),
    preact(),
    handoutPdf(),
  ],
});
