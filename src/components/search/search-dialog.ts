/**
 * The `<site-search>` element of Search.astro: opens and closes the dialog (button, Ctrl/⌘+K,
 * Escape, a click outside or on a result), creates Pagefind's UI once the page is idle, with German
 * strings, the query processing of src/lib/search/query.ts (synonyms, typos, compounds), clean
 * excerpts and the highlight parameter, and wires arrow-key navigation (result-keys.ts). Adapted
 * from Starlight 0.42's Search.astro script.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { joinCompounds } from '../../lib/search/compounds.ts';
import { cleanExcerpt } from '../../lib/search/excerpt.ts';
import { parseLexicon, processQuery, type SearchLexicon } from '../../lib/search/query.ts';
import { HIGHLIGHT_PARAM } from '../../lib/search/strings.ts';
import { clearHits } from './hit-highlight.ts';
import { resultKeys } from './result-keys.ts';

interface Result {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: Array<{ url: string; title: string; excerpt: string }>;
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

class SiteSearch extends HTMLElement {
  #lexicon: SearchLexicon | undefined;
  /** Builds the Pagefind UI once: when the page is idle after loading, or at the first open. */
  #start: () => void = () => {};

  constructor() {
    super();
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const dialogFrame = this.querySelector('.dialog-frame')!;

    /** Close the modal if a user clicks on a link or outside of the modal. */
    const onClick = (event: MouseEvent) => {
      const isLink = 'href' in (event.target || {});
      if (
        isLink ||
        (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))
      ) {
        closeModal();
      }
    };
    const openModal = (event?: MouseEvent) => {
      // Opened before the page was idle (or idle never came): the search box is built now.
      this.#start();
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      this.querySelector('input')?.focus();
      event?.stopPropagation();
      window.addEventListener('click', onClick);
    };
    const closeModal = () => dialog.close();

    openBtn.addEventListener('click', openModal);
    openBtn.disabled = false;
    closeBtn.addEventListener('click', closeModal);
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });
    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
        if (dialog.open) closeModal();
        else openModal();
        event.preventDefault();
      }
    });

    let translations = {};
    try {
      translations = JSON.parse(this.dataset.translations || '{}');
    } catch {
      // Stock Starlight ignores broken translations too; Pagefind then shows its own strings.
    }
    const shouldStrip = this.dataset.stripTrailingSlash !== undefined;
    const formatURL = shouldStrip
      ? (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2')
      : (path: string) => path;

    let started = false;
    this.#start = () => {
      if (started || import.meta.env.DEV) return;
      started = true;
      void (async () => {
        void this.#loadLexicon();
        // @ts-expect-error — Missing types for @pagefind/default-ui package.
        const { PagefindUI } = await import('@pagefind/default-ui');
        // The page may have gone while the UI loaded (its document replaced, e.g. by document.open):
        // then there is no box to build in, and Pagefind would log an error.
        const box = this.querySelector<HTMLElement>('#starlight__search');
        if (!this.isConnected || !box) return;
        new PagefindUI({
          ...pagefindUserConfig,
          element: box,
          baseUrl: import.meta.env.BASE_URL,
          bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
          showImages: false,
          translations,
          showSubResults: true,
          highlightParam: HIGHLIGHT_PARAM,
          processTerm: (term: string) => (this.#lexicon ? processQuery(term, this.#lexicon) : term),
          processResult: (result: Result) => {
            // Titles and excerpts come from the index text, whose compounds carry hyphens.
            const asWritten = (text: string) =>
              this.#lexicon ? joinCompounds(text, this.#lexicon.words) : text;
            const excerpt = (html: string) => cleanExcerpt(asWritten(html));
            result.url = formatURL(result.url);
            result.excerpt = excerpt(result.excerpt);
            if (result.meta.title) result.meta.title = asWritten(result.meta.title);
            result.sub_results = result.sub_results.map((sub) => ({
              ...sub,
              url: formatURL(sub.url),
              title: asWritten(sub.title),
              excerpt: excerpt(sub.excerpt),
            }));
          },
        });
        this.#wireKeys();
      })();
    };
    const onIdle = window.requestIdleCallback || ((callback: () => void) => setTimeout(callback, 1));
    const whenIdle = () => onIdle(() => this.#start());
    if (document.readyState === 'loading') window.addEventListener('DOMContentLoaded', whenIdle);
    else whenIdle();
  }

  /** The query lexicon the build wrote next to the index (synonyms, vocabulary). */
  async #loadLexicon() {
    try {
      const response = await fetch(`${BASE}search-lexicon.json`);
      if (response.ok) this.#lexicon = parseLexicon(await response.text());
    } catch {
      // Without it, queries go to Pagefind as typed: search still works, only less forgiving.
    }
  }

  #wireKeys() {
    const input = this.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
    const results = this.querySelector<HTMLElement>('#starlight__search');
    if (!input || !results) return;
    input.setAttribute('aria-describedby', 'search-keyboard-hint');
    resultKeys(input, results);
    input.addEventListener('input', clearHits, { once: true });
  }
}
customElements.define('site-search', SiteSearch);
