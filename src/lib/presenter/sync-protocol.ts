import { isPlaybackAction, type PlaybackAction } from '../../components/lab/labEvents.ts';

/**
 * The messages between the windows of one lecture (the audience's deck and the presenter view),
 * sent over a BroadcastChannel: which slide is shown, whether the screen is black, each live
 * lab's settings, the playback buttons pressed in a lab (Abspielen, Pause, …) and the model
 * answers opened or closed on a slide („Musterantwort anzeigen“, „Auflösung“). Works offline and
 * without a server; a channel is scoped to one deck under one base path, so two decks (or two copies
 * of the site) never steer each other. A window that opens late says `hello`, every other window
 * answers with its whole `state` (slide, black screen, labs with a loaded experiment, open answers),
 * and the newcomer catches up.
 * Pure functions: the browser side (presenter-sync.ts) only moves messages.
 */

/** Which window sent a message. */
export type WindowRole = 'audience' | 'presenter';

/** What the windows of one lecture share. */
export interface DeckState {
  /** 0-based index of the slide shown. */
  slide: number;
  /** The black screen (`B`) is on. */
  black: boolean;
  /** Each live lab's own URL keys as a query string, by the lab's prefix (`c.` → `?c.preset=belady`). */
  labs: Record<string, string>;
  /** The open model answers: places among the deck's answer `<details>`, ascending. */
  answers: readonly number[];
}

interface Envelope {
  /** Protocol version; messages of another version are ignored. */
  v: typeof PROTOCOL_VERSION;
  /** Random id of the sending window (a window ignores its own messages). */
  from: string;
  role: WindowRole;
}

export type SyncMessage = Envelope &
  (
    | { type: 'hello' }
    | { type: 'state'; state: DeckState }
    | { type: 'slide'; slide: number }
    | { type: 'black'; black: boolean }
    | { type: 'lab'; prefix: string; query: string }
    | { type: 'playback'; lab: string; action: PlaybackAction }
    | { type: 'answer'; index: number; open: boolean }
  );

/** A message without its envelope, as the caller means it. */
export type SyncIntent =
  | { type: 'hello' }
  | { type: 'state'; state: DeckState }
  | { type: 'slide'; slide: number }
  | { type: 'black'; black: boolean }
  | { type: 'lab'; prefix: string; query: string }
  | { type: 'playback'; lab: string; action: PlaybackAction }
  /** A `<details>` of the deck (its place among the deck's `details`) opened or closed. */
  | { type: 'answer'; index: number; open: boolean };

export const PROTOCOL_VERSION = 1;

/** More slides than any deck has: a bound that keeps a garbled index out of the runtime. */
export const MAX_SLIDES = 10_000;

const ROLES: readonly WindowRole[] = ['audience', 'presenter'];
// A lab prefix is short and plain (`lb-`, `c.`, `q.`); a query is one lab's keys, never a page.
const PREFIX_PATTERN = /^[a-z][a-z0-9]{0,7}[.-]$/;
const MAX_QUERY_LENGTH = 2000;
// A playback bar's id (PlaybackControls): `lb`, `c-run`, `q-play`.
const PLAYBACK_ID_PATTERN = /^[a-z][a-z0-9-]{0,23}$/;

/**
 * The BroadcastChannel name of a deck: its path (which includes the base path) without the
 * presenter view's own suffix, so the deck and its presenter view meet on one channel and no other
 * deck hears them.
 *
 * @example
 * channelName('/se/kapitel-2/vortrag/systemdesign/caching/'); // 'vortrag:/se/kapitel-2/vortrag/systemdesign/caching/'
 * channelName('/vortrag/caching/referent/'); // 'vortrag:/vortrag/caching/'
 */
