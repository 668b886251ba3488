/**
 * Two window events that let code outside a lab follow and steer it without knowing which lab it
 * is: every lab announces its settings (its own URL keys, as a query string) after each change, and
 * follows settings applied from outside. The lecture mode uses them to keep a lab in sync between
 * the presenter's and the audience's window; a slide can start a guided experiment the same way.
 * The query goes through the lab's own reader, so applied settings meet the same German notes and
 * defaults as a shared link.
 */

/** Fired on `window` after a lab wrote its settings: detail `{ prefix, query }`. */
export const LAB_STATE_EVENT = 'lab:state';
/** Fire on `window` to set a lab's settings: detail `{ prefix, query }`. */
export const LAB_APPLY_EVENT = 'lab:apply';

export interface LabStateDetail {
  /** The lab's URL prefix, e.g. `lb-` or `c.`. */
  prefix: string;
  /** The lab's own keys as a query string (`?c.preset=belady`, `''` for the defaults). */
  query: string;
}

/**
 * The part of a query string that belongs to one lab (keys with its prefix), in their order.
 *
 * @example
 * labQuery('?x=1&c.size=8&lb-n=2', 'c.'); // '?c.size=8'
 * labQuery('?x=1', 'c.'); // ''
 */
export function labQuery(search: string, prefix: string): string {
  const own = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(search)) if (key.startsWith(prefix)) own.append(key, value);
  const text = own.toString().replaceAll('%2C', ',');
  return text === '' ? '' : `?${text}`;
}

/**
 * The lab's URL prefix from a scenario's first key (`?c.preset=belady` → `c.`).
 *
 * @example
 * prefixOf('?lb-preset=nat'); // 'lb-'
 * prefixOf('?x'); // undefined
 */
export function prefixOf(setup: string): string | undefined {
  return /^\?([a-z][a-z0-9]*[.-])/.exec(setup)?.[1];
}

/**
 * A query string with one lab's keys replaced by those of `query`; other keys stay.
 *
 * @example
 * withLabQuery('?x=1&c.size=8', 'c.', '?c.preset=belady'); // '?x=1&c.preset=belady'
 */
export function withLabQuery(search: string, prefix: string, query: string): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(prefix)) params.delete(key);
  for (const [key, value] of new URLSearchParams(query))
    if (key.startsWith(prefix)) params.append(key, value);
  const text = params.toString().replaceAll('%2C', ',');
  return text === '' ? '' : `?${text}`;
}

/**
 * Tells listeners that a lab now runs these settings.
 *
 * @example
 * announceLabState({ prefix: 'c.', query: '?c.preset=belady' });
 */
export function announceLabState(detail: LabStateDetail, target: EventTarget = window): void {
  target.dispatchEvent(new CustomEvent<LabStateDetail>(LAB_STATE_EVENT, { detail }));
}

/**
 * Asks the lab with this prefix (if one is on the page and running) to take these settings.
 *
 * @example
 * applyLabState({ prefix: 'lb-', query: '?lb-preset=nat' });
 */
export function applyLabState(detail: LabStateDetail, target: EventTarget = window): void {
  target.dispatchEvent(new CustomEvent<LabStateDetail>(LAB_APPLY_EVENT, { detail }));
}

/**
 * Calls `handler` with the detail of every `event` on `target` that `match` accepts; returns the
 * unsubscribe function. The one listener behind onLabApply and onLabControl: a detail that is
 * missing or malformed (another script's event of the same name) never reaches the handler.
 *
 * @example
 * const stop = listen(LAB_APPLY_EVENT, (d): d is LabStateDetail => d?.prefix === 'c.', (d) => log(d.query));
 * stop();
 */
export function listen<T>(
  event: string,
  match: (detail: unknown) => detail is T,
  handler: (detail: T) => void,
  target: EventTarget = window,
): () => void {
  const listener = (fired: Event) => {
    const detail: unknown = (fired as CustomEvent<unknown>).detail;
    if (match(detail)) handler(detail);
  };
  target.addEventListener(event, listener);
  return () => target.removeEventListener(event, listener);
}

/** Whether `detail` is an object whose `key` holds `value` (a detail from an untyped event). */
function hasField(detail: unknown, key: string, value: unknown): detail is Record<string, unknown> {
  return typeof detail === 'object' && detail !== null && (detail as Record<string, unknown>)[key] === value;
}

/**
 * Calls `handler` for every applied state meant for this lab; returns the unsubscribe function.
 *
 * @example
 * useEffect(() => onLabApply('c.', (query) => setState(read(query).state)), []);
 */
export function onLabApply(
  prefix: string,
  handler: (query: string) => void,
  target: EventTarget = window,
): () => void {
  return listen(
    LAB_APPLY_EVENT,
    (detail): detail is LabStateDetail =>
      hasField(detail, 'prefix', prefix) && typeof detail.query === 'string',
    (detail) => handler(detail.query),
    target,
  );
}

/** Fired on `window` when a reader pressed a playback button of a lab: detail `{ lab, action }`. */
export const LAB_PLAYBACK_EVENT = 'lab:playback';
/** Fire on `window` to press a lab's playback button from outside: detail `{ lab, action }`. */
export const LAB_CONTROL_EVENT = 'lab:control';

/** The playback buttons another window can press: Abspielen, Pause, Schritt, Zurücksetzen, Bis zum Ende. */
export const PLAYBACK_ACTIONS = ['play', 'pause', 'step', 'reset', 'end'] as const;
export type PlaybackAction = (typeof PLAYBACK_ACTIONS)[number];

export interface LabPlaybackDetail {
  /** The playback bar's id (PlaybackControls' `id`, e.g. `lb` or `c-run`): the same in every window. */
  lab: string;
  action: PlaybackAction;
}

/** Whether `value` is one of PLAYBACK_ACTIONS. */
export function isPlaybackAction(value: unknown): value is PlaybackAction {
  return (PLAYBACK_ACTIONS as readonly unknown[]).includes(value);
}

/**
 * Tells listeners that a reader pressed a playback button. Only a reader's press is announced, never
 * a press that came from outside (onLabControl): that is what keeps two windows from echoing.
 *
 * @example
 * announcePlayback({ lab: 'lb', action: 'play' });
 */
export function announcePlayback(detail: LabPlaybackDetail, target: EventTarget = window): void {
  target.dispatchEvent(new CustomEvent<LabPlaybackDetail>(LAB_PLAYBACK_EVENT, { detail }));
}

/**
 * Presses a playback button of the lab whose bar has this id (if one is on the page).
 *
 * @example
 * controlLab({ lab: 'lb', action: 'pause' });
 */
export function controlLab(detail: LabPlaybackDetail, target: EventTarget = window): void {
  target.dispatchEvent(new CustomEvent<LabPlaybackDetail>(LAB_CONTROL_EVENT, { detail }));
}

/**
 * Calls `handler` for every press from outside meant for this playback bar; returns the unsubscribe
 * function.
 *
 * @example
 * useEffect(() => onLabControl('lb', (action) => press(action)), []);
 */
export function onLabControl(
  lab: string,
  handler: (action: PlaybackAction) => void,
  target: EventTarget = window,
): () => void {
  return listen(
    LAB_CONTROL_EVENT,
    (detail): detail is LabPlaybackDetail => hasField(detail, 'lab', lab) && isPlaybackAction(detail.action),
    (detail) => handler(detail.action),
    target,
  );
}
