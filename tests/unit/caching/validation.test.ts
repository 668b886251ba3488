// Bad traces and parameters are rejected with German messages that name the entry or the field and
// the allowed range (issue 5; conventions: validation at the edge).
import { describe, expect, it } from 'vitest';
import { validateCacheScenario, validateHierarchyScenario } from '../../../src/sim/caching/validate.ts';
import { parseTrace } from '../../../src/sim/caching/workloads.ts';

const messageOf = (text: string) => {
  const parsed = parseTrace(text);
  return parsed.ok ? null : parsed.message;
};

describe('parseTrace', () => {
  it('reads commas, semicolons, spaces and a trailing comma', () => {
    const parsed = parseTrace(' 1, 2;3 4\n5, ');
    expect(parsed.ok && Array.from(parsed.trace)).toEqual([1, 2, 3, 4, 5]);
  });

  it('names the position and the token that is not a whole number ≥ 0', () => {
    expect(messageOf('1, 2, x')).toBe('Eintrag 3 („x“) ist keine ganze Zahl ≥ 0.');
    expect(messageOf('1, -4')).toBe('Eintrag 2 („-4“) ist keine ganze Zahl ≥ 0.');
    expect(messageOf('1.5')).toBe('Eintrag 1 („1.5“) ist keine ganze Zahl ≥ 0.');
    expect(parseTrace('7, 8, zehn')).toMatchObject({ ok: false, position: 3, token: 'zehn' });
  });

  it('rejects an empty entry, an empty trace and too large keys', () => {
    expect(messageOf('1,,2')).toBe('Eintrag 2 ist leer (zwei Trennzeichen hintereinander).');
    expect(messageOf('   ')).toBe('Die Zugriffsfolge ist leer. Beispiel: 1, 2, 3, 4, 1, 2, 5');
    expect(messageOf('3, 2000000')).toBe(
      'Eintrag 2 („2000000“) ist zu groß; erlaubt sind Schlüssel von 0 bis 1.000.000.',
    );
  });

  it('shortens very long tokens in the message', () => {
    expect(messageOf('a'.repeat(50))).toBe(`Eintrag 1 („${'a'.repeat(20)}…“) ist keine ganze Zahl ≥ 0.`);
  });

  it('limits the number of entries', () => {
    expect(messageOf(Array(100_001).fill('1').join(','))).toBe(
      'Die Zugriffsfolge hat 100.001 Einträge; erlaubt sind höchstens 100.000.',
    );
  });
});

const scenario = {
  workload: { kind: 'zipf', keys: 1000, alpha: 0.8, length: 10_000 },
  policies: ['lru', 'opt'],
  capacity: 100,
  seed: 1,
  ttl: 500,
  windows: 50,
  warmup: 0,
};

