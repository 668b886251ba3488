/**
 * The lecture's second window, in the browser: keeps the deck, its black screen, its live labs
 * (settings and playback buttons) and its opened model answers in sync with the other windows of the same deck (deck-sync.ts), opens the presenter view (`P` or the
 * link), and in the presenter view (`?ansicht=referent`) shows the next slide, the notes, a timer
 * and the clock next to the live deck. Runs on every deck page; the panel is PresenterMode.astro.
 */
import {
  applyLabState,
  controlLab,
  LAB_PLAYBACK_EVENT,
  prefixOf,
  LAB_STATE_EVENT,
  withLabQuery,
  type LabPlaybackDetail,
  type LabStateDetail,
} from '../lab/labEvents.ts';
import { replaceQuery } from '../lab/urlState.ts';
import { connectDeckSync, type DeckSync } from '../../lib/presenter/deck-sync.ts';
import {
  durationIso,
  elapsedMs,
  formatClock,
  formatDuration,
  parseTimer,
  pauseTimer,
  resetTimer,
  startTimer,
  type TimerState,
} from '../../lib/presenter/timer.ts';
import { channelName, type SyncMessage } from '../../lib/presenter/sync-protocol.ts';
import { SLIDE_WIDTH_PX } from '../../lib/slides/runtime/fit.ts';
import { keyAction } from '../../lib/slides/runtime/keys.ts';
import { isPresenterView, presenterHref, presenterWindowName, stillCopy } from '../../lib/presenter/view.ts';

/** What the presenter mode needs from the deck runtime (src/lib/slides/runtime). */
export interface DeckHandle {
  element: HTMLElement;
  slides: readonly HTMLElement[];
  readonly index: number;
  goTo(index: number, options?: { source?: string }): void;
  /** Runs a deck action as its key does ('black' toggles the black screen). */
  act(action: 'black'): void;
}

/** Whether the deck shows its black screen (the runtime marks the deck `data-deck-black`). */
const isBlack = (deck: DeckHandle) => 'deckBlack' in deck.element.dataset;

/** The `source` this module passes to the runtime, so it does not report its own moves back. */
const SOURCE = 'sync';

const $ = <T extends Element>(root: ParentNode, selector: string) => root.querySelector<T>(selector);

/**
 * Starts the presenter mode on a running deck.
 *
 * @example
 * onDeck(startPresenterMode);
 */
export function startPresenterMode(deck: DeckHandle): void {
  const presenter = isPresenterView(location.search);
  const panel = $<HTMLElement>(document, '[data-presenter]');
  const answers = syncAnswers(deck, (change) => sync.change(change));
  const sync = connectDeckSync({
    path: location.pathname,
    role: presenter ? 'presenter' : 'audience',
    initial: { slide: deck.index, black: isBlack(deck), labs: {}, answers: answers.open() },
    onRemote: ({ state, changed, playback }) => {
      if (changed.slide) deck.goTo(state.slide, { source: SOURCE });
      if (changed.black && isBlack(deck) !== state.black) deck.act('black');
      for (const prefix of changed.labs) followLab(prefix, state.labs[prefix] ?? '');
      if (playback) controlLab(playback);
      // A late window gets every open answer at once (state), later ones one by one.
      for (const index of changed.answers) answers.follow({ index, open: state.answers.includes(index) });
    },
    onPeer: (message) => {
      if (panel && presenter) showPeer(panel, message);
    },
  });

  deck.element.addEventListener('slidechange', (event) => {
    const detail = (event as CustomEvent<{ index: number; source?: string }>).detail;
    if (detail.source !== SOURCE) sync.change({ type: 'slide', slide: detail.index });
  });
  // Following the other window reports the same value back here, which the sync drops as no change.
  deck.element.addEventListener('deckmode', (event) => {
    const detail = (event as CustomEvent<{ black: boolean }>).detail;
    sync.change({ type: 'black', black: detail.black });
  });
  followLabs(sync);
  // A playback button pressed here is pressed in the other windows too; a press that came from there
  // is not announced again (PlaybackControls), so nothing echoes.
  window.addEventListener(LAB_PLAYBACK_EVENT, (event) => {
    const { lab, action } = (event as CustomEvent<LabPlaybackDetail>).detail;
    sync.change({ type: 'playback', lab, action });
  });
  wireExperimentLinks(deck, sync);
  wireOpenLinks(deck);
  if (presenter && panel) startPresenterView(deck, panel, sync);
}

/**
 * A model answer („Musterantwort anzeigen“, „Auflösung“: a `<details>` on a slide) opened or closed
 * in one window opens or closes in the others. The windows show the same deck, so a details
 * element is named by its place among the deck's. Following a remote change fires `toggle` here
 * too; that one is not reported back (no echo).
 */
