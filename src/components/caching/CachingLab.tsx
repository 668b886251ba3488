/**
 * The caching lab (a Preact island): step through a short trace like in a textbook, or run long
 * workloads with several policies side by side, the miss-ratio curve and a cache hierarchy. The state
 * lives in the URL (keys `c.…`); the engine is the one in src/sim/caching.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { POLICIES, POLICY_IDS } from '../../sim/caching/index.ts';
import type { PolicyId } from '../../sim/caching/index.ts';
import { useMarkHydrated, useReducedMotion } from '../lab/hooks.ts';
import { writeUrlState } from '../lab/urlState.ts';
import { DEFAULTS, MAX_COMPARED, PREFIX, readCacheState, SPECS } from './labState.ts';
import type { CacheLabState, Mode } from './labState.ts';
import { RunMode } from './RunMode.tsx';
import { StepMode } from './StepMode.tsx';
import { AfterHydration } from '../lab/AfterHydration.tsx';

const MODE_LABELS: Record<Mode, string> = {
  step: 'Schritt für Schritt (kurze Folge als Tabelle)',
  run: 'Lange Läufe (Lastmuster, Kurve, Hierarchie)',
};

/** Children: the pre-rendered sources, one element per policy with `data-lab-source="<id>"`. */
export default function CachingLab({ children }: { children?: ComponentChildren }) {
  return (
    <AfterHydration>
      <Lab>{children}</Lab>
    </AfterHydration>
  );
}

function Lab({ children }: { children?: ComponentChildren }) {
  const initial = useMemo(() => readCacheState(window.location.search), []);
  const [state, setState] = useState<CacheLabState>(initial.state);
  const [urlErrors, setUrlErrors] = useState(initial.errors);
  const reduced = useReducedMotion();
  const sourceRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  useMarkHydrated(rootRef);

  useEffect(() => writeUrlState(PREFIX, SPECS, state, DEFAULTS), [state]);
  useEffect(() => {
    sourceRef.current?.querySelectorAll<HTMLElement>('[data-lab-source]').forEach((element) => {
      element.hidden = element.dataset.labSource !== state.policy;
    });
    // Expressive Code makes wide blocks keyboard-scrollable on page load; these arrive with the island.
    sourceRef.current?.querySelectorAll('pre').forEach((pre) => {
      if (pre.scrollWidth > pre.clientWidth) pre.tabIndex = 0;
    });
  });

  const update = (patch: Partial<CacheLabState>) => {
    setUrlErrors([]);
    setState((old) => ({ ...old, ...patch }));
  };
  const info = POLICIES[state.policy];
  return (
    <section
      ref={rootRef}
      class="lab-live c-lab"
      aria-label="Caching-Labor"
      data-reduced-motion={String(reduced)}
    >
      {urlErrors.length > 0 && (
        <div class="lab-errors" data-testid="lab-url-errors">
          <strong>Hinweis zur Adresse:</strong>
          <ul>
            {urlErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="lab-panel">
        <div class="lab-controls">
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
          <label for="c-field-policy">
            Strategie
            <select
              id="c-field-policy"
              value={state.policy}
              onChange={(e) => update({ policy: e.currentTarget.value as PolicyId })}
            >
              {POLICY_IDS.map((id) => (
                <option key={id} value={id}>
                  {POLICIES[id].label}
                </option>
              ))}
            </select>
          </label>
          <CompareBoxes state={state} onChange={update} />
        </div>
        <p class="lab-summary">
          <strong>{info.label}:</strong> {info.description}
        </p>
      </div>
      {state.mode === 'step' ? (
        <StepMode state={state} onChange={update} />
      ) : (
        <RunMode state={state} onChange={update} reduced={reduced} />
      )}
      <div class="c-source" ref={sourceRef}>
        <h3 class="c-heading">Quelltext: {info.label}</h3>
        <p class="lab-summary">Genau diese Datei ({info.sourcePath}) führt das Labor aus.</p>
        {children}
      </div>
    </section>
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
