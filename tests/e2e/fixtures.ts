import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { BASE, OUT_DIR } from '../../src/config/deploy.ts';

export { expect };

/**
 * The build under test was made for this deployment: BASE (e.g. `/se/kapitel-2/`), SITE (origin
 * without a trailing slash) and OUT_DIR, read where astro.config.mjs reads them.
 */
export { BASE, OUT_DIR, SITE } from '../../src/config/deploy.ts';

/**
 * A root-relative site path under the build's base path: tests write `page.goto(at('/quellen/'))`
 * and run unchanged against a root build and a sub-path build.
 *
 * @example
 * at('/quellen/#deck') // '/quellen/#deck' with BASE '/', '/se/kapitel-2/quellen/#deck' with BASE '/se/kapitel-2/'
 */
export function at(path: string): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

/** Hosts a page may talk to: the loopback range only. */
export function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/**
 * Every page of the built site as a URL path, read from dist/ (so a new page is tested without
 * anyone listing it): `/`, `/einfuehrung/`, …, and `/404.html`.
 */
export function builtPages(dir = OUT_DIR): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, path).split(sep).join('/');
        pages.push(`/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/**
 * The decks a page-level check visits: every deck comes from the same components (Deck, Slide) and
 * the same transform, out of pages that are checked themselves, so the whole chapter's deck and one
 * page deck with a lab stand for all 20 (slides.spec walks every slide of every deck).
 */
export const DECK_SAMPLES = ['/vortrag/kapitel/', '/vortrag/systemdesign/caching/'];

/** `paths` without the decks (/vortrag/…) other than DECK_SAMPLES. */
export function withDeckSamples(paths: string[]): string[] {
  return paths.filter((path) => !path.startsWith('/vortrag/') || DECK_SAMPLES.includes(path));
}

/**
 * axe on `page`, every rule still run, but only violations are collected: axe then builds no
 * selector for each passing element (handout 27.9 → 25.1 s on one worker here). Legacy mode runs
 * `axe.run` in the page itself (every same-origin frame included) instead of `runPartial` per frame
 * and `finishRun` in a new blank tab with a second copy of axe: about half the time on these
 * machines, where each new tab costs seconds. It cannot look into cross-origin frames, and the site
 * has none (nothing leaves its origin).
 */
export const axeOn = (page: Page): AxeBuilder =>
  new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });

/** The WCAG 2.x A and AA rules (2.0, 2.1 and the AA additions of 2.2). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The axe rules whose outcome depends on colour: all that changes between light and dark. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Two animation frames: styles and layout have caught up with the last change. */
export const twoFrames = (page: Page): Promise<unknown> =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * The system's colour scheme turns to `theme`, and the page follows at once: every page does while
 * the reader has not picked a scheme (Starlight's picker on „System“, a first visit; the embeds'
 * theme script; the labs re-read their canvas colours).
 */
export async function followSystemTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await twoFrames(page);
}

/**
 * axe in both colour schemes in one visit, on a page opened without a stored scheme (so not after
 * useTheme): every WCAG rule in light, then the system turns dark and the colour rules run on the
 * same page, then it is light again. One line per violation: scheme, rule, elements. `scope`
 * narrows the check (e.g. `(axe) => axe.include('.c-lab')`).
 */
export async function axeInBothSchemes(
  page: Page,
  scope: (axe: AxeBuilder) => AxeBuilder = (axe) => axe,
): Promise<string[]> {
  const lines = (scheme: string, violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
    violations.map(
      ({ id, help, nodes }) =>
        `${scheme}: ${id}: ${help}\n    ${nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
    );
  await followSystemTheme(page, 'light');
  const light = await scope(axeOn(page)).withTags(WCAG_TAGS).analyze();
  await followSystemTheme(page, 'dark');
  const dark = await scope(axeOn(page)).withRules(COLOUR_RULES).analyze();
  await followSystemTheme(page, 'light');
  return [...lines('hell', light.violations), ...lines('dunkel', dark.violations)];
}

/** Starlight stores the chosen theme in localStorage; set it before any script runs. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
}

interface Guards {
  /** Requests to any host outside loopback, recorded (and blocked) during the test. */
  foreignRequests: string[];
  /** Console errors and uncaught page errors. */
  consoleErrors: string[];
  /** Content-Security-Policy violations in any page or frame: directive, blocked source, file and line. */
  cspViolations: string[];
}

/** What a `securitypolicyviolation` event tells, sent from the page to the test. */
interface Violation {
  directive: string;
  blocked: string;
  file: string;
  line: number;
  page: string;
  sample: string;
}

