// The lecture's window protocol (src/lib/presenter/sync-protocol.ts): what a window accepts from
// the channel, how it follows another window, how a late window catches up, and that two windows
// following each other never echo a change back and forth.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  channelName,
  envelop,
  local,
  parseMessage,
  receive,
  type DeckState,
  type SyncMessage,
} from '../../../src/lib/presenter/sync-protocol.ts';

const START: DeckState = { slide: 0, black: false, labs: {}, answers: [] };
const from = (intent: Parameters<typeof envelop>[0], id = 'other') => envelop(intent, id, 'presenter');

describe('channel names', () => {
  it('put a deck and its presenter view on one channel, and keep decks and base paths apart', () => {
    expect(channelName('/vortrag/systemdesign/caching/')).toBe(
      channelName('/vortrag/systemdesign/caching/referent/'),
    );
    expect(channelName('/vortrag/systemdesign/caching')).toBe(channelName('/vortrag/systemdesign/caching/'));
    expect(channelName('/vortrag/systemdesign/caching/?ansicht=referent#folie-3')).toBe(
      channelName('/vortrag/systemdesign/caching/'),
    );
    expect(channelName('/vortrag/systemdesign/caching/')).not.toBe(
      channelName('/vortrag/systemdesign/load-balancing/'),
    );
    expect(channelName('/vortrag/')).not.toBe(channelName('/vortrag/systemdesign/caching/'));
    expect(channelName('/se/kapitel-2/vortrag/systemdesign/caching/')).not.toBe(
      channelName('/vortrag/systemdesign/caching/'),
    );
  });
});

describe('parseMessage', () => {
  it('accepts each kind of message it sends', () => {
    const intents = [
      { type: 'hello' },
      { type: 'slide', slide: 12 },
      { type: 'black', black: true },
      { type: 'lab', prefix: 'c.', query: '?c.preset=belady' },
      { type: 'lab', prefix: 'lb-', query: '' },
      { type: 'state', state: { slide: 3, black: false, labs: { 'q.': '?q.crash=10' }, answers: [] } },
      { type: 'state', state: { slide: 3, black: false, labs: {}, answers: [0, 4, 17] } },
      { type: 'playback', lab: 'c-run', action: 'play' },
      { type: 'playback', lab: 'lb', action: 'reset' },
      { type: 'answer', index: 3, open: true },
      { type: 'answer', index: 0, open: false },
    ] as const;
    for (const intent of intents) {
      const message = envelop(intent, 'w1', 'audience');
      expect(parseMessage(structuredClone(message))).toEqual(message);
    }
  });

  it('drops anything malformed, foreign or of another version instead of throwing', () => {
    const good = { v: 1, from: 'w1', role: 'presenter', type: 'slide', slide: 2 };
    const bad: unknown[] = [
      null,
      'slide 2',
      42,
      { ...good, v: 2 },
      { ...good, from: '' },
      { ...good, from: 'x'.repeat(65) },
      { ...good, role: 'zuschauer' },
      { ...good, type: 'jump' },
      { ...good, slide: -1 },
      { ...good, slide: 1.5 },
      { ...good, slide: '2' },
      { ...good, slide: 10_000 },
      { ...good, type: 'black', black: 'ja' },
      // A lab message may carry only its own lab's keys: no other parameter of the page.
      { ...good, type: 'lab', prefix: 'c.', query: '?c.size=8&lb-n=2' },
      { ...good, type: 'lab', prefix: 'c.', query: 'c.size=8' },
      { ...good, type: 'lab', prefix: '', query: '' },
      { ...good, type: 'lab', prefix: 'c.', query: `?c.x=${'a'.repeat(2000)}` },
      { ...good, type: 'state', state: { slide: 1, black: false } },
      { ...good, type: 'state', state: { slide: 1, black: false, labs: { 'c.': '?lb-n=3' } } },
      { ...good, type: 'state', state: { slide: 1, black: false, labs: [] } },
      // Open answers are places in the deck, like a slide's index.
      { ...good, type: 'state', state: { slide: 1, black: false, labs: {}, answers: [-1] } },
      { ...good, type: 'state', state: { slide: 1, black: false, labs: {}, answers: [1.5] } },
      { ...good, type: 'state', state: { slide: 1, black: false, labs: {}, answers: '3' } },
      { ...good, type: 'state', state: { slide: 1, black: false, labs: {}, answers: { 0: 3 } } },
      // A playback press names a bar and one of the buttons, nothing else.
      { ...good, type: 'playback', lab: 'lb', action: 'explode' },
      { ...good, type: 'playback', lab: 'Lb <script>', action: 'play' },
      { ...good, type: 'playback', lab: '', action: 'play' },
      { ...good, type: 'playback', action: 'play' },
      // An answer is a details element's place in the deck and whether it is open.
      { ...good, type: 'answer', index: -1, open: true },
      { ...good, type: 'answer', index: 2.5, open: true },
      { ...good, type: 'answer', index: 2, open: 'ja' },
      { ...good, type: 'answer', open: true },
    ];
    for (const data of bad) expect(parseMessage(data), JSON.stringify(data)).toBeUndefined();
  });

  it('never throws on arbitrary data', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        parseMessage(data);
      }),
    );
  });
});

