// Bad input gets German messages that name the field by its label; missing fields take defaults.
import { describe, expect, it } from 'vitest';
import { defaultQueueScenario, LIMITS, validateQueueScenario } from '../../../src/sim/queue/index.ts';

describe('validation', () => {
  it('an empty object is the default scenario', () => {
    expect(validateQueueScenario({})).toEqual({ ok: true, value: defaultQueueScenario() });
  });

  it('lists every problem at once, in German, with the label the lab shows', () => {
    const checked = validateQueueScenario({
      queue: { capacity: 0, whenFull: 'wegwerfen' },
      ack: { idempotent: 'ja' },
      consumers: { changes: [{ atMin: -1, consumers: 3 }] },
      outage: { fromMin: 10, toMin: 5 },
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.map((e) => e.field)).toEqual([
      'queue.capacity',
      'queue.whenFull',
      'consumers.changes[0].atMin',
      'ack.idempotent',
      'outage.toMin',
    ]);
    expect(checked.errors[0].message).toBe(
      '„Plätze in der Warteschlange“ muss eine ganze Zahl von 1 bis 1.000.000 sein (erhalten: 0).',
    );
    expect(checked.errors[1].message).toContain('„reject“, „block“, „dropOldest“');
    expect(checked.errors[2].message).toContain('bei Personalwechsel 1');
  });

  it('refuses a run too big to hold in memory', () => {
    const checked = validateQueueScenario({
      orders: LIMITS.orders.max,
      mode: 'publishSubscribe',
      subscribers: 3,
    });
    expect(checked.ok).toBe(false);
  });

  it('refuses what is not an object', () => {
    expect(validateQueueScenario(null).ok).toBe(false);
    expect(validateQueueScenario([]).ok).toBe(false);
  });
});
