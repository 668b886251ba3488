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
  const listener = (event: Event) => {
    const detail = (event as CustomEvent<Partial<LabStateDetail>>).detail;
    if (detail?.prefix === prefix && typeof detail.query === 'string') handler(detail.query);
  };
  target.addEventListener(LAB_APPLY_EVENT, listener);
  return () => target.removeEventListener(LAB_APPLY_EVENT, listener);
}