describe('receive', () => {
  it('follows another window’s slide, black screen and lab', () => {
    let state = receive(START, 'me', from({ type: 'slide', slide: 4 })).state;
    expect(state).toEqual({ slide: 4, black: false, labs: {}, answers: [] });
    const black = receive(state, 'me', from({ type: 'black', black: true }));
    expect(black.changed).toEqual({ slide: false, black: true, labs: [], answers: [] });
    state = black.state;
    const lab = receive(state, 'me', from({ type: 'lab', prefix: 'c.', query: '?c.preset=zipf' }));
    expect(lab.changed.labs).toEqual(['c.']);
    expect(lab.state).toEqual({ slide: 4, black: true, labs: { 'c.': '?c.preset=zipf' }, answers: [] });
  });

  it('takes a state of an older window without open answers as none open', () => {
    const old = {
      v: 1,
      from: 'p',
      role: 'presenter',
      type: 'state',
      state: { slide: 2, black: false, labs: {} },
    };
    expect(parseMessage(old)).toEqual({ ...old, state: { slide: 2, black: false, labs: {}, answers: [] } });
  });

  it('passes a playback press on without changing the shared state', () => {
    const pressed = receive(START, 'me', from({ type: 'playback', lab: 'q-play', action: 'pause' }));
    expect(pressed.playback).toEqual({ lab: 'q-play', action: 'pause' });
    expect(pressed.state).toBe(START);
    expect(pressed.changed).toEqual({ slide: false, black: false, labs: [], answers: [] });
    expect(receive(START, 'me', from({ type: 'slide', slide: 1 })).playback).toBeUndefined();
  });

  it('keeps the open answers as shared state: opened, closed, sent only when they change', () => {
    const opened = receive(START, 'me', from({ type: 'answer', index: 4, open: true }));
    expect(opened.state.answers).toEqual([4]);
    expect(opened.changed.answers).toEqual([4]);
    const both = receive(opened.state, 'me', from({ type: 'answer', index: 1, open: true })).state;
    expect(both.answers).toEqual([1, 4]);
    // Already open: nothing to move.
    expect(receive(both, 'me', from({ type: 'answer', index: 4, open: true })).changed.answers).toEqual([]);
    const closed = receive(both, 'me', from({ type: 'answer', index: 4, open: false }));
    expect([closed.state.answers, closed.changed.answers]).toEqual([[1], [4]]);
    expect(local(START, { type: 'answer', index: 4, open: true })).toEqual({
      state: { ...START, answers: [4] },
      send: { type: 'answer', index: 4, open: true },
    });
    expect(local(both, { type: 'answer', index: 4, open: true }).send).toBeUndefined();
    expect(local(both, { type: 'answer', index: 7, open: false }).send).toBeUndefined();
  });

  it('ignores its own messages', () => {
    const own = receive(START, 'me', from({ type: 'slide', slide: 4 }, 'me'));
    expect(own.state).toBe(START);
    expect(own.reply).toBeUndefined();
  });

  it('answers hello with the whole state, and a late window takes it over', () => {
    const presenter: DeckState = {
      slide: 7,
      black: true,
      labs: { 'lb-': '?lb-preset=nat' },
      answers: [2, 9],
    };
    const hello = receive(presenter, 'p', envelop({ type: 'hello' }, 'late', 'audience'));
    expect(hello.reply).toEqual({ type: 'state', state: presenter });
    const late = receive(START, 'late', envelop(hello.reply!, 'p', 'presenter'));
    expect(late.state).toEqual(presenter);
    expect(late.changed).toEqual({ slide: true, black: true, labs: ['lb-'], answers: [2, 9] });
    // A late window that had an answer open of its own closes it: the lecture shows one state.
    const own = receive({ ...START, answers: [3, 9] }, 'late', envelop(hello.reply!, 'p', 'presenter'));
    expect([own.state.answers, own.changed.answers]).toEqual([
      [2, 9],
      [2, 3],
    ]);
  });
});

