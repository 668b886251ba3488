/**
 * The lab's settings: preset, algorithm(s), servers, failure, workload and seed. Every field is
 * checked with the same rules as the URL.
 */
import { algorithms, CHOICE_LABELS, LIMITS } from '../../sim/loadbalancing/index.ts';
import { labelWithBounds, labelWithUnit } from '../../sim/shared/index.ts';
import { paramFields } from '../lab/LabShell.tsx';
import { SelectField } from '../lab/SelectField.tsx';
import { PresetNote, PresetSelect } from '../lab/PresetSelect.tsx';
import { DEFAULTS, PRESETS, RANGES, SPECS } from './labState.ts';
import type { LbState } from './labState.ts';

const ARRIVALS = {
  poisson: 'Poisson (zufällig)',
  constant: 'gleichmäßig',
  bursts: `in Schüben (je ${LIMITS.burstSize.default})`,
} as const;
const ALGORITHM_OPTIONS = algorithms.map((a) => ({ value: a.id, text: a.label }));
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
  const numberField = paramFields('lb-field-', SPECS, state, onChange);
  const field = (key: keyof LbState, label: string, size = 6) => numberField(key, label, { size });
  const choice = <K extends 'arr' | 'svc'>(key: K, label: string, options: Record<LbState[K], string>) => (
    <SelectField
      id={`lb-${key}`}
      label={label}
      value={state[key]}
      options={(Object.entries(options) as [LbState[K], string][]).map(([value, text]) => ({ value, text }))}
      onChange={(value) => onChange({ [key]: value })}
    />
  );
  return (
    <div class="lab-panel">
      <div class="lab-controls">
        <PresetSelect
          id="lb-preset"
          presets={PRESETS}
          specs={SPECS}
          defaults={DEFAULTS}
          state={state}
          onChange={onChange}
        />
        <SelectField
          id="lb-algo"
          label={CHOICE_LABELS.algorithm}
          value={state.algo}
          options={ALGORITHM_OPTIONS}
          onChange={(algo) => onChange({ algo })}
        />
        <SelectField
          id="lb-cmp"
          label="Vergleichen mit"
          value={state.cmp}
          options={[{ value: 'none' as const, text: 'kein Vergleich' }, ...ALGORITHM_OPTIONS]}
          onChange={(cmp) => onChange({ cmp })}
        />
      </div>
      <PresetNote presets={PRESETS} specs={SPECS} defaults={DEFAULTS} state={state} />
      <p class="lab-summary">{algorithms.find((a) => a.id === state.algo)?.description}</p>
      <details class="lb-settings">
        <summary>Server, Ausfall und Last einstellen</summary>
        <fieldset class="lab-controls">
          <legend>Server</legend>
          {field('n', labelWithBounds(RANGES.n), 4)}
          {field('w', 'Gewichte (z. B. 4; 1; 1)', 14)}
          {field('v', 'Geschwindigkeiten (z. B. 4; 1,5; 1)', 14)}
          {field('conc', RANGES.conc.label, 4)}
          {field('q', RANGES.q.label, 5)}
        </fieldset>
        <fieldset class="lab-controls">
          <legend>Ausfall</legend>
          <SelectField
            id="lb-down"
            label={CHOICE_LABELS.failedServer}
            value={String(state.down)}
            options={[
              { value: '0', text: 'keiner' },
              ...Array.from({ length: state.n }, (_, i) => ({ value: String(i + 1), text: `S${i + 1}` })),
            ]}
            onChange={(down) => onChange({ down: Number(down) })}
          />
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
