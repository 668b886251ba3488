// Figures without data read "–", never 0 (issue 12): with no baker, orders wait forever, so there is
// no waiting time to report; the table, the summary and a German note say so (review S7-7).
import { describe, expect, it } from 'vitest';
import { simulateQueue } from '../../../src/sim/queue/index.ts';
import { readQueueState, toScenario } from '../../../src/components/queue/labState.ts';
import { figureOf, figureText, FIGURE_ROWS, noWaitNote } from '../../../src/components/queue/figures.ts';

function run(query: string) {
  const { state, errors } = readQueueState(query);
  expect(errors).toEqual([]);
  return simulateQueue(toScenario(state).scenario!);
}

describe('the queue lab’s waiting-time figures', () => {
  it('without a baker: no order leaves the queue, the waiting time is „–“ with a note why', () => {
    const result = run('?q.bakers=0');
    expect(result.totals.accepted).toBeGreaterThan(0);
    expect(result.wait.count).toBe(0);
    expect(figureOf(result, 'waitMean')).toBeNaN();
    expect(figureText(result, 'waitMean')).toBe('–');
    expect(figureText(result, 'waitP95')).toBe('–');
    expect(noWaitNote(result)).toBe(
      `Keine Bestellung kam aus der Schlange zum Backen, daher keine Wartezeit (–): Die ${result.totals.accepted} angenommenen Bestellungen warten noch.`,
    );
  });

  it('with bakers: waiting times in minutes as before, and no note', () => {
    const result = run('');
    expect(result.wait.count).toBeGreaterThan(0);
    expect(figureOf(result, 'waitP95')).toBe(result.wait.p95);
    expect(figureText(result, 'waitMean')).toMatch(/^\d+,\d min$/);
    expect(noWaitNote(result)).toBeNull();
  });

  it('every figure of the table reads „–“ or a number, never NaN or Infinity', () => {
    for (const query of ['?q.bakers=0', '']) {
      const result = run(query);
      for (const row of FIGURE_ROWS) expect(row.text(row.value(result))).not.toMatch(/NaN|Infinity/);
    }
  });
});
