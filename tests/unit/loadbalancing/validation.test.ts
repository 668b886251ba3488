import { describe, expect, it } from 'vitest';
import { defaultScenario, validateScenario } from '../../../src/sim/loadbalancing/validate.ts';

const errors = (input: unknown) => {
  const checked = validateScenario(input);
  return checked.ok ? [] : checked.errors;
};

describe('validateScenario', () => {
  it('accepts the default scenario unchanged', () => {
    expect(validateScenario(defaultScenario())).toEqual({ ok: true, scenario: defaultScenario() });
  });

  it('fills in defaults for an empty object', () => {
    expect(validateScenario({})).toEqual({ ok: true, scenario: defaultScenario() });
  });

  it('rejects input that is not an object', () => {
    expect(errors(null)).toEqual(['Das Szenario muss ein Objekt sein (erhalten: null).']);
    expect(errors([1])).toEqual(['Das Szenario muss ein Objekt sein (erhalten: eine Liste).']);
  });

  it('names the field and the range of a bad server weight', () => {
    expect(errors({ servers: [{}, { weight: 0 }] })).toEqual([
      '„servers[1].weight“ muss eine ganze Zahl von 1 bis 100 sein (erhalten: 0).',
    ]);
  });

  it('rejects fractions where whole numbers are required', () => {
    expect(errors({ servers: [{ concurrency: 2.5 }] })).toEqual([
      '„servers[0].concurrency“ muss eine ganze Zahl von 1 bis 1.000 sein (erhalten: 2,5).',
    ]);
  });

  it('writes decimal numbers the German way', () => {
    expect(errors({ servers: [{ speed: 0.05 }] })).toEqual([
      '„servers[0].speed“ muss eine Zahl von 0,1 bis 10 sein (erhalten: 0,05).',
    ]);
  });

  it('rejects too many and too few servers', () => {
    expect(errors({ servers: new Array(33).fill({}) })).toEqual([
      '„servers“ muss eine Liste mit 1 bis 32 Einträgen sein (erhalten: 33 Einträge).',
    ]);
    expect(errors({ servers: [] })).toEqual([
      '„servers“ muss eine Liste mit 1 bis 32 Einträgen sein (erhalten: 0 Einträge).',
    ]);
  });

  it('rejects an unknown algorithm and lists the allowed ones', () => {
    expect(errors({ algorithm: 'fastest' })).toEqual([
      '„algorithm“ muss einer dieser Werte sein: roundRobin, weightedRoundRobin, leastConnections, ' +
        'weightedLeastConnections, ipHash, random, leastBandwidth, powerOfTwoChoices (erhalten: „fastest“).',
    ]);
  });

  it('checks that an event names an existing server and says when it happens', () => {
    expect(errors({ servers: [{}, {}], events: [{ server: 2, up: 'ja' }] })).toEqual([
      '„events[0].up“ muss true oder false sein (erhalten: „ja“).',
      '„events[0].atMs“ muss eine Zahl von 0 bis 1.000.000.000 sein (erhalten: undefined).',
      '„events[0].server“ muss eine ganze Zahl von 0 bis 1 sein (erhalten: 2).',
    ]);
  });

  it('rejects NaN, Infinity and numbers given as strings', () => {
    expect(
      errors({ seed: Number.NaN, arrival: { ratePerSecond: Infinity }, requests: { count: '100' } }),
    ).toEqual([
      '„seed“ muss eine ganze Zahl von 0 bis 4.294.967.295 sein (erhalten: NaN).',
      '„arrival.ratePerSecond“ muss eine Zahl von 0,01 bis 1.000.000 sein (erhalten: Infinity).',
      '„requests.count“ muss eine ganze Zahl von 1 bis 2.000.000 sein (erhalten: „100“).',
    ]);
  });

  it('checks the tail shape against the range of the chosen distribution', () => {
    expect(errors({ requests: { service: { kind: 'pareto', shape: 1 } } })).toEqual([
      '„requests.service.shape“ muss eine Zahl von 1,05 bis 10 sein (erhalten: 1).',
    ]);
    expect(errors({ requests: { service: { kind: 'lognormal', shape: 5 } } })).toEqual([
      '„requests.service.shape“ muss eine Zahl von 0,1 bis 3 sein (erhalten: 5).',
    ]);
  });

  it('rejects shares outside 0–1 and a nested field of the wrong type', () => {
    expect(errors({ clients: { hotShare: 1.5 }, requests: { longLived: 'viele' } })).toEqual([
      '„requests.longLived“ muss ein Objekt sein (erhalten: „viele“).',
      '„clients.hotShare“ muss eine Zahl von 0 bis 1 sein (erhalten: 1,5).',
    ]);
  });
});
