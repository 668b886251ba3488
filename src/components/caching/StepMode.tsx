/**
 * Step mode: a short trace (Bélády's by default) as a textbook table per policy, stepped forward and
 * back with the playback controls, plus the misses for every number of slots (Bélády's anomaly).
 */
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { MAX_STEP_LENGTH, POLICIES, runTrace, stepTrace } from '../../sim/caching/index.ts';
import type { PolicyId, StepResult } from '../../sim/caching/index.ts';
import { useAnimationFrame } from '../lab/hooks.ts';
import { LiveSummary } from '../lab/LiveSummary.tsx';
import { paramFields } from '../lab/LabShell.tsx';
import { PlaybackControls } from '../lab/PlaybackControls.tsx';
import { labelWithBounds } from '../../sim/shared/index.ts';
import { OnSlide } from '../lab/slideMode.ts';
import { BELADY_TRACE, policiesOf, RANGES, SPECS, traceProblem } from './labState.ts';
import type { CacheLabState } from './labState.ts';
import { missesUpTo, NEXT_USE_LABEL, StepTable } from './StepTable.tsx';
import { SlideTablePicker, useStableOrder } from './SlideTablePicker.tsx';

const SPEEDS = [0.5, 1, 2, 4] as const;
const POLICY_LABELS = Object.fromEntries(
  Object.entries(POLICIES).map(([id, info]) => [id, info.label]),
) as Record<PolicyId, string>;

interface Props {
  state: CacheLabState;
  onChange: (patch: Partial<CacheLabState>) => void;
}

export function StepMode({ state, onChange }: Props) {
  const [shown, setShown] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const policies = policiesOf(state);
  // Keyed on the keys, not the array: a change of policy reads the trace anew (same keys, new array)
  // and must not send the table back to the first access.
  const traceKey = state.trace.join();
  const trace = useMemo(() => Int32Array.from(state.trace), [traceKey]);
  const settings = { seed: state.seed, ttl: state.sttl };
  const results = useMemo(
    () => policies.map((policy) => stepTrace(policy, state.frames, trace, settings)),
    [trace, policies.join(), state.frames, state.seed, state.sttl],
  );
  const n = trace.length;
  const finished = shown >= n;

  // A new trace starts from the first access; other changes keep the position.
  useEffect(() => {
    setShown(0);
    setPlaying(false);
  }, [trace]);
  useEffect(() => {
    if (finished) setPlaying(false);
  }, [finished]);
  // One access per tick (1 per second at 1×): discrete steps, so reduced motion needs nothing else.
  useAnimationFrame(playing, () => setShown((s) => Math.min(n, s + 1)), 1000 / speed);

  const labels = policies.map((id) => POLICIES[id].label);
  // On a slide one table at a time (SlideTablePicker): the selected policy's, picked by the buttons.
  const onSlide = useContext(OnSlide);
  const order = useStableOrder(policies);
  const picking = onSlide && results.length > 1;
  const shownResults = picking ? results.filter((result) => result.policy === state.policy) : results;
  const field = paramFields('c-field-', SPECS, state, onChange);
  return (
    <div class="c-mode" data-testid="c-step-mode">
      <div class="lab-panel lab-controls">
        <TraceField value={state.trace} onChange={(value) => onChange({ trace: value })} />
        {field('frames', labelWithBounds(RANGES.frames), { size: 3, inputMode: 'numeric' })}
        {policies.includes('ttl') && field('sttl', RANGES.sttl.label, { size: 3, inputMode: 'numeric' })}
        {policies.includes('random') &&
          field('seed', `${RANGES.seed.label} (Zufall)`, {
            id: 'c-field-sseed',
            size: 10,
            inputMode: 'numeric',
          })}
      </div>
      <PlaybackControls
        leading={
          <button
            type="button"
            class="lab-button"
            onClick={() => setShown((s) => Math.max(0, s - 1))}
            disabled={playing || shown === 0}
          >
            Schritt zurück
          </button>
        }
        id="c-step"
        playing={playing}
        finished={finished}
        onToggle={() => setPlaying(!playing)}
        onStep={() => setShown((s) => Math.min(n, s + 1))}
        onReset={() => {
          setPlaying(false);
          setShown(0);
        }}
        onEnd={() => {
          setPlaying(false);
          setShown(n);
        }}
        speed={speed}
        speeds={SPEEDS}
        onSpeed={setSpeed}
        stepLabel="1 Zugriff"
      />
      <p class="lab-summary" data-testid="c-step-position" data-lab-stage>
        Zugriff {shown} von {n}
        {shown > 0 ? ` (Schlüssel ${trace[shown - 1]})` : ''}
        {finished ? ' · fertig' : ''}. Legende: ✓ Treffer, ✗ Fehlzugriff, fett = gerade geladen
        {/* On a slide every line counts: each note only where the shown table can need it. */}
        {!onSlide || policies.includes('ttl') ? ', † = TTL abgelaufen' : ''}
        {policies.includes('opt') && (!picking || state.policy === 'opt')
          ? `; „${NEXT_USE_LABEL}“ (OPT): +4 = vier Zugriffe später, nie = gar nicht mehr`
          : ''}
        .
      </p>
      <div class={shownResults.length > 1 ? 'c-columns' : undefined} data-lab-stage>
        {picking && (
          <SlideTablePicker
            policies={order}
            labels={POLICY_LABELS}
            misses={Object.fromEntries(results.map((result) => [result.policy, missesUpTo(result, shown)]))}
            shown={state.policy}
            onPick={(policy) => onChange({ policy, cmp: order.filter((id) => id !== policy) })}
          />
        )}
        {shownResults.map((result) => (
          <div class="lab-panel" key={result.policy}>
            <h3 class="lab-heading">{POLICY_LABELS[result.policy]}</h3>
            <StepTable
              id={`c-step-table-${result.policy}`}
              label={POLICY_LABELS[result.policy]}
              result={result}
              shown={shown}
            />
          </div>
        ))}
      </div>
      <FramesTable
        trace={trace}
        policies={policies}
        labels={labels}
        settings={settings}
        frames={state.frames}
      />
      <LiveSummary text={stepSummary(results, labels, shown, n)} throttleMs={1000} />
    </div>
  );
}