function syncAnswers(
  deck: DeckHandle,
  report: (change: { type: 'answer'; index: number; open: boolean }) => void,
): { follow: (answer: { index: number; open: boolean }) => void; open: () => number[] } {
  // The build's answers only: a live lab's own controls render and re-render in each window apart.
  const all = [
    ...deck.element.querySelectorAll<HTMLDetailsElement>(
      '[data-slide] :is(details.self-check-answer, details.lab-experiment-explanation)',
    ),
  ];
  const followed = new Map<HTMLDetailsElement, boolean>();
  all.forEach((details, index) => {
    details.addEventListener('toggle', () => {
      if (followed.get(details) === details.open) {
        followed.delete(details);
        return;
      }
      followed.delete(details);
      report({ type: 'answer', index, open: details.open });
    });
  });
  return {
    open: () => all.flatMap((details, index) => (details.open ? [index] : [])),
    follow({ index, open }) {
      const details = all[index];
      if (!details || details.open === open) return;
      followed.set(details, open);
      details.open = open;
    },
  };
}

/** Puts another window's lab settings into this window's address and into its lab, if one runs. */
function followLab(prefix: string, query: string): void {
  replaceQuery(withLabQuery(location.search, prefix, query));
  applyLabState({ prefix, query });
}

/**
 * Reports each lab's changes. A lab that starts up in this window while the other window already
 * runs it with other settings takes those (the newcomer follows), instead of resetting the other.
 */
function followLabs(sync: DeckSync): void {
  const started = new Set<string>();
  window.addEventListener(LAB_STATE_EVENT, (event) => {
    const { prefix, query } = (event as CustomEvent<LabStateDetail>).detail;
    const first = !started.has(prefix);
    started.add(prefix);
    const known = sync.state().labs[prefix];
    if (first && known !== undefined && known !== query) followLab(prefix, known);
    else sync.change({ type: 'lab', prefix, query });
  });
}

/**
 * „Versuch N laden“ on a slide loads the scenario in place and goes to the lab's slide, in this
 * window and the others, instead of reloading the page (which dropped the presenter view, review
 * L7-2). The lab takes the scenario when it runs, or from the address when it starts.
 */
function wireExperimentLinks(deck: DeckHandle, sync: DeckSync): void {
  deck.element.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a.lab-experiment-link') : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    const url = new URL(link.href, location.href);
    const prefix = prefixOf(url.search);
    const id = decodeURIComponent(url.hash.slice(1));
    const target = deck.slides.findIndex(
      (slide) => slide.id === id || slide.querySelector(`[id="${CSS.escape(id)}"]`),
    );
    if (url.origin !== location.origin || url.pathname !== location.pathname || !prefix || target < 0) return;
    event.preventDefault();
    // The other windows first: a lab that starts later in one of them takes the known settings.
    sync.change({ type: 'lab', prefix, query: url.search });
    followLab(prefix, url.search);
    deck.goTo(target, { source: 'click' });
  });
}

/** `P` and the link open (or bring forward) the presenter view in its own window. */
function wireOpenLinks(deck: DeckHandle): void {
  const line = document.querySelector('.presenter-open-line');
  const controls = deck.element.querySelector('.deck-controls');
  const link = line?.querySelector('a');
  if (isPresenterView(location.search)) line?.remove();
  else if (line && controls && link) {
    // Next to the deck's own buttons, where a presenter looks for it.
    controls.insertBefore(link, controls.querySelector('.deck-page-link'));
    line.remove();
  }
  const links = document.querySelectorAll<HTMLAnchorElement>('[data-presenter-open]');
  const href = () => presenterHref(location.pathname, location.search, location.hash);
  const open = (event?: Event) => {
    for (const link of links) link.href = href();
    const opened = window.open(href(), presenterWindowName(location.pathname), 'popup,width=1280,height=800');
    // A blocked pop-up leaves the link to do its job (a new tab).
    if (opened) {
      event?.preventDefault();
      opened.focus();
    }
  };
  for (const link of links) link.addEventListener('click', open);
  if (isPresenterView(location.search)) return;
  // On the document, like the deck's other keys: right after the deck opens nothing has the focus.
  document.addEventListener('keydown', (event) => {
    if (keyAction(event) !== 'presenter') return;
    const target = event.target instanceof Element ? event.target : null;
    // Outside the deck (the site's header, its search) the key keeps its usual meaning.
    if (target && target !== document.body && !deck.element.contains(target)) return;
    if (target?.closest('input, select, textarea, [contenteditable]')) return;
    event.preventDefault();
    open();
  });
}

/** In the presenter view, says whether the audience's window is there. */
function showPeer(panel: HTMLElement, message: SyncMessage): void {
  const status = $<HTMLElement>(panel, '[data-peer]');
  if (status && message.role === 'audience' && status.dataset.peer !== 'yes') {
    status.dataset.peer = 'yes';
    status.textContent = 'Publikumsfenster verbunden';
  }
}