export function channelName(deckPath: string): string {
  const path = deckPath.replace(/[?#].*$/, '').replace(/\/?$/, '/');
  return `vortrag:${path.replace(/referent\/$/, '')}`;
}

/** A slide index that the runtime can trust, or undefined. */
function slideIndex(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < MAX_SLIDES
    ? value
    : undefined;
}

function labEntry(prefix: unknown, query: unknown): [string, string] | undefined {
  if (typeof prefix !== 'string' || !PREFIX_PATTERN.test(prefix)) return undefined;
  if (typeof query !== 'string' || query.length > MAX_QUERY_LENGTH) return undefined;
  if (query !== '' && !query.startsWith('?')) return undefined;
  // Only the lab's own keys travel: anything else in the query could change another part of the page.
  const keys = [...new URLSearchParams(query).keys()];
  return keys.every((key) => key.startsWith(prefix)) ? [prefix, query] : undefined;
}

/** Open answers: distinct valid indices, ascending; a window of an older build sends none. */
function answerList(value: unknown): number[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_SLIDES) return undefined;
  const indices = value.map(slideIndex);
  if (indices.some((index) => index === undefined)) return undefined;
  return [...new Set(indices as number[])].sort((a, b) => a - b);
}

/** The open answers with one opened or closed. */
function withAnswer(answers: readonly number[], index: number, open: boolean): number[] {
  const others = answers.filter((each) => each !== index);
  return open ? [...others, index].sort((a, b) => a - b) : others;
}

function deckState(value: unknown): DeckState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { slide, black, labs, answers: rawAnswers } = value as Record<string, unknown>;
  const index = slideIndex(slide);
  if (index === undefined || typeof black !== 'boolean') return undefined;
  if (typeof labs !== 'object' || labs === null || Array.isArray(labs)) return undefined;
  const checked: Record<string, string> = {};
  for (const [prefix, query] of Object.entries(labs)) {
    const entry = labEntry(prefix, query);
    if (!entry) return undefined;
    checked[entry[0]] = entry[1];
  }
  const answers = answerList(rawAnswers);
  return answers ? { slide: index, black, labs: checked, answers } : undefined;
}

/**
 * Checks a message from another window; anything malformed, from another protocol version or
 * another kind of sender is dropped (undefined), never thrown: a channel is open to every page of
 * the origin.
 *
 * @example
 * parseMessage({ v: 1, from: 'a1', role: 'presenter', type: 'slide', slide: 3 }); // { …, slide: 3 }
 * parseMessage({ v: 1, from: 'a1', role: 'presenter', type: 'slide', slide: -1 }); // undefined
 */
export function parseMessage(data: unknown): SyncMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const raw = data as Record<string, unknown>;
  if (raw.v !== PROTOCOL_VERSION) return undefined;
  if (typeof raw.from !== 'string' || raw.from === '' || raw.from.length > 64) return undefined;
  if (!ROLES.includes(raw.role as WindowRole)) return undefined;
  const envelope: Envelope = { v: PROTOCOL_VERSION, from: raw.from, role: raw.role as WindowRole };
  switch (raw.type) {
    case 'hello':
      return { ...envelope, type: 'hello' };
    case 'state': {
      const state = deckState(raw.state);
      return state ? { ...envelope, type: 'state', state } : undefined;
    }
    case 'slide': {
      const slide = slideIndex(raw.slide);
      return slide === undefined ? undefined : { ...envelope, type: 'slide', slide };
    }
    case 'black':
      return typeof raw.black === 'boolean' ? { ...envelope, type: 'black', black: raw.black } : undefined;
    case 'lab': {
      const entry = labEntry(raw.prefix, raw.query);
      return entry ? { ...envelope, type: 'lab', prefix: entry[0], query: entry[1] } : undefined;
    }
    case 'playback':
      return typeof raw.lab === 'string' && PLAYBACK_ID_PATTERN.test(raw.lab) && isPlaybackAction(raw.action)
        ? { ...envelope, type: 'playback', lab: raw.lab, action: raw.action }
        : undefined;
    case 'answer': {
      // The same bound as a slide's index: a deck has fewer answers than slides.
      const index = slideIndex(raw.index);
      return index !== undefined && typeof raw.open === 'boolean'
        ? { ...envelope, type: 'answer', index, open: raw.open }
        : undefined;
    }
    default:
      return undefined;
  }
}

/** What a window does with a message: its new state, and a message to send back (if any). */
export interface Reception {
  state: DeckState;
  /**
   * What changed, so the runtime moves only what it must; `answers`: the answers to open or close
   * (whether open: `state.answers`).
   */
  changed: { slide: boolean; black: boolean; labs: string[]; answers: number[] };
  /** A playback button pressed in the other window, to press here too (an event, not state). */
  playback?: { lab: string; action: PlaybackAction };
  reply?: SyncIntent;
}

