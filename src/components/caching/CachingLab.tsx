/**
 * The caching lab (a Preact island): step through a short trace like in a textbook, or run long
 * workloads with several policies side by side, the miss-ratio curve and a cache hierarchy. The state
 * lives in the URL (keys `c.…`); the engine is the one in src/sim/caching.
 */
import { POLICIES, POLICY_IDS } from '../../sim/caching/index.ts';
import { useReducedMotion } from '../lab/hooks.ts';
import { hydrateLate, LabShell, useUrlState } from '../lab/LabShell.tsx';
import { SelectField } from '../lab/SelectField.tsx';
import { PresetNote, PresetSelect } from '../lab/PresetSelect.tsx';
import { DEFAULTS, MAX_COMPARED, PREFIX, PRESETS, readCacheState, SPECS } from './labState.ts';
import type { CacheLabState, Mode } from './labState.ts';
import { RunMode } from './RunMode.tsx';
import { StepMode } from './StepMode.tsx';
import { Later } from '../lab/Later.tsx';

const MODE_LABELS: Record<Mode, string> = {
  step: 'Schritt für Schritt (kurze Folge als Tabelle)',
  run: 'Lange Läufe (Lastmuster, Kurve, Hierarchie)',
};

export default hydrateLate(Lab);

function Lab() {
  const { state, update, urlErrors } = useUrlState(readCacheState, PREFIX, SPECS, DEFAULTS, {
    presets: PRESETS,
  });
  const reduced = useReducedMotion();
  const info = POLICIES[state.policy];
  return (
    <LabShell
      label="Caching-Labor"
      class="c-lab"
      data={{ 'data-reduced-motion': String(reduced) }}
      urlErrors={urlErrors}
      sourceIds={[state.policy]}
      sourceHeading={`Quelltext: ${info.label}`}
      sourceNote={`Genau diese Datei (${info.sourcePath}) führt das Labor aus.`}
    >
      <div class="lab-panel">
        <div class="lab-controls">
          <PresetSelect
            id="c-field-preset"
            presets={PRESETS}
            specs={SPECS}
            defaults={DEFAULTS}
            state={state}
            onChange={update}
          />
          <fieldset class="c-radios">
            <legend>Modus</legend>
            {(Object.keys(MODE_LABELS) as Mode[]).map((mode) => (
              <label class="lab-inline" key={mode}>
                <input
                  type="radio"
                  name="c-mode"
                  value={mode}
                  checked={state.mode === mode}
                  onChange={() => update({ mode })}
                />
                {MODE_LABELS[mode]}
              </label>
            ))}
          </fieldset>
          <SelectField
            id="c-field-policy"
            label="Strategie"
            value={state.policy}
            options={POLICY_IDS.map((id) => ({ value: id, text: POLICIES[id].label }))}
            onChange={(policy) => update({ policy })}
          />
          <CompareBoxes state={state} onChange={update} />
        </div>
        <PresetNote presets={PRESETS} specs={SPECS} defaults={DEFAULTS} state={state} />
        <p class="lab-summary">
          <strong>{info.label}:</strong> {info.description}
        </p>
      </div>
      {/* The controls first; the mode's table or charts in a task of their own. */}
      <Later>
        {state.mode === 'step' ? (
          <StepMode state={state} onChange={update} />
        ) : (
          <RunMode state={state} onChange={update} reduced={reduced} />
        )}
      </Later>
    </LabShell>
  );
}

/** Checkboxes for the policies compared side by side (at most MAX_COMPARED besides the selected one). */
function CompareBoxes({
  state,
  onChange,
}: {
  state: CacheLabState;
  onChange: (patch: Partial<CacheLabState>) => void;
}) {
  const chosen = state.cmp.filter((id) => id !== state.policy);
  const full = chosen.length >= MAX_COMPARED;
  return (
    <fieldset class="c-radios">
      <legend>Vergleichen mit (bis zu {MAX_COMPARED})</legend>
      {POLICY_IDS.filter((id) => id !== state.policy).map((id) => {
        const checked = chosen.includes(id);
        return (
          <label class="lab-inline" key={id}>
            <input
              type="checkbox"
              name="c-cmp"
              value={id}
              checked={checked}
              disabled={!checked && full}
              onChange={(e) =>
                onChange({
                  cmp: e.currentTarget.checked
                    ? POLICY_IDS.filter((p) => p === id || chosen.includes(p))
                    : chosen.filter((p) => p !== id),
                })
              }
            />
            {POLICIES[id].label}
          </label>
        );
      })}
    </fieldset>
  );
}
