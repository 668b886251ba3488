/**
 * The lab's settings: preset, algorithm(s), servers, failure, workload and seed. Every field is
 * checked with the same rules as the URL.
 */
import { useState } from 'preact/hooks';
import { algorithms, CHOICE_LABELS, LIMITS } from '../../sim/loadbalancing/index.ts';
import { labelWithBounds, labelWithUnit } from '../../sim/shared/index.ts';
import { ParamField } from '../lab/ParamField.tsx';
import { DEFAULTS, PRESETS, RANGES, SPECS, presetState } from './labState.ts';
import type { LbState } from './labState.ts';

const ARRIVALS = {
  poisson: 'Poisson (zufällig)',
  constant: 'gleichmäßig',
  bursts: `in Schüben (je ${LIMITS.burstSize.default})`,
} as const;
const SERVICES = {
  exponential: 'exponentiell (leichter Rand)',
  pareto: 'Pareto (schwerer Rand)',
  lognormal: 'log-normal (schwerer Rand)',
  constant: 'konstant',
} as const;

export function Controls({
  state,
  onChange,
}: {
  state: LbState;
  onChange: (patch: Partial<LbState>) => void;
}) {
  const [preset, setPreset] = useState('');
  const description = PRESETS.find((p) => p.id === preset)?.description;
  const field = <K extends keyof LbState>(key: K, label: string, size = 6) => (
    <ParamField
      id={`lb-field-${key}`}
      label={label}
      param={SPECS[key]}
      value={state[key]}
      onChange={(value) => onChange({ [key]: value } as Partial<LbState>)}
      size={size}
    />
  );
  const choice = <K extends 'arr' | 'svc'>(key: K, label: string, options: Record<LbState[K], string>) => (
    <label for={`lb-${key}`}>
      {label}
      <select
        id={`lb-${key}`}
        value={state[key]}
        onChange={(e) => onChange({ [key]: e.currentTarget.value } as Partial<LbState>)}
      >
        {Object.entries(options).map(([value, text]) => (
          <option key={value} value={value}>
            {text as string}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div class="lab-panel">
      <div class="lab-controls">
        <label for="lb-preset">
          Voreinstellung
          <select
            id="lb-preset"
            value={preset}
            onChange={(e) => {
              const id = e.currentTarget.value;
              setPreset(id);
              onChange(id === '' ? { ...DEFAULTS } : presetState(id));
            }}
          >
            <option value="">Standard</option>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label for="lb-algo">
          {CHOICE_LABELS.algorithm}
          <select
            id="lb-algo"
            value={state.algo}
            onChange={(e) => onChange({ algo: e.currentTarget.value as LbState['algo'] })}
          >
            {algorithms.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <label for="lb-cmp">
          Vergleichen mit
          <select
            id="lb-cmp"
            value={state.cmp}
            onChange={(e) => onChange({ cmp: e.currentTarget.value as LbState['cmp'] })}
          >
            <option value="none">kein Vergleich</option>
            {algorithms.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {description && <p class="lab-summary">{description}</p>}
      <p class="lab-summary">{algorithms.find((a) => a.id === state.algo)?.description}</p>
      <details class="lb-settings">
        <summary>Server, Ausfall und Last einstellen</summary>
        <fieldset class="lab-controls">
          <legend>Server</legend>
          {field('n', labelWithBounds(RANGES.n), 4)}
          {field('w', 'Gewichte (z. B. 4,1,1)', 14)}
          {field('v', 'Geschwindigkeiten (z. B. 4,1,1)', 14)}
          {field('conc', RANGES.conc.label, 4)}
          {field('q', RANGES.q.label, 5)}
        </fieldset>
        <fieldset class="lab-controls">
          <legend>Ausfall</legend>
          <label for="lb-down">
            {CHOICE_LABELS.failedServer}
            <select
              id="lb-down"
              value={String(state.down)}
              onChange={(e) => onChange({ down: Number(e.currentTarget.value) })}
            >
              <option value="0">keiner</option>
              {Array.from({ length: state.n }, (_, i) => (
                <option key={i} value={String(i + 1)}>
                  S{i + 1}
                </option>
              ))}
            </select>
          </label>
          {field('downat', labelWithUnit(RANGES.downat), 5)}
          {field('upat', `${RANGES.upat.label} (${RANGES.upat.unit}, 0 = nie)`, 5)}
        </fieldset>
        <fieldset class="lab-controls">
          <legend>Last</legend>
          {field('rate', RANGES.rate.label, 6)}
          {choice('arr', CHOICE_LABELS.arrival, ARRIVALS)}
          {choice('svc', CHOICE_LABELS.service, SERVICES)}
          {field('ms', labelWithUnit(RANGES.ms), 6)}
          {field('long', labelWithUnit(RANGES.long), 4)}
          {field('hot', labelWithUnit(RANGES.hot), 4)}
          {field('count', RANGES.count.label, 6)}
          {field('seed', RANGES.seed.label, 10)}
        </fieldset>
      </details>
    </div>
  );
}