/** The presenter view's panel: position, next slide, notes, timer and clock. */
function startPresenterView(deck: DeckHandle, panel: HTMLElement, sync: DeckSync): void {
  document.documentElement.classList.add('presenter-view');
  panel.hidden = false;
  document.title = `Referentenansicht – ${document.title}`;
  if (!sync.connected) {
    const status = $<HTMLElement>(panel, '[data-peer]');
    if (status)
      status.textContent = 'Dieser Browser kann die Fenster nicht verbinden (kein BroadcastChannel).';
  }
  const position = $<HTMLElement>(panel, '[data-position]');
  const next = $<HTMLElement>(panel, '[data-next]');
  const nextTitle = $<HTMLElement>(panel, '[data-next-title]');
  const notes = $<HTMLElement>(panel, '[data-notes]');
  const show = (index: number) => {
    const total = deck.slides.length;
    if (position) position.textContent = `Folie ${index + 1} von ${total}`;
    const following = deck.slides[index + 1];
    next?.replaceChildren(following ? slidePreview(following) : endNote());
    if (nextTitle) nextTitle.textContent = following?.getAttribute('aria-label') ?? '';
    const own = deck.slides[index]?.querySelector('[data-slide-notes]');
    const copy = own && own.textContent?.trim() ? stillCopy(own, 'notizen') : undefined;
    notes?.replaceChildren(...(copy ? [...copy.childNodes] : [noNotes()]));
  };
  show(deck.index);
  if (next) {
    const zoom = () =>
      next.style.setProperty('--presenter-next-zoom', String(next.clientWidth / SLIDE_WIDTH_PX));
    new ResizeObserver(zoom).observe(next);
    zoom();
  }
  deck.element.addEventListener('slidechange', (event) => {
    show((event as CustomEvent<{ index: number }>).detail.index);
  });
  wireTimer(panel, channelName(location.pathname));
}

/**
 * A still copy of a slide inside a deck-like frame, so the deck's own slide styles lay it out; the
 * frame's `--deck-scale` (presenter.css) zooms it to the pane.
 */
function slidePreview(slide: HTMLElement): HTMLElement {
  const frame = document.createElement('div');
  frame.className = 'deck presenter-next-deck';
  frame.dataset.deckJs = '';
  frame.dataset.deckReady = '';
  const copy = stillCopy(slide, 'naechste');
  copy.classList.add('is-current');
  copy.removeAttribute('aria-hidden');
  frame.append(copy);
  return frame;
}

function endNote(): HTMLElement {
  const p = document.createElement('p');
  p.className = 'presenter-end';
  p.textContent = 'Ende des Vortrags';
  return p;
}

function noNotes(): HTMLElement {
  const p = document.createElement('p');
  p.className = 'presenter-no-notes';
  p.textContent = 'Keine Notizen zu dieser Folie.';
  return p;
}

/**
 * The stopwatch and the clock. The display is a `timer` role, which screen readers do not read out
 * on their own; only pressing a button is announced (once, in the panel's status line).
 */
function wireTimer(panel: HTMLElement, key: string): void {
  const storageKey = `timer:${key}`;
  const display = $<HTMLTimeElement>(panel, '[data-timer]');
  const clock = $<HTMLTimeElement>(panel, '[data-clock]');
  const toggle = $<HTMLButtonElement>(panel, '[data-timer-toggle]');
  const reset = $<HTMLButtonElement>(panel, '[data-timer-reset]');
  const said = $<HTMLElement>(panel, '[data-timer-status]');
  let timer: TimerState = parseTimer(safeStorage()?.getItem(storageKey) ?? null);
  const render = () => {
    const now = Date.now();
    const ms = elapsedMs(timer, now);
    if (display) {
      display.textContent = formatDuration(ms);
      display.dateTime = durationIso(ms);
    }
    if (clock) {
      const date = new Date(now);
      clock.textContent = formatClock(date);
      clock.dateTime = date.toISOString();
    }
    if (toggle) {
      toggle.textContent =
        timer.since === null ? (ms > 0 ? 'Timer fortsetzen' : 'Timer starten') : 'Timer anhalten';
      toggle.setAttribute('aria-pressed', String(timer.since !== null));
    }
  };
  const set = (next: TimerState, message: string) => {
    timer = next;
    safeStorage()?.setItem(storageKey, JSON.stringify(timer));
    if (said) said.textContent = message;
    render();
  };
  toggle?.addEventListener('click', () =>
    timer.since === null
      ? set(startTimer(timer, Date.now()), 'Timer läuft.')
      : set(
          pauseTimer(timer, Date.now()),
          `Timer angehalten bei ${formatDuration(elapsedMs(timer, Date.now()))}.`,
        ),
  );
  reset?.addEventListener('click', () => set(resetTimer(timer, Date.now()), 'Timer auf null gesetzt.'));
  render();
  setInterval(render, 1000);
}

/** sessionStorage, or nothing where the browser refuses it (private mode, sandboxed frame). */
function safeStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