/**
 * Applies a message from another window to this window's state. `hello` is answered with the whole
 * state; `state` is taken over as a whole (a late window catches up, open answers included); the
 * rest changes one thing. Messages from this window itself change nothing.
 *
 * @example
 * receive({ slide: 0, black: false, labs: {}, answers: [] }, 'me', { v: 1, from: 'p', role: 'presenter', type: 'slide', slide: 4 });
 * // { state: { slide: 4, black: false, labs: {}, answers: [] }, changed: { slide: true, black: false, labs: [], answers: [] } }
 */
export function receive(state: DeckState, self: string, message: SyncMessage): Reception {
  const none = { slide: false, black: false, labs: [] as string[], answers: [] as number[] };
  if (message.from === self) return { state, changed: none };
  switch (message.type) {
    case 'hello':
      return { state, changed: none, reply: { type: 'state', state } };
    case 'state': {
      const next = message.state;
      const labs = Object.keys(next.labs).filter((prefix) => next.labs[prefix] !== state.labs[prefix]);
      const answers = [...new Set([...state.answers, ...next.answers])]
        .filter((index) => state.answers.includes(index) !== next.answers.includes(index))
        .sort((a, b) => a - b);
      return {
        state: {
          slide: next.slide,
          black: next.black,
          labs: { ...state.labs, ...next.labs },
          answers: next.answers,
        },
        changed: { slide: next.slide !== state.slide, black: next.black !== state.black, labs, answers },
      };
    }
    case 'slide':
      return {
        state: { ...state, slide: message.slide },
        changed: { ...none, slide: message.slide !== state.slide },
      };
    case 'black':
      return {
        state: { ...state, black: message.black },
        changed: { ...none, black: message.black !== state.black },
      };
    case 'lab': {
      const same = state.labs[message.prefix] === message.query;
      return {
        state: { ...state, labs: { ...state.labs, [message.prefix]: message.query } },
        changed: { ...none, labs: same ? [] : [message.prefix] },
      };
    }
    case 'playback':
      return { state, changed: none, playback: { lab: message.lab, action: message.action } };
    case 'answer': {
      const same = state.answers.includes(message.index) === message.open;
      return {
        state: { ...state, answers: withAnswer(state.answers, message.index, message.open) },
        changed: { ...none, answers: same ? [] : [message.index] },
      };
    }
  }
}

/**
 * A local change (a key press, a lab's new settings) as the next state and the message to send;
 * no message when nothing changed, which is what keeps two windows from echoing each other forever:
 * the window that followed a message reports the same value back to itself and stays quiet. A
 * playback press is an event and always goes out; the window that follows it does not announce it
 * again (PlaybackControls), so it does not echo either.
 *
 * @example
 * local({ slide: 2, black: false, labs: {}, answers: [] }, { type: 'slide', slide: 3 }); // { state: { slide: 3, … }, send: { type: 'slide', slide: 3 } }
 * local({ slide: 3, black: false, labs: {}, answers: [] }, { type: 'slide', slide: 3 }); // { state: { slide: 3, … } }
 */
export function local(
  state: DeckState,
  change: Extract<SyncIntent, { type: 'slide' | 'black' | 'lab' | 'playback' | 'answer' }>,
): { state: DeckState; send?: SyncIntent } {
  switch (change.type) {
    case 'playback':
      return { state, send: change };
    case 'answer':
      return state.answers.includes(change.index) === change.open
        ? { state }
        : {
            state: { ...state, answers: withAnswer(state.answers, change.index, change.open) },
            send: change,
          };
    case 'slide':
      return change.slide === state.slide
        ? { state }
        : { state: { ...state, slide: change.slide }, send: change };
    case 'black':
      return change.black === state.black
        ? { state }
        : { state: { ...state, black: change.black }, send: change };
    case 'lab':
      return state.labs[change.prefix] === change.query
        ? { state }
        : { state: { ...state, labs: { ...state.labs, [change.prefix]: change.query } }, send: change };
  }
}

/**
 * Wraps an intent in the envelope of this window.
 *
 * @example
 * envelop({ type: 'hello' }, 'a1', 'audience'); // { v: 1, from: 'a1', role: 'audience', type: 'hello' }
 */
export function envelop(intent: SyncIntent, from: string, role: WindowRole): SyncMessage {
  return { v: PROTOCOL_VERSION, from, role, ...intent };
}
