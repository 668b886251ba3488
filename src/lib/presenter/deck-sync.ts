/**
 * One window's end of a lecture's channel (the messages are sync-protocol.ts): report local changes,
 * follow the other windows, and catch up on opening. A window that opens says `hello` and takes
 * over the first whole state it gets back. Without BroadcastChannel (very old browsers) the deck
 * works alone and only the presenter view says so.
 */
import {
  channelName,
  envelop,
  local,
  parseMessage,
  receive,
  type DeckState,
  type Reception,
  type SyncIntent,
  type SyncMessage,
  type WindowRole,
} from './sync-protocol.ts';

export interface DeckSyncOptions {
  /** The deck's path (location.pathname of the deck or its presenter view). */
  path: string;
  role: WindowRole;
  /** This window's state before anything arrives (its own deep link, say). */
  initial: DeckState;
  /** Called when another window changed something; move only what `changed` names. */
  onRemote: (reception: Reception) => void;
  /** Called for every valid message of another window (e.g. to show that the other window is there). */
  onPeer?: (message: SyncMessage) => void;
  /** For tests: the channel to use instead of a BroadcastChannel. */
  channel?: Pick<BroadcastChannel, 'postMessage' | 'close' | 'addEventListener'>;
  /** For tests: this window's id. */
  id?: string;
}

export interface DeckSync {
  /** Whether other windows can hear this one (false without BroadcastChannel). */
  readonly connected: boolean;
  /** The shared state as this window knows it. */
  state(): DeckState;
  /** Report a local change; sent only when it changes something. */
  change(change: Extract<SyncIntent, { type: 'slide' | 'black' | 'lab' | 'playback' | 'answer' }>): void;
  close(): void;
}

const randomId = () =>
  globalThis.crypto?.randomUUID?.() ?? `w${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;

/**
 * Joins the deck's channel and says hello.
 *
 * @example
 * const sync = connectDeckSync({ path: location.pathname, role: 'audience', initial, onRemote: ({ state, changed }) => { if (changed.slide) go(state.slide); } });
 * sync.change({ type: 'slide', slide: 4 });
 */
export function connectDeckSync(options: DeckSyncOptions): DeckSync {
  const id = options.id ?? randomId();
  const channel =
    options.channel ??
    (typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName(options.path)) : undefined);
  let state = options.initial;
  const send = (intent: SyncIntent) => channel?.postMessage(envelop(intent, id, options.role));
  channel?.addEventListener('message', (event) => {
    const message = parseMessage((event as MessageEvent).data);
    if (!message || message.from === id) return;
    options.onPeer?.(message);
    const reception = receive(state, id, message);
    state = reception.state;
    if (reception.reply) send(reception.reply);
    const { changed, playback } = reception;
    if (changed.slide || changed.black || changed.labs.length > 0 || changed.answers.length > 0 || playback)
      options.onRemote(reception);
  });
  send({ type: 'hello' });
  return {
    connected: channel !== undefined,
    state: () => state,
    change(change) {
      const next = local(state, change);
      state = next.state;
      if (next.send) send(next.send);
    },
    close() {
      channel?.close();
    },
  };
}