/** The typed trace, checked with the engine's German messages; a bad entry keeps the old trace. */
function TraceField({ value, onChange }: { value: number[]; onChange: (trace: number[]) => void }) {
  const formatted = value.join(', ');
  const [draft, setDraft] = useState(formatted);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(formatted);
    setError(null);
  }, [formatted]);
  const commit = (text: string) => {
    const problem = traceProblem(text);
    setError(problem);
    if (problem === null) {
      const parsed = SPECS.trace.parse(text);
      if (parsed) onChange(parsed);
    }
  };
  return (
    <div class="c-trace-field">
      <label for="c-field-trace">
        Zugriffsfolge (Schlüssel durch Kommas getrennt, höchstens {MAX_STEP_LENGTH})
        <input
          id="c-field-trace"
          type="text"
          size={36}
          value={draft}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? 'c-field-trace-error' : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onChange={(e) => commit(e.currentTarget.value)}
        />
      </label>
      {error !== null && (
        <p id="c-field-trace-error" class="lab-field-error" data-testid="c-trace-error">
          {error}
        </p>
      )}
      <button type="button" class="lab-button" onClick={() => onChange([...BELADY_TRACE])}>
        Beladys Beispielfolge
      </button>
    </div>
  );
}

/** Misses of the whole trace for 1 … RANGES.frames.max slots: more slots, fewer misses — except for FIFO. */
function FramesTable({
  trace,
  policies,
  labels,
  settings,
  frames,
}: {
  trace: Int32Array;
  policies: PolicyId[];
  labels: string[];
  settings: { seed: number; ttl: number };
  frames: number;
}) {
  const sizes = Array.from({ length: RANGES.frames.max }, (_, i) => i + 1);
  const rows = policies.map((policy) =>
    sizes.map((size) => runTrace(policy, size, trace, settings, 1).misses),
  );
  return (
    <div>
      <div class="c-table-scroll" tabIndex={0} role="region" aria-label="Fehlzugriffe je Anzahl der Plätze">
        <table class="lab-table c-frames-table" data-testid="c-frames-table">
          <caption>Fehlzugriffe der ganzen Folge je Anzahl der Plätze (gewählt: {frames})</caption>
          <thead>
            <tr>
              <th scope="col">Strategie</th>
              {sizes.map((size) => (
                <th scope="col" key={size} class={size === frames ? 'c-current' : undefined}>
                  {size}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, k) => (
              <tr key={policies[k]}>
                <th scope="row">{labels[k]}</th>
                {row.map((misses, i) => (
                  <td
                    key={i}
                    class={sizes[i] === frames ? 'c-current' : undefined}
                    data-policy={policies[k]}
                    data-frames={sizes[i]}
                    data-series={policies[k]}
                    data-metric={`misses-${sizes[i]}`}
                    data-value={misses}
                  >
                    {misses}
                    {i > 0 && misses > row[i - 1] && (
                      <>
                        <span aria-hidden="true"> ↑</span>
                        <span class="sr-only"> (mehr als mit einem Platz weniger: Belady-Anomalie)</span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* The arrow's meaning on screen too (screen readers hear it in each cell; review B4-2). */}
      {rows.some((row) => row.some((misses, i) => i > 0 && misses > row[i - 1])) && (
        <p class="lab-summary c-frames-legend" aria-hidden="true" data-testid="c-frames-legend">
          ↑ = mehr Fehlzugriffe als mit einem Platz weniger (Beladys Anomalie)
        </p>
      )}
    </div>
  );
}

function stepSummary(results: StepResult[], labels: string[], shown: number, n: number): string {
  if (shown === 0) return `Noch kein Zugriff; die Folge hat ${n} ${n === 1 ? 'Zugriff' : 'Zugriffe'}.`;
  const parts = results.map((result, k) => {
    const step = result.steps[shown - 1];
    const misses = missesUpTo(result, shown);
    const evicted = step.evicted === null ? '' : `, verdrängt ${step.evicted}`;
    return `${labels[k]} ${step.hit ? 'Treffer' : 'Fehlzugriff'}${evicted}, bisher ${misses} ${misses === 1 ? 'Fehlzugriff' : 'Fehlzugriffe'}`;
  });
  return `Zugriff ${shown} von ${n}: ${parts.join('; ')}.`;
}