/**
 * One line per violation that says which directive blocked what, in which file and line.
 *
 * @example
 * describeViolation({ directive: 'script-src-elem', blocked: 'inline', file: 'http://127.0.0.1/x/', line: 3, page: 'http://127.0.0.1/x/', sample: 'alert(1)' });
 * // "script-src-elem blockiert inline in http://127.0.0.1/x/:3 („alert(1)“)"
 */
export function describeViolation(v: Violation): string {
  const where = `${v.file || v.page}${v.line ? `:${v.line}` : ''}`;
  return `${v.directive} blockiert ${v.blocked || '(unbekannt)'} in ${where}${v.sample ? ` („${v.sample}“)` : ''}`;
}

/**
 * Hands every `securitypolicyviolation` event of every page and frame in `context` to `sink`,
 * from the first script on (an init script installs the listener before the page's own scripts).
 */
export async function recordCspViolations(
  context: BrowserContext,
  sink: (violation: Violation) => void,
): Promise<void> {
  await context.exposeBinding('__reportCspViolation', (_source, violation: Violation) => sink(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation?: (v: unknown) => void })
        .__reportCspViolation;
      report?.({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        file: event.sourceFile,
        line: event.lineNumber,
        page: event.documentURI,
        sample: event.sample,
      });
    });
  });
}

/**
 * The shared `test`: every page the test opens is watched. A request that would leave the
 * origin is blocked and fails the test, and so does any console error.
 */
export const test = base.extend<Guards>({
  foreignRequests: [
    async ({ context }, use) => {
      const foreign: string[] = [];
      await context.route(
        (url) => !isLoopback(url.href),
        (route) => {
          foreign.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      await use(foreign);
      expect(foreign, 'Anfragen an fremde Hosts (nur die eigene Origin ist erlaubt)').toEqual([]);
    },
    { auto: true },
  ],
  // The suite runs with the policy enforced (scripts/serve.mjs sends the build's _headers, each page
  // carries the <meta> copy); any violation fails the test and names directive, source and file.
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await recordCspViolations(context, (violation) => violations.push(describeViolation(violation)));
      await use(violations);
      expect(violations, 'Verstöße gegen die Content-Security-Policy').toEqual([]);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await use(errors);
      expect(errors, 'Konsolenfehler').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * What the page put on the clipboard, by either way of copying (Clipboard API or
 * `execCommand('copy')`), as recorded by recordCopies. The system clipboard itself is shared by the
 * parallel workers' browsers (a test read another worker's link in CI), so tests read this record;
 * writes are asynchronous, so poll it.
 */
export const copiedText = (page: Page): Promise<string> =>
  page.evaluate(() => (window as unknown as { __copied?: string }).__copied ?? '');

/** Records every text the page copies (read it with copiedText); call before the page loads. */
export async function recordCopies(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = (text: string) => ((window as unknown as { __copied?: string }).__copied = text);
    const write = Clipboard.prototype.writeText;
    Clipboard.prototype.writeText = function (text: string) {
      return write.call(this, text).then(() => void record(text));
    };
    // Without navigator.clipboard the page copies through execCommand: the copy event.
    document.addEventListener('copy', () => {
      const field = document.activeElement;
      record(
        field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement
          ? field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0)
          : String(document.getSelection() ?? ''),
      );
    });
  });
}

/** Opens Starlight's search dialog, types a query and returns the result titles in order. */
export async function search(page: Page, query: string): Promise<{ title: string; href: string }[]> {
  // A click before the search button's script has run opens nothing (seen offline in CI): retry.
  await expect(async () => {
    if (!(await page.locator('dialog[open]').count())) {
      await page.getByRole('button', { name: 'Suchen' }).click();
    }
    await expect(page.locator('dialog[open]')).toHaveCount(1, { timeout: 2_000 });
  }).toPass();
  const input = page.getByRole('textbox', { name: 'Suchen' });
  await input.fill(query);
  const results = page.locator('.pagefind-ui__result');
  await expect(page.locator('.pagefind-ui__message')).toContainText(query);
  // Pagefind shows placeholders while it loads each result's data.
  await expect(results.first()).toBeVisible();
  await expect(page.locator('.pagefind-ui__results .pagefind-ui__loading')).toHaveCount(0);
  return results.evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link');
      return { title: link?.textContent?.trim() ?? '', href: link?.getAttribute('href') ?? '' };
    }),
  );
}
