import { describe, expect, it } from 'vitest';
import { defaultScenario, validateScenario } from '../../../src/sim/loadbalancing/validate.ts';

const errors = (input: unknown) => {
  const checked = validateScenario(input);
  return checked.ok ? [] : checked.errors.map((error) => error.message);
};

describe('validateScenario', () => {
  it('accepts the default scenario unchanged', () => {
    expect(validateScenario(defaultScenario())).toEqual({ ok: true, value: defaultScenario() });
  });

  it('fills in defaults for an empty object', () => {
    expect(validateScenario({})).toEqual({ ok: true, value: defaultScenario() });
  });

  it('rejects input that is not an object', () => {
    expect(errors(null)).toEqual(['Das Szenario muss ein Objekt sein (erhalten: null).']);
    expect(errors([1])).toEqual(['Das Szenario muss ein Objekt sein (erhalten: eine Liste).']);
  });

  it('names the field by its label, the server as the reader counts it, and the range', () => {
    expect(validateScenario({ servers: [{}, { weight: 0 }] })).toEqual({
      ok: false,
      errors: [
        {
          field: 'servers[1].weight',
          label: 'Gewicht',
          message: '„Gewicht“ bei Server 2 muss eine ganze Zahl von 1 bis 100 sein (erhalten: 0).',
        },
      ],
    });
  });

  it('rejects fractions where whole numbers are required', () => {
    expect(errors({ servers: [{ concurrency: 2.5 }] })).toEqual([
      '„Worker je Server“ bei Server 1 muss eine ganze Zahl von 1 bis 1.000 sein (erhalten: 2,5).',
    ]);
  });

  it('writes decimal numbers the German way', () => {
    expect(errors({ servers: [{ speed: 0.05 }] })).toEqual([
      '„Geschwindigkeit“ bei Server 1 muss eine Zahl von 0,1 bis 10 sein (erhalten: 0,05).',
    ]);
  });

  it('rejects too many and too few servers', () => {
    expect(errors({ servers: new Array(33).fill({}) })).toEqual([
      '„Anzahl der Server“: erlaubt sind 1 bis 32 Einträge (erhalten: 33 Einträge).',
    ]);
    expect(errors({ servers: [] })).toEqual([
      '„Anzahl der Server“: erlaubt sind 1 bis 32 Einträge (erhalten: 0 Einträge).',
    ]);
  });

  it('rejects an unknown algorithm and lists the allowed ones', () => {
    expect(errors({ algorithm: 'fastest' })).toEqual([
      '„Algorithmus“ muss einer dieser Werte sein: „roundRobin“, „weightedRoundRobin“, „leastConnections“, ' +
        '„weightedLeastConnections“, „ipHash“, „random“, „leastBandwidth“, „powerOfTwoChoices“ (erhalten: „fastest“).',
    ]);
  });

  it('checks that an event names an existing server (counted S1, S2, …) and says when it happens', () => {
    expect(errors({ servers: [{}, {}], events: [{ server: 2, up: 'ja' }] })).toEqual([
      '„wieder da“ bei Ereignis 1 muss ja oder nein sein (erhalten: „ja“).',
      '„Zeitpunkt“ bei Ereignis 1 muss eine Zahl von 0 bis 1.000.000.000 ms sein (erhalten: nichts).',
      '„Server fällt aus“ bei Ereignis 1 muss einer von S1 bis S2 sein (erhalten: S3).',
    ]);
  });

  it('rejects NaN, Infinity and numbers given as strings', () => {
    expect(
      errors({ seed: Number.NaN, arrival: { ratePerSecond: Infinity }, requests: { count: '100' } }),
    ).toEqual([
      '„Seed“ muss eine ganze Zahl von 0 bis 4.294.967.295 sein (erhalten: NaN).',
      '„Anfragen pro Sekunde“ muss eine Zahl von 0,01 bis 1.000.000 sein (erhalten: Infinity).',
      '„Anzahl Anfragen“ muss eine ganze Zahl von 1 bis 2.000.000 sein (erhalten: „100“).',
    ]);
  });

  it('checks the tail shape against the range of the chosen distribution', () => {
    expect(errors({ requests: { service: { kind: 'pareto', shape: 1 } } })).toEqual([
      '„Form α der Pareto-Verteilung“ muss eine Zahl von 1,05 bis 10 sein (erhalten: 1).',
    ]);
    expect(errors({ requests: { service: { kind: 'lognormal', shape: 5 } } })).toEqual([
      '„Streuung σ der Log-Normalverteilung“ muss eine Zahl von 0,1 bis 3 sein (erhalten: 5).',
    ]);
  });

  it('rejects shares outside 0–1 and a nested field of the wrong type', () => {
    expect(errors({ clients: { hotShare: 1.5 }, requests: { longLived: 'viele' } })).toEqual([
      '„langlebige Verbindungen“ muss ein Objekt sein (erhalten: „viele“).',
      '„Anteil eines NAT-Clients“ muss eine Zahl von 0 bis 1 sein (erhalten: 1,5).',
    ]);
  });
});
