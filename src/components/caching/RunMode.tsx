/**
 * Run mode: a long workload run by every chosen policy on the same trace, the hit ratio over time
 * revealed while playing, the figures side by side, the miss-ratio curve (computed on request) and
 * the cache hierarchy on the same trace.
 */
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { POLICIES } from '../../sim/caching/index.ts';
import type { RunResult } from '../../sim/caching/index.ts';
import { JobProgressNote } from '../lab/JobProgress.tsx';
import { useJob } from '../lab/worker/useJob.ts';
import { LineChart } from '../lab/charts.tsx';
import { useAnimationFrame } from '../lab/hooks.ts';
import { LiveSummary } from '../lab/LiveSummary.tsx';
import { LabErrors, paramFields } from '../lab/LabShell.tsx';
import { SelectField } from '../lab/SelectField.tsx';
import { PlaybackControls } from '../lab/PlaybackControls.tsx';
import { OnSlide } from '../lab/slideMode.ts';
import { count, finite, percent } from './format.ts';
import { HierarchyView } from './HierarchyView.tsx';
import { CurveSection } from './CurveSection.tsx';
import { labelWithBounds, labelWithUnit } from '../../sim/shared/index.ts';
import { policiesOf, RANGES, SPECS, toRunScenario, WINDOWS, WORKLOAD_KINDS } from './labState.ts';
import type { CacheLabState, WorkloadKind } from './labState.ts';

const SPEEDS = [0.5, 1, 2, 4] as const;
/** Windows revealed per second at 1×: a run plays in five seconds. */
const WINDOWS_PER_SECOND = 20;

export const WORKLOAD_LABELS: Record<WorkloadKind, string> = {
  zipf: 'Zipf (wenige Schlüssel sehr beliebt)',
  uniform: 'gleichverteilt',
  loop: 'Schleife (sequenzieller Durchlauf)',
  shifting: 'wanderndes Hot Set (Zipf, verschiebt sich 4×)',
  scan: 'Hot Set mit 5 Scans',
};

interface Props {
  state: CacheLabState;
  onChange: (patch: Partial<CacheLabState>) => void;
  reduced: boolean;
}

export function RunMode({ state, onChange, reduced }: Props) {
  const policies = policiesOf(state);
  const runKey = [
    state.wl,
    state.keys,
    state.alpha,
    state.len,
    state.size,
    state.ttl,
    state.seed,
    policies,
  ].join('|');
  // The runs compute in the labs' worker (a run at the limits takes seconds), with progress meanwhile.
  const checked = useMemo(() => toRunScenario(state), [runKey]);
  const job = useJob(runKey, () =>
    checked.scenario ? { kind: 'cache-run', scenario: checked.scenario } : null,
  );
  const built = useMemo(
    () => ({
      errors: checked.errors.length > 0 ? checked.errors : job.error ? [job.error] : [],
      trace: job.result?.trace ?? null,
      runs: job.result?.runs ?? ([] as RunResult[]),
    }),
    [checked, job.result, job.error],
  );
  const windows = built.runs[0]?.windowEnd.length ?? WINDOWS;

  const [shown, setShown] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const progress = useRef(0);
  const jump = (to: number) => {
    progress.current = Math.max(0, Math.min(windows, to));
    setShown(Math.floor(progress.current));
    if (progress.current >= windows) setPlaying(false);
  };
  useEffect(() => {
    setPlaying(false);
    jump(0);
  }, [built]);
  // Reduced motion: the chart grows in one jump per second instead of smoothly.
  useAnimationFrame(
    playing,
    (elapsed) => jump(progress.current + (elapsed / 1000) * WINDOWS_PER_SECOND * speed),
    reduced ? 1000 : 0,
  );

  const labels = useMemo(() => policies.map((id) => POLICIES[id].label), [runKey]);
  const finished = shown >= windows;
  // What does not move while the run plays is one vnode per setting: a frame that reveals another
  // window re-renders only the chart, the table and the summary (the hierarchy's and the curve's
  // charts stay as they are).
  const settings = useMemo(() => {
    const numberField = paramFields('c-field-', SPECS, state, onChange);
    const field = (key: keyof CacheLabState, label: string, size = 7) => numberField(key, label, { size });
    return (
      <fieldset class="lab-panel lab-controls">
        <legend>Last und Cache</legend>
        <SelectField
          id="c-field-wl"
          label="Lastmuster"
          value={state.wl}
          options={WORKLOAD_KINDS.map((kind) => ({ value: kind, text: WORKLOAD_LABELS[kind] }))}
          onChange={(wl) => onChange({ wl })}
        />
        {field('keys', RANGES.keys.label)}
        {(state.wl === 'zipf' || state.wl === 'shifting') && field('alpha', labelWithBounds(RANGES.alpha), 4)}
        {field('len', RANGES.len.label)}
        {field('size', labelWithUnit(RANGES.size))}
        {policies.includes('ttl') && field('ttl', RANGES.ttl.label)}
        {field('seed', RANGES.seed.label, 10)}
      </fieldset>
    );
  }, [state, onChange]);
  const below = useMemo(
    () =>
      built.trace && (
        <>
          <CurveSection
            trace={built.trace}
            state={state}
            policies={policies}
            labels={labels}
            runKey={runKey}
          />
          <HierarchyView state={state} onChange={onChange} trace={built.trace} />
        </>
      ),
    [built.trace, state, onChange],
  );
  const computing = job.progress !== null;
  const playback = useMemo(
    () => (
      <PlaybackControls
        id="c-run"
        playing={playing}
        finished={finished || computing}
        onToggle={() => setPlaying(!playing)}
        onStep={() => jump(progress.current + 5)}
        onReset={() => {
          setPlaying(false);
          jump(0);
        }}
        onEnd={() => jump(windows)}
        speed={speed}
        speeds={SPEEDS}
        onSpeed={setSpeed}
        stepLabel="5 % der Zugriffe"
      />
    ),
    [playing, finished, computing, speed, windows],
  );
  return (
    <div class="c-mode" data-testid="c-run-mode">
      {settings}
      <LabErrors messages={built.errors} />
      {job.progress && (
        <JobProgressNote id="c-run-progress" label="Lauf wird berechnet" progress={job.progress} />
      )}
      {playback}
      <div data-lab-stage>
        <HitRatioChart runs={built.runs} labels={labels} shown={shown} />
      </div>
      <FiguresTable runs={built.runs} labels={labels} shown={shown} />
      <LiveSummary text={runSummary(built.runs, labels, shown, state, computing)} />
      {below}
    </div>
  );
}

