// The window events through which a lab announces and takes settings (src/components/lab/labEvents.ts):
// only the lab's own keys travel, the rest of the address stays, and only the addressed lab listens.
import { describe, expect, it } from 'vitest';
import {
  announceLabState,
  announcePlayback,
  applyLabState,
  controlLab,
  LAB_PLAYBACK_EVENT,
  onLabControl,
  labQuery,
  LAB_APPLY_EVENT,
  listen,
  LAB_STATE_EVENT,
  onLabApply,
  withLabQuery,
} from '../../../src/components/lab/labEvents.ts';

describe('lab queries', () => {
  it('take one lab’s keys out of an address and put them back', () => {
    expect(labQuery('?x=1&c.size=8&lb-n=2&c.policy=lru', 'c.')).toBe('?c.size=8&c.policy=lru');
    expect(labQuery('?x=1', 'c.')).toBe('');
    expect(labQuery('?lb-weights=4,1,1', 'lb-')).toBe('?lb-weights=4,1,1');
    expect(withLabQuery('?x=1&c.size=8', 'c.', '?c.preset=belady')).toBe('?x=1&c.preset=belady');
    expect(withLabQuery('?c.size=8', 'c.', '')).toBe('');
    // A query for one lab cannot set another lab's keys.
    expect(withLabQuery('?lb-n=2', 'c.', '?c.size=4&lb-n=9')).toBe('?lb-n=2&c.size=4');
  });
});

describe('lab events', () => {
  it('reach only the lab with the prefix, until it unsubscribes', () => {
    const target = new EventTarget();
    const got: string[] = [];
    const stop = onLabApply('c.', (query) => got.push(query), target);
    applyLabState({ prefix: 'c.', query: '?c.preset=zipf' }, target);
    applyLabState({ prefix: 'lb-', query: '?lb-preset=nat' }, target);
    stop();
    applyLabState({ prefix: 'c.', query: '?c.preset=belady' }, target);
    expect(got).toEqual(['?c.preset=zipf']);
  });

  it('announce a lab’s settings to listeners', () => {
    const target = new EventTarget();
    const seen: unknown[] = [];
    target.addEventListener(LAB_STATE_EVENT, (event) => seen.push((event as CustomEvent).detail));
    announceLabState({ prefix: 'q.', query: '?q.crash=10' }, target);
    expect(seen).toEqual([{ prefix: 'q.', query: '?q.crash=10' }]);
  });
});

describe('playback events', () => {
  it('press only the addressed bar, with a known button, until it unsubscribes', () => {
    const target = new EventTarget();
    const got: string[] = [];
    const stop = onLabControl('lb', (action) => got.push(action), target);
    controlLab({ lab: 'lb', action: 'play' }, target);
    controlLab({ lab: 'c-run', action: 'pause' }, target);
    target.dispatchEvent(new CustomEvent('lab:control', { detail: { lab: 'lb', action: 'explode' } }));
    stop();
    controlLab({ lab: 'lb', action: 'reset' }, target);
    expect(got).toEqual(['play']);
  });

  it('announce a reader’s press, and a press from outside is not announced again', () => {
    const target = new EventTarget();
    const seen: unknown[] = [];
    target.addEventListener(LAB_PLAYBACK_EVENT, (event) => seen.push((event as CustomEvent).detail));
    announcePlayback({ lab: 'q-play', action: 'step' }, target);
    controlLab({ lab: 'q-play', action: 'step' }, target);
    expect(seen).toEqual([{ lab: 'q-play', action: 'step' }]);
  });
});

describe('listen', () => {
  it('passes on only the details its matcher accepts, and nothing once unsubscribed', () => {
    const target = new EventTarget();
    const got: unknown[] = [];
    const stop = listen(
      LAB_APPLY_EVENT,
      (detail): detail is { query: string } =>
        typeof detail === 'object' &&
        detail !== null &&
        typeof (detail as { query?: unknown }).query === 'string',
      (detail) => got.push(detail.query),
      target,
    );
    target.dispatchEvent(new Event(LAB_APPLY_EVENT)); // no detail at all
    target.dispatchEvent(new CustomEvent(LAB_APPLY_EVENT, { detail: null }));
    target.dispatchEvent(new CustomEvent(LAB_APPLY_EVENT, { detail: { query: 7 } }));
    target.dispatchEvent(new CustomEvent(LAB_APPLY_EVENT, { detail: { query: '?a=1' } }));
    stop();
    target.dispatchEvent(new CustomEvent(LAB_APPLY_EVENT, { detail: { query: '?a=2' } }));
    expect(got).toEqual(['?a=1']);
  });

  it('keeps a lab listening when another script fires the same event without a detail', () => {
    const target = new EventTarget();
    const got: string[] = [];
    onLabApply('c.', (query) => got.push(query), target);
    onLabControl('lb', (action) => got.push(action), target);
    target.dispatchEvent(new Event(LAB_APPLY_EVENT));
    target.dispatchEvent(new CustomEvent('lab:control', { detail: 'play' }));
    applyLabState({ prefix: 'c.', query: '' }, target);
    controlLab({ lab: 'lb', action: 'end' }, target);
    expect(got).toEqual(['', 'end']);
  });
});
