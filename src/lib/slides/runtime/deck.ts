/**
 * The deck runtime in the browser (our own, about 4 KB: the slides are already laid out by the
 * build, so all it does is show one, scale it, follow the keys and keep the address in step). It
 * finds the `.deck` element of a deck page, shows one slide at a time scaled to the 16:9 box, and
 * offers other modules (the presenter view) a small API: `onDeck((deck) => …)`, `deck.goTo(i)`,
 * `deck.index`, and a `slidechange` event on `deck.element`. See /work/notes/deck-api.md.
 */
import { deckAction, keyBelongsToTarget, type DeckAction } from './keys.ts';
import { fitSlide, SLIDE_WIDTH_PX } from './fit.ts';

export interface SlideChange {
  index: number;
  previous: number;
  id: string;
  total: number;
  /** Who moved: 'key', 'hash', 'click', 'api', 'start' or the caller's own tag. */
  source: string;
}

export interface DeckController {
  readonly element: HTMLElement;
  readonly slides: HTMLElement[];
  readonly index: number;
  goTo(index: number, options?: { source?: string }): void;
  next(options?: { source?: string }): void;
  prev(options?: { source?: string }): void;
  /** Runs a deck action (as the keys do): 'black', 'overview', 'help', 'fullscreen', … */
  act(action: DeckAction): void;
}

type Listener = (deck: DeckController) => void;
const waiting: Listener[] = [];
let started: DeckController | undefined;

/**
 * Calls `listener` with the page's deck once it has started (at once if it has).
 *
 * @example
 * onDeck((deck) => deck.element.addEventListener('slidechange', (e) => console.log(e.detail.index)));
 */
export function onDeck(listener: Listener): void {
  if (started) listener(started);
  else waiting.push(listener);
}

/** Starts the deck on this page (a no-op without one). */
export function startDeck(root: ParentNode = document): DeckController | undefined {
  const element = root.querySelector<HTMLElement>('[data-deck]');
  if (!element || started) return started;
  started = new Deck(element);
  for (const listener of waiting.splice(0)) listener(started);
  return started;
}

class Deck implements DeckController {
  readonly element: HTMLElement;
  readonly slides: HTMLElement[];
  #index = -1;
  readonly #viewport: HTMLElement;
  readonly #status: HTMLElement | null;
  readonly #counter: HTMLElement | null;
  readonly #progress: HTMLElement | null;
  readonly #help: HTMLDialogElement | null;

