// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { mermaidPlugin } from './src/plugins/mermaid/satteri-mermaid.ts';
import { headingIdsPlugin } from './src/plugins/heading-ids.ts';
import { glossaryTermsPlugin } from './src/plugins/glossary-terms.ts';
import { mermaidStore } from './src/plugins/mermaid/build-store.ts';
import { baseLinksPlugin } from './src/plugins/base-links.ts';
import { printLinksPlugin } from './src/plugins/print-links.ts';
import { handoutPdf } from './src/integrations/handout-pdf.ts';
import { redirectPages } from './src/integrations/redirect-pages.ts';
import { commonCartridge } from './src/integrations/common-cartridge.ts';
import { ogCards } from './src/integrations/og-cards.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentSecurityPolicy } from './src/integrations/csp.ts';
import { offlineCopy } from './src/integrations/offline.ts';
import { noJsTheme } from './src/integrations/no-js-theme.ts';
import { labHydration } from './src/integrations/lab-hydration/index.ts';
import { THEME_COLORS } from './src/lib/offline/plan.ts';
import { PRINT_SCRIPT } from './src/lib/print/print-script.ts';
import { LAYOUT_LATER_SCRIPT } from './src/components/reading/layout-later.ts';
import { OFFLINE_ABLE_SCRIPT } from './src/components/offline/offline-able.ts';
import { toSidebar } from './src/lib/chapter/sidebar.ts';
import { REDIRECTS } from './src/lib/redirects.ts';
import { withBase } from './src/lib/urls.ts';
import { COURSE } from './src/config/course.ts';
import { BASE, OUT_DIR, SITE } from './src/config/deploy.ts';

// Where the site is deployed (e.g. https://example.org/se/kapitel-2/): SITE=https://example.org
// BASE=/se/kapitel-2/, and where the build goes (OUT_DIR), read in src/config/deploy.ts.
const site = SITE;
const base = BASE;
const outDir = OUT_DIR;

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  // Astro puts the base in front of a redirect's source, not of its destination.
  redirects: Object.fromEntries(Object.entries(REDIRECTS).map(([from, to]) => [from, withBase(to, base)])),
  markdown: {
    processor: satteri({
      features: { headingAttributes: true },
      mdastPlugins: [headingIdsPlugin(), mermaidPlugin(), glossaryTermsPlugin()],
      hastPlugins: [baseLinksPlugin(base), printLinksPlugin(base)],
    }),
  },
  integrations: [
    labHydration(),
    starlight({
      title: COURSE.siteName,
      description: COURSE.description,
      defaultLocale: 'root',
      locales: { root: { label: 'Deutsch', lang: COURSE.lang } },
      markdown: { processedDirs: ['./content/docs'] },
      customCss: ['./src/styles/custom.css', './src/styles/print.css'],
      head: [
        { tag: 'script', content: PRINT_SCRIPT },
        // Prose below the first screen is laid out once the page has shown itself (layout-later.ts).
        { tag: 'script', content: LAYOUT_LATER_SCRIPT },
        // The offline controls paint with the page where the browser can keep a copy (offline-able.ts).
        { tag: 'script', content: OFFLINE_ABLE_SCRIPT },
        // Installable (src/integrations/offline.ts writes the manifest), toolbar colours per scheme.
        { tag: 'link', attrs: { rel: 'manifest', href: withBase('/manifest.webmanifest', base) } },
        {
          tag: 'meta',
          attrs: { name: 'theme-color', media: '(prefers-color-scheme: light)', content: THEME_COLORS.light },
        },
        {
          tag: 'meta',
          attrs: { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: THEME_COLORS.dark },
        },
      ],
      components: {
        Search: './src/components/overrides/Search.astro',
        // Guarded storage access, so pages also work in a sandboxed iframe (opaque origin).
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        // "Als Vortrag zeigen" under the title and in the contents of every chapter page (/vortrag/).
        PageTitle: './src/components/overrides/PageTitle.astro',
        TableOfContents: './src/components/overrides/TableOfContents.astro',
        // The accessibility statement's link on every page (BITV 2.0).
        Footer: './src/components/overrides/Footer.astro',
      },
      pagination: true,
      routeMiddleware: ['./src/route-middleware/base-links.ts', './src/route-middleware/link-previews.ts'],
      lastUpdated: false,
      sidebar: toSidebar(),
    }),
    mdx(),
    preact(),
    commonCartridge(),
    handoutPdf(),
    redirectPages(REDIRECTS),
    ogCards(),
    mermaidStore(),
    // After Starlight's own Pagefind run: rebuilds the index with compounds split (issue 16).
    searchIndex(),
    // Without JavaScript the system colour scheme applies (CSS twins; pages say data-theme="auto").
    noJsTheme(),
    // Last: hashes the inline scripts of the finished pages into the CSP (_headers and <meta>).
    contentSecurityPolicy(),
    // After the CSP step changed the pages: the offline copy's file list, version and worker.
    offlineCopy(),
  ],
  // `astro preview` (Vite) answers cross-origin requests only from localhost origins. A sandboxed
  // iframe (as LMSs embed the labs) loads scripts with `Origin: null`; allow any origin, as the
  // README asks of the real host for this public, cookie-free site.
  vite: { preview: { cors: { origin: '*' } } },
});