/** Hit ratio per time window (one policy: also the running total), revealed up to `shown` windows. */
function HitRatioChart({ runs, labels, shown }: { runs: RunResult[]; labels: string[]; shown: number }) {
  // On a lecture slide the chart leaves room for its legend under it (lab-slide.css).
  const height = useContext(OnSlide) ? 110 : undefined;
  if (runs.length === 0) return null;
  const xs = Array.from(runs[0].windowEnd);
  const pct = (values: Float64Array) => Array.from(values.subarray(0, shown), (v) => finite(v) * 100);
  const series =
    runs.length === 1
      ? [
          { label: `${labels[0]} je Fenster`, values: pct(runs[0].windowHitRatio) },
          { label: `${labels[0]} gesamt`, values: pct(runs[0].cumulativeHitRatio) },
        ]
      : runs.map((run, k) => ({ label: labels[k], values: pct(run.windowHitRatio) }));
  return (
    <LineChart
      id="c-hit-chart"
      height={height}
      title="Trefferquote über die Zeit"
      desc={`Anteil der Treffer je Zeitfenster von ${count(xs[1] - xs[0] || xs[0])} Zugriffen, für ${labels.join(', ')} auf derselben Zugriffsfolge.`}
      xs={xs}
      xLabel="Zugriffe"
      yLabel="Trefferquote"
      unit="%"
      series={series}
    />
  );
}

/** Counted figures up to the last shown window (warm-up is 0, so hits = ratio × accesses). */
function figuresAt(run: RunResult, shown: number) {
  const w = Math.min(shown, run.windowEnd.length) - 1;
  const accesses = w < 0 ? 0 : run.windowEnd[w];
  const ratio = w < 0 ? 0 : finite(run.cumulativeHitRatio[w]);
  const hits = Math.round(ratio * accesses);
  return { accesses, ratio, hits, misses: accesses - hits };
}

function FiguresTable({ runs, labels, shown }: { runs: RunResult[]; labels: string[]; shown: number }) {
  const figures = runs.map((run) => figuresAt(run, shown));
  const opt = runs.findIndex((run) => run.policy === 'opt');
  const rows: { metric: string; label: string; value: (k: number) => number; text: (v: number) => string }[] =
    [
      { metric: 'ratio', label: 'Trefferquote', value: (k) => figures[k].ratio, text: percent },
      { metric: 'hits', label: 'Treffer', value: (k) => figures[k].hits, text: count },
      { metric: 'misses', label: 'Fehlzugriffe', value: (k) => figures[k].misses, text: count },
      { metric: 'accesses', label: 'Zugriffe bisher', value: (k) => figures[k].accesses, text: count },
    ];
  if (opt !== -1) {
    rows.push({
      metric: 'vsopt',
      label: 'Fehlzugriffe mehr als OPT',
      value: (k) => figures[k].misses - figures[opt].misses,
      text: count,
    });
  }
  return (
    <div class="c-table-scroll" tabIndex={0} role="region" aria-label="Kennzahlen der Strategien">
      <table class="lab-table" data-testid="c-run-figures">
        <caption>Kennzahlen nebeneinander, bis zum aktuellen Zeitpunkt</caption>
        <thead>
          <tr>
            <th scope="col">Kennzahl</th>
            {labels.map((label) => (
              <th scope="col" key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.metric}>
              <th scope="row">{row.label}</th>
              {runs.map((run, k) => {
                const value = finite(row.value(k));
                return (
                  <td
                    key={run.policy}
                    data-metric={row.metric}
                    data-policy={run.policy}
                    data-series={run.policy}
                    data-value={value}
                  >
                    {row.text(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function runSummary(
  runs: RunResult[],
  labels: string[],
  shown: number,
  state: CacheLabState,
  computing: boolean,
): string {
  if (computing) return `Berechne ${count(state.len)} Zugriffe …`;
  if (runs.length === 0) return 'Das Szenario ist ungültig; bitte die Eingaben prüfen.';
  if (shown === 0) {
    return `Bereit: ${count(state.len)} Zugriffe (${WORKLOAD_LABELS[state.wl]}), Cache-Größe ${count(state.size)}. „Abspielen“ startet den Lauf.`;
  }
  const finished = shown >= runs[0].windowEnd.length;
  const figures = runs.map((run) => figuresAt(run, shown));
  const parts = figures.map((f, k) => `${labels[k]} ${percent(f.ratio)}`);
  return `${finished ? 'Ergebnis' : 'Zwischenstand'} nach ${count(figures[0].accesses)} Zugriffen – Trefferquote: ${parts.join(', ')}.`;
}