describe('validateCacheScenario', () => {
  it('accepts a valid scenario unchanged', () => {
    expect(validateCacheScenario(scenario)).toEqual({ ok: true, value: scenario });
  });

  it('names field and range for a bad size', () => {
    expect(validateCacheScenario({ ...scenario, capacity: 0 })).toEqual({
      ok: false,
      errors: [
        {
          field: 'capacity',
          label: 'Cache-Größe',
          message: '„Cache-Größe“ muss eine ganze Zahl von 1 bis 100.000 Einträge sein (erhalten: 0).',
        },
      ],
    });
  });

  it('reports every bad field at once, with German number formatting', () => {
    const result = validateCacheScenario({
      ...scenario,
      workload: { kind: 'zipf', keys: 1000, alpha: 4.5, length: 10_000 },
      ttl: 2.5,
      seed: 'abc',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        field: 'workload.alpha',
        label: 'Zipf-Exponent α',
        message: '„Zipf-Exponent α“ muss eine Zahl von 0 bis 3 sein (erhalten: 4,5).',
      },
      {
        field: 'seed',
        label: 'Seed',
        message: '„Seed“ muss eine ganze Zahl von 0 bis 4.294.967.295 sein (erhalten: „abc“).',
      },
      {
        field: 'ttl',
        label: 'TTL in Zugriffen',
        message: '„TTL in Zugriffen“ muss eine ganze Zahl von 1 bis 10.000.000 sein (erhalten: 2,5).',
      },
    ]);
  });

  it('rejects unknown or repeated policies and unknown workloads', () => {
    const policies = validateCacheScenario({ ...scenario, policies: ['lru', 'lru'] });
    expect(!policies.ok && policies.errors[0].field).toBe('policies');
    const kind = validateCacheScenario({ ...scenario, workload: { kind: 'pareto' } });
    expect(!kind.ok && kind.errors[0].message).toBe(
      '„Lastmuster“ muss einer dieser Werte sein: „zipf“, „uniform“, „loop“, „shifting“, „scan“, „custom“ (erhalten: „pareto“).',
    );
  });

  it('passes the trace parser message through for a typed trace', () => {
    const result = validateCacheScenario({ ...scenario, workload: { kind: 'custom', text: '1, 2, x' } });
    expect(!result.ok && result.errors).toEqual([
      {
        field: 'workload.text',
        label: 'Zugriffsfolge',
        message: 'Eintrag 3 („x“) ist keine ganze Zahl ≥ 0.',
      },
    ]);
  });

  it('bounds the warm-up by the trace length', () => {
    const result = validateCacheScenario({ ...scenario, warmup: 10_000 });
    expect(!result.ok && result.errors[0].message).toBe(
      '„Aufwärmphase“ muss eine ganze Zahl von 0 bis 9.999 sein (erhalten: 10.000).',
    );
  });

  it('checks the fields of a shifting hot set', () => {
    const result = validateCacheScenario({
      ...scenario,
      workload: { kind: 'shifting', keys: 100, alpha: 1, length: 1000, shiftEvery: 0, shiftBy: 500 },
    });
    expect(!result.ok && result.errors.map((error) => error.field)).toEqual([
      'workload.shiftEvery',
      'workload.shiftBy',
    ]);
  });

  it('checks the fields of a hot set with scans: a hot set within the keys, a scan within its period', () => {
    const result = validateCacheScenario({
      ...scenario,
      workload: { kind: 'scan', keys: 100, length: 1000, hotKeys: 101, period: 200, scanSpan: 201 },
    });
    expect(!result.ok && result.errors.map((error) => error.message)).toEqual([
      '„Größe des Hot Sets“ muss eine ganze Zahl von 1 bis 100 sein (erhalten: 101).',
      '„Dauer eines Scans“ muss eine ganze Zahl von 1 bis 200 sein (erhalten: 201).',
    ]);
  });
});

const hierarchy = {
  workload: { kind: 'uniform', keys: 1000, length: 5000 },
  seed: 1,
  policy: 'lru',
  ttl: 100,
  clients: 10,
  browserSize: 5,
  servers: 2,
  localSize: 50,
  nodes: 4,
  nodeSize: 100,
  virtualNodes: 50,
  latency: { browser: 0, local: 0.1, distributed: 1, origin: 20 },
  failure: { node: 1, at: 2500 },
  windows: 10,
};

describe('validateHierarchyScenario', () => {
  it('accepts a valid scenario', () => {
    expect(validateHierarchyScenario(hierarchy)).toEqual({ ok: true, value: hierarchy });
  });

  it('refuses OPT, which cannot run online', () => {
    const result = validateHierarchyScenario({ ...hierarchy, policy: 'opt' });
    expect(!result.ok && result.errors[0].message).toBe(
      '„Strategie“ muss einer dieser Werte sein: „lru“, „lfu“, „fifo“, „random“, „ttl“ (erhalten: „opt“).',
    );
  });

  it('bounds the failed node by the number of nodes and the failure time by the trace', () => {
    const result = validateHierarchyScenario({ ...hierarchy, failure: { node: 4, at: 5000 } });
    expect(!result.ok && result.errors.map((error) => error.message)).toEqual([
      '„Ausfallender Knoten“ muss einer von K1 bis K4 sein (erhalten: K5).',
      '„Zeitpunkt des Ausfalls“ muss eine ganze Zahl von 0 bis 4.999 sein (erhalten: 5.000).',
    ]);
  });

  it('names latency fields with their unit', () => {
    const result = validateHierarchyScenario({ ...hierarchy, latency: { ...hierarchy.latency, origin: -1 } });
    expect(!result.ok && result.errors[0]).toEqual({
      field: 'latency.origin',
      label: 'Latenz der Datenbank',
      message: '„Latenz der Datenbank“ muss eine Zahl von 0 bis 10.000 ms sein (erhalten: -1).',
    });
  });

  it('needs two nodes for a failure', () => {
    const result = validateHierarchyScenario({ ...hierarchy, nodes: 1 });
    expect(!result.ok && result.errors[0].field).toBe('failure');
  });
});