describe('local', () => {
  it('sends a change only when it changes something', () => {
    expect(local(START, { type: 'slide', slide: 1 }).send).toEqual({ type: 'slide', slide: 1 });
    expect(local(START, { type: 'slide', slide: 0 }).send).toBeUndefined();
    expect(local(START, { type: 'black', black: false }).send).toBeUndefined();
    const labbed = local(START, { type: 'lab', prefix: 'c.', query: '?c.size=8' }).state;
    expect(local(labbed, { type: 'lab', prefix: 'c.', query: '?c.size=8' }).send).toBeUndefined();
    // A press is an event: pressing „Schritt“ twice steps twice.
    const step = { type: 'playback', lab: 'lb', action: 'step' } as const;
    expect(local(START, step)).toEqual({ state: START, send: step });
  });

  it('two windows that follow each other agree after every step and never echo', () => {
    type Step = { who: 0 | 1; change: Parameters<typeof local>[1] };
    const step = fc.oneof(
      fc.record({
        who: fc.constantFrom<0 | 1>(0, 1),
        change: fc.record({ type: fc.constant('slide' as const), slide: fc.nat(30) }),
      }),
      fc.record({
        who: fc.constantFrom<0 | 1>(0, 1),
        change: fc.record({ type: fc.constant('black' as const), black: fc.boolean() }),
      }),
      fc.record({
        who: fc.constantFrom<0 | 1>(0, 1),
        change: fc.record({ type: fc.constant('answer' as const), index: fc.nat(5), open: fc.boolean() }),
      }),
      fc.record({
        who: fc.constantFrom<0 | 1>(0, 1),
        change: fc.record({
          type: fc.constant('lab' as const),
          prefix: fc.constantFrom('c.', 'lb-'),
          query: fc.constantFrom('', '?x=1', '?x=2'),
        }),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps: Step[]) => {
        const ids = ['audience', 'presenter'];
        const states: DeckState[] = [START, START];
        let sent = 0;
        for (const { who, change } of steps) {
          const concrete =
            change.type === 'lab'
              ? { ...change, query: change.query.replace('x', change.prefix + 'x') }
              : change;
          const mine = local(states[who]!, concrete);
          states[who] = mine.state;
          // Deliver every message, and what the receiver then reports locally (the runtime moving
          // to the slide it was told), until the channel is quiet.
          let queue: SyncMessage[] = mine.send ? [envelop(mine.send, ids[who]!, 'audience')] : [];
          let rounds = 0;
          while (queue.length > 0) {
            rounds += 1;
            expect(rounds).toBeLessThan(3);
            const next: SyncMessage[] = [];
            for (const message of queue) {
              sent += 1;
              const other = message.from === ids[0] ? 1 : 0;
              const got = receive(states[other]!, ids[other]!, message);
              states[other] = got.state;
              if (message.type === 'slide') {
                const echo = local(states[other]!, { type: 'slide', slide: message.slide });
                if (echo.send) next.push(envelop(echo.send, ids[other]!, 'presenter'));
              }
              // Following an answer fires the details' toggle, which the window reports as its own.
              if (message.type === 'answer') {
                const echo = local(states[other]!, message);
                if (echo.send) next.push(envelop(echo.send, ids[other]!, 'presenter'));
              }
            }
            queue = next;
          }
          expect(states[0]).toEqual(states[1]);
        }
        expect(sent).toBeLessThanOrEqual(steps.length);
      }),
    );
  });
});