  constructor(element: HTMLElement) {
    this.element = element;
    this.slides = [...element.querySelectorAll<HTMLElement>('[data-slide]')];
    this.#viewport = element.querySelector<HTMLElement>('.deck-viewport') ?? element;
    this.#status = element.querySelector('[data-deck-status]');
    this.#counter = element.querySelector('[data-deck-counter]');
    this.#progress = element.querySelector('[data-deck-progress]');
    this.#help = element.querySelector('dialog[data-deck-help]');

    // Deck.astro's inline script has set data-deck-js while parsing (and CSS shows the first or the
    // linked slide); set here too for a deck that came without it.
    if (!('deckJs' in element.dataset)) element.dataset.deckJs = '';
    new ResizeObserver(() => this.#scale()).observe(this.#viewport);
    this.#scale();
    document.addEventListener('keydown', (event) => this.#onKey(event));
    window.addEventListener('hashchange', () => this.#fromHash('hash'));
    element.addEventListener('click', (event) => this.#onClick(event));
    // Focused with the mouse, the deck draws no focus frame for the audience, not even once the
    // keys turn the slides (Chromium then counts it as :focus-visible); Tab brings the frame back.
    element.addEventListener('pointerdown', () => (element.dataset.deckPointer = ''));
    document.addEventListener(
      'keydown',
      (event) => event.key === 'Tab' && delete element.dataset.deckPointer,
      {
        capture: true,
      },
    );
    this.#fromHash('start');
    if (this.#index < 0) this.goTo(0, { source: 'start' });
    // Last: from here on .is-current alone decides which slide shows (deck.css).
    element.dataset.deckReady = '';
  }

  get index(): number {
    return this.#index;
  }

  goTo(index: number, { source = 'api' }: { source?: string } = {}): void {
    const next = Math.max(0, Math.min(this.slides.length - 1, Math.trunc(index)));
    if (next === this.#index || Number.isNaN(next)) return;
    const previous = this.#index;
    this.#index = next;
    this.slides.forEach((slide, i) => {
      slide.classList.toggle('is-current', i === next);
      if (i === next) slide.removeAttribute('aria-hidden');
      else slide.setAttribute('aria-hidden', 'true');
    });
    const slide = this.slides[next];
    if (!slide) return;
    // From the first turn on, the slide that comes into view fades in (deck.css).
    if (source !== 'start') this.element.dataset.deckTurned = '';
    // A slide that held the focus is hidden now: the deck keeps it, so the keys go on working.
    if (
      document.activeElement &&
      document.activeElement !== this.element &&
      !slide.contains(document.activeElement) &&
      this.element.contains(document.activeElement) &&
      document.activeElement.closest('[data-slide]')
    )
      this.element.focus({ preventScroll: true });
    fitSlide(slide);
    const total = this.slides.length;
    if (this.#counter) this.#counter.textContent = `${next + 1} / ${total}`;
    this.#progress?.style.setProperty('--deck-progress', String((next + 1) / total));
    if (source !== 'start') {
      const title = slide.getAttribute('aria-label') ?? '';
      if (this.#status) this.#status.textContent = `Folie ${next + 1} von ${total}: ${title}`;
    }
    if (source !== 'hash' && source !== 'start') history.replaceState(history.state, '', `#${slide.id}`);
    const detail: SlideChange = { index: next, previous, id: slide.id, total, source };
    this.element.dispatchEvent(new CustomEvent('slidechange', { detail, bubbles: true }));
  }

  next(options?: { source?: string }): void {
    this.goTo(this.#index + 1, options);
  }

  prev(options?: { source?: string }): void {
    this.goTo(this.#index - 1, options);
  }

  act(action: DeckAction, source = 'api'): void {
    switch (action) {
      case 'next':
        return this.next({ source });
      case 'prev':
        return this.prev({ source });
      case 'first':
        return this.goTo(0, { source });
      case 'last':
        return this.goTo(this.slides.length - 1, { source });
      case 'fullscreen':
        return this.#toggleFullscreen();
      case 'black':
        return this.#toggle('deckBlack', !('deckBlack' in this.element.dataset));
      case 'overview':
        return this.#toggle('deckOverview', !('deckOverview' in this.element.dataset));
      case 'help':
        return this.#showHelp();
      case 'escape':
        this.#toggle('deckBlack', false);
        this.#toggle('deckOverview', false);
        return;
    }
  }

  /** The slide named by the address: a slide's id, or any element inside a slide (a figure, a question). */
  #fromHash(source: string): void {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    const target = document.getElementById(id);
    const slide = target?.closest<HTMLElement>('[data-slide]');
    const index = slide ? this.slides.indexOf(slide) : -1;
    if (index >= 0) this.goTo(index, { source });
  }

  #onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || this.#help?.open) return;
    const action = deckAction(event);
    if (!action) return;
    const target = event.target instanceof Element ? event.target : null;
    if (keyBelongsToTarget(target, event.key)) return;
    // Outside the deck (the site's header, its search) keys keep their usual meaning.
    if (target && target !== document.body && !this.element.contains(target)) return;
    if (
      action === 'escape' &&
      !('deckBlack' in this.element.dataset) &&
      !('deckOverview' in this.element.dataset)
    )
      return;
    event.preventDefault();
    this.act(action, 'key');
  }

  #onClick(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target : null;
    const control = target?.closest<HTMLElement>('[data-deck-action]');
    if (control) {
      this.act(control.dataset.deckAction as DeckAction, 'click');
      return;
    }
    if ('deckOverview' in this.element.dataset) {
      const slide = target?.closest<HTMLElement>('[data-slide]');
      if (!slide) return;
      event.preventDefault();
      this.#toggle('deckOverview', false);
      this.goTo(this.slides.indexOf(slide), { source: 'click' });
    }
  }

  #toggle(flag: 'deckBlack' | 'deckOverview', on: boolean): void {
    if (on === flag in this.element.dataset) return;
    if (on) this.element.dataset[flag] = '';
    else delete this.element.dataset[flag];
    const what = flag === 'deckBlack' ? 'Schwarzbild' : 'Übersicht aller Folien';
    if (this.#status) this.#status.textContent = `${what} ${on ? 'an' : 'aus'}`;
    if (flag === 'deckOverview') {
      for (const slide of this.slides) {
        if (on) slide.setAttribute('tabindex', '0');
        else slide.removeAttribute('tabindex');
        if (on) slide.removeAttribute('aria-hidden');
        else if (!slide.classList.contains('is-current')) slide.setAttribute('aria-hidden', 'true');
      }
      if (on) this.slides[this.#index]?.focus();
      else this.element.focus({ preventScroll: true });
    }
    this.element.dispatchEvent(
      new CustomEvent('deckmode', {
        detail: {
          black: 'deckBlack' in this.element.dataset,
          overview: 'deckOverview' in this.element.dataset,
        },
        bubbles: true,
      }),
    );
  }

  #showHelp(): void {
    if (!this.#help) return;
    this.#help.showModal();
  }

  #toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else if (this.element.requestFullscreen) {
      // In an iframe without allow="fullscreen" the browser refuses; the deck simply stays as it is.
      void this.element.requestFullscreen().catch(() => {
        if (this.#status) this.#status.textContent = 'Vollbild ist hier nicht erlaubt.';
      });
    }
  }

  #scale(): void {
    const width = this.#viewport.clientWidth;
    if (width > 0) this.element.style.setProperty('--deck-scale', String(width / SLIDE_WIDTH_PX));
    const slide = this.slides[this.#index];
    if (slide) fitSlide(slide);
  }
}
