// Two windows of one lecture over real BroadcastChannels (Node has them): a late window catches up,
// navigation in either window moves the other, and another deck's channel stays silent.
import { afterEach, describe, expect, it } from 'vitest';
import { connectDeckSync, type DeckSync } from '../../../src/lib/presenter/deck-sync.ts';
import type { DeckState, Reception } from '../../../src/lib/presenter/sync-protocol.ts';

const START: DeckState = { slide: 0, black: false, labs: {}, answers: [] };
const open: DeckSync[] = [];
afterEach(() => {
  open.splice(0).forEach((sync) => sync.close());
});

function window(path: string, role: 'audience' | 'presenter', initial = START) {
  const received: Reception[] = [];
  const sync = connectDeckSync({ path, role, initial, onRemote: (reception) => received.push(reception) });
  open.push(sync);
  return { sync, received };
}

const settle = () => new Promise((done) => setTimeout(done, 50));

describe('connectDeckSync', () => {
  it('lets a late presenter window catch up and then steers both ways', async () => {
    const audience = window('/vortrag/systemdesign/caching/', 'audience', {
      slide: 5,
      black: false,
      labs: {},
      answers: [],
    });
    await settle();
    const presenter = window('/vortrag/systemdesign/caching/referent/', 'presenter');
    await settle();
    expect(presenter.sync.state().slide).toBe(5);
    expect(presenter.received.at(-1)?.changed.slide).toBe(true);

    presenter.sync.change({ type: 'slide', slide: 6 });
    await settle();
    expect(audience.sync.state().slide).toBe(6);
    audience.sync.change({ type: 'black', black: true });
    audience.sync.change({ type: 'lab', prefix: 'c.', query: '?c.preset=belady' });
    await settle();
    expect(presenter.sync.state()).toEqual({
      slide: 6,
      black: true,
      labs: { 'c.': '?c.preset=belady' },
      answers: [],
    });

    // A playback press reaches the other window once per press, and only there.
    const before = audience.received.length;
    presenter.sync.change({ type: 'playback', lab: 'c-run', action: 'play' });
    presenter.sync.change({ type: 'playback', lab: 'c-run', action: 'pause' });
    await settle();
    expect(audience.received.slice(before).map((r) => r.playback)).toEqual([
      { lab: 'c-run', action: 'play' },
      { lab: 'c-run', action: 'pause' },
    ]);
    expect(presenter.received.some((r) => r.playback)).toBe(false);
  });

  it('gives a window that joins late the open answers and the loaded experiment', async () => {
    const audience = window('/vortrag/systemdesign/caching/', 'audience');
    await settle();
    audience.sync.change({ type: 'slide', slide: 9 });
    audience.sync.change({ type: 'lab', prefix: 'c.', query: '?c.preset=zipf' });
    audience.sync.change({ type: 'answer', index: 2, open: true });
    audience.sync.change({ type: 'answer', index: 5, open: true });
    audience.sync.change({ type: 'answer', index: 2, open: false });
    await settle();
    const presenter = window('/vortrag/systemdesign/caching/referent/', 'presenter');
    await settle();
    expect(presenter.sync.state()).toEqual({
      slide: 9,
      black: false,
      labs: { 'c.': '?c.preset=zipf' },
      answers: [5],
    });
    expect(presenter.received.at(-1)?.changed).toEqual({
      slide: true,
      black: false,
      labs: ['c.'],
      answers: [5],
    });
  });

  it('does not hear another deck', async () => {
    const caching = window('/vortrag/systemdesign/caching/', 'audience');
    const other = window('/vortrag/systemdesign/load-balancing/referent/', 'presenter');
    await settle();
    other.sync.change({ type: 'slide', slide: 3 });
    await settle();
    expect(caching.sync.state().slide).toBe(0);
    expect(caching.received).toEqual([]);
  });
});
