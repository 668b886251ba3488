/**
 * The message-queue lab (a Preact island): the deck's pizza shop as a seeded simulation of a
 * broker queue with bakers, acknowledgements, retries and backpressure. The whole run is computed
 * at once by the engine (src/sim/queue), in the labs' worker (worker/jobs.ts), so the controls
 * answer meanwhile; playing moves a cursor through its timeline, so the picture, the charts and
 * the summary show the same moment. Controls render first, the picture and each chart in a task
 * of their own (Later). The state lives in the URL (`q.…`).
 */
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { mmcWait, type QueueResult } from '../../sim/queue/index.ts';
import { LineChart } from '../lab/charts.tsx';
import { JobProgressNote } from '../lab/JobProgress.tsx';
import { Later } from '../lab/Later.tsx';
import { useJob } from '../lab/worker/useJob.ts';
import { useAnimationFrame, useReducedMotion } from '../lab/hooks.ts';
import { hydrateLate, LabErrors, LabShell, useUrlState } from '../lab/LabShell.tsx';
import { LiveSummary } from '../lab/LiveSummary.tsx';
import { PlaybackControls } from '../lab/PlaybackControls.tsx';
import { erlangApplies } from './erlang-applies.ts';
import { OnSlide } from '../lab/slideMode.ts';
import { FIGURE_ROWS, figureText, noWaitNote, RUN_SERIES } from './figures.ts';
import { count, finite, minutes, percent } from './format.ts';
import { HockeyStick } from './HockeyStick.tsx';
import {
  DEFAULTS,
  PREFIX,
  readQueueState,
  SPECS,
  toScenario,
  utilisation,
  type QueueLabState,
} from './labState.ts';
import { QueueControls } from './QueueControls.tsx';
import { QueueShop } from './QueueShop.tsx';

const SPEEDS = [0.5, 1, 2, 4] as const;
/** Bins revealed per second at 1×: a run of 200 bins plays in five seconds. */
const BINS_PER_SECOND = 40;
/** Height of a chart's drawing on a lecture slide, in CSS px (on the page: the chart's default). */
const SLIDE_CHART_HEIGHT = 64;

export default hydrateLate(Lab);

function Lab() {
  const { state, update, urlErrors } = useUrlState(readQueueState, PREFIX, SPECS, DEFAULTS);
  const reduced = useReducedMotion();
  const built = useMemo(() => toScenario(state), [state]);
  const run = useJob(built.scenario ? JSON.stringify(built.scenario) : '', () =>
    built.scenario ? { kind: 'queue-run', scenario: built.scenario } : null,
  );
  // While a new run computes, the last one stays on screen (the layout does not jump); a scenario
  // the engine refuses shows none.
  const lastResult = useRef<QueueResult | null>(null);
  if (!built.scenario || run.error) lastResult.current = null;
  else if (run.result) lastResult.current = run.result;
  const result = lastResult.current;
  const bins = result?.timeline.bins ?? 0;
  // The cursor (bins shown) belongs to one run: a new run shows its end at once, in its first
  // render already (an experiment link answers without a click, and no "Bereit" flashes up);
  // „Abspielen“ replays it from minute 0.
  const [cursor, setCursor] = useState<{ of: QueueResult | null; shown: number }>({ of: null, shown: 0 });
  const shown = cursor.of === result ? cursor.shown : bins;
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const progress = useRef(0);
  const jump = (to: number) => {
    progress.current = Math.max(0, Math.min(bins, to));
    const next = Math.floor(progress.current);
    // A frame that stays in the same bin keeps the state object: no render.
    setCursor((now) => (now.of === result && now.shown === next ? now : { of: result, shown: next }));
    if (progress.current >= bins) setPlaying(false);
  };
  useEffect(() => {
    setPlaying(false);
    jump(bins);
  }, [result]);
  const atEnd = shown >= bins;
  useAnimationFrame(
    playing,
    (elapsed) => jump(progress.current + (elapsed / 1000) * BINS_PER_SECOND * speed),
    reduced ? 1000 : 0,
  );
  // What does not move while the run plays is one vnode per setting (or run): a frame that moves
  // the cursor re-renders only the shop, the charts and the summary.
  const controls = useMemo(
    () => (
      <div class="lab-panel">
        <QueueControls state={state} onChange={update} />
        <p class="lab-summary" data-testid="q-load">
          <LoadNote state={state} />
        </p>
      </div>
    ),
    [state],
  );
  const playback = useMemo(
    () => (
      <PlaybackControls
        id="q-play"
        playing={playing}
        finished={atEnd}
        replayable
        onToggle={() => {
          if (!playing && atEnd) jump(0);
          setPlaying(!playing);
        }}
        onStep={() => jump(progress.current + 10)}
        onReset={() => {
          setPlaying(false);
          jump(0);
        }}
        onEnd={() => jump(bins)}
        speed={speed}
        speeds={SPEEDS}
        onSpeed={setSpeed}
        stepLabel="5 % der Zeit"
      />
    ),
    // jump() keeps the cursor with its run, so a new run brings new handlers.
    [playing, atEnd, speed, result],
  );
  const totals = useMemo(
    () =>
      result && (
        <Later>
          <Totals result={result} />
        </Later>
      ),
    [result],
  );
  const hockey = useMemo(() => <HockeyStick state={state} />, [state]);
  return (
    <LabShell
      label="Message-Queue-Labor"
      class="q-lab"
      data={{ 'data-reduced-motion': String(reduced) }}
      urlErrors={urlErrors}
      sourceIds={['simulate']}
      sourceHeading="Quelltext: die Simulation des Pizzaladens"
      sourceNote="Genau diese Datei (src/sim/queue/simulate.ts) führt das Labor aus."
    >
      {controls}
      <LabErrors messages={built.errors} />
      <LabErrors messages={run.error ? [run.error] : []} />
      {built.scenario && run.progress && (
        <JobProgressNote id="q-run-progress" label="Lauf wird berechnet" progress={run.progress} />
      )}
      {result && (
        <>
          {playback}
          <Moment result={result} state={state} shown={shown} />
          {/* The whole run's figures belong to its end: hidden while it plays from minute 0. */}
          {atEnd && totals}
        </>
      )}
      {hockey}
    </LabShell>
  );
}

/** Utilisation of the bakers and, where the textbook applies, Erlang C's mean waiting time. */
function LoadNote({ state }: { state: QueueLabState }) {
  const rho = utilisation(state);
  const groups = state.mode === 'publishSubscribe' ? ` je Abonnent` : '';
  if (!Number.isFinite(rho)) return <>Ohne Bäcker bleibt jede Bestellung liegen.</>;
  const textbook = rho < 1 && erlangApplies(state);
  // Exponential baking and Poisson arrivals, but something else breaks M/M/c: say so instead of a number.
  const sideEffects = rho < 1 && state.svc === 'exponential' && state.arr === 'poisson' && !textbook;
  return (
    <>
      Auslastung der Bäcker{groups}: ρ = λ·E[S]/c = <strong>{percent(rho)}</strong>
      {rho >= 1 && ' – mehr Bestellungen, als die Bäcker schaffen: die Schlange wächst, bis sie voll ist.'}
      {textbook &&
        ` – die Warteschlangentheorie (M/M/${state.bakers}, Erlang C) sagt im Mittel ${minutes(mmcWait(state.bakers, state.rate, state.mean))} Wartezeit voraus, solange die Schlange nie voll ist.`}
      {sideEffects &&
        ' – die Vorhersage der Warteschlangentheorie (Erlang C) gilt hier nicht, weil Bestellungen erneut zugestellt werden, Bäcker telefonieren, die Zahl der Bäcker wechselt oder der Broker ausfällt.'}
    </>
  );
}

function cumulative(values: Int32Array): number[] {
  const out: number[] = [];
  let sum = 0;
  for (let i = 0; i < values.length; i++) out.push((sum += values[i]));
  return out;
}

/** Every chart's whole series, built once per run: playing only moves the charts' cursor. */
function runSeries(result: QueueResult) {
  const t = result.timeline;
  const whole = (values: ArrayLike<number>) => Array.from(values, finite);
  const problems = [
    { label: 'abgewiesen', values: cumulative(t.rejected) },
    { label: 'neu zugestellt', values: cumulative(t.redelivered) },
    { label: 'doppelt', values: cumulative(t.duplicates) },
    { label: 'Dead Letters', values: cumulative(t.deadLettered) },
  ];
  return {
    xs: Array.from({ length: t.bins }, (_, b) => (b + 1) * t.intervalMin),
    problems,
    queue: [{ label: 'wartende Bestellungen', values: whole(t.queueLength) }],
    wait: [
      { label: 'Median', values: whole(t.waitP50) },
      { label: 'p95', values: whole(t.waitP95) },
    ],
    utilization: [{ label: 'Auslastung', values: whole(Array.from(t.utilization, (u) => u * 100)) }],
    rejects: problems.slice(0, 2),
    duplicates: problems.slice(2),
  };
}

/**
 * The width of the element behind the returned ref, in CSS pixels, kept between `min` and `max`:
 * charts drawn at their real width keep their text at its real size on a phone.
 */
function useWidth(min: number, max: number, twoColumns = false) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(max);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    // Two columns of at least 22rem, 1rem apart, from 45rem (queue.css); always two on a slide.
    const observer = new ResizeObserver(([entry]) => {
      const total = entry.contentRect.width;
      const column = total >= 720 || twoColumns ? (total - 16) / 2 : total;
      setWidth(Math.round(Math.max(min, Math.min(max, column))));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [twoColumns]);
  return { ref, width };
}

/** The shop, the charts and the summary at the cursor (bins 0 … shown − 1). */
function Moment({ result, state, shown }: { result: QueueResult; state: QueueLabState; shown: number }) {
  const t = result.timeline;
  // On a slide two charts stand side by side, lower, under the shop (queue.css, lab-slide.css).
  const onSlide = useContext(OnSlide);
  const { ref, width } = useWidth(260, 480, onSlide);
  const groups = state.mode === 'publishSubscribe' ? state.subs : 1;
  // A line per subscriber in the shop leaves the charts less room.
  const height = onSlide ? (groups > 1 ? SLIDE_CHART_HEIGHT - 24 : SLIDE_CHART_HEIGHT) : undefined;
  const lines = useMemo(() => runSeries(result), [result]);
  const { xs, problems } = lines;
  const last = Math.max(0, shown - 1);
  const at = (series: { values: number[] }) => (shown === 0 ? 0 : (series.values[shown - 1] ?? 0));
  const minute = shown === 0 ? 0 : Math.min(result.endMin, shown * t.intervalMin);
  const counts =
    `${count(at(problems[0]))} abgewiesen, ${count(at(problems[2]))} doppelt ausgeliefert, ` +
    `${count(at(problems[3]))} in der Dead-Letter-Queue.`;
  // No order ever left the queue (no baker): no waiting time, "–" and a note instead of 0,0 min.
  const noWait = noWaitNote(result);
  const waiting = count(finite(t.queueLength[last]));
  const summary =
    shown === 0
      ? `Bereit: ${count(state.orders)} Bestellungen. „Abspielen“ startet den Lauf.`
      : shown >= t.bins
        ? `Ergebnis nach ${count(result.endMin)} Minuten (ganzer Lauf): Wartezeit im Mittel ${figureText(result, 'waitMean')}, ` +
          `p95 ${figureText(result, 'waitP95')}, ${counts}${noWait ? ` ${noWait}` : ''} „Abspielen“ spielt ihn ab Minute 0 ab.`
        : `Zwischenstand bei Minute ${count(minute)}: ${waiting} ${waiting === '1' ? 'Bestellung wartet' : 'Bestellungen warten'}, ` +
          `Wartezeit p95 gerade ${noWait ? '–' : minutes(t.waitP95[last])}, ${counts}`;
  return (
    <>
      <Later>
        <QueueShop
          minute={minute}
          groups={groups}
          queued={shown === 0 ? 0 : t.queueLength[last]}
          capacity={state.cap}
          consumers={shown === 0 ? state.bakers : t.consumers[last]}
          utilization={shown === 0 ? 0 : t.utilization[last]}
          deadLettered={at(problems[3])}
          pointToPoint={groups === 1}
        />
      </Later>
      <LiveSummary text={summary} />
      <div class="q-charts" ref={ref} data-lab-stage>
        <Later>
          <LineChart
            id="q-queue-chart"
            width={width}
            height={height}
            title="Warteschlange über die Zeit"
            yLabel="wartende Bestellungen"
            desc={`Wartende Bestellungen${groups > 1 ? ' aller Abonnenten' : ''} im Mittel je Zeitabschnitt; höchstens ${count(result.maxQueueLength)}.`}
            xs={xs}
            xLabel="Minuten"
            series={lines.queue}
            shown={shown}
          />
        </Later>
        <Later>
          <LineChart
            id="q-wait-chart"
            width={width}
            height={height}
            title="Wartezeit in der Schlange"
            desc={`Median und 95. Perzentil der Wartezeit bis zum Backbeginn je Zeitabschnitt; über den ganzen Lauf p95 ${figureText(result, 'waitP95')}.`}
            xs={xs}
            xLabel="Minuten"
            unit="min"
            series={lines.wait}
            shown={shown}
          />
        </Later>
        <Later>
          <LineChart
            id="q-util-chart"
            width={width}
            height={height}
            title="Auslastung der Bäcker"
            desc={`Anteil der Bäcker, die gerade backen; über den ganzen Lauf ${percent(result.utilization)}.`}
            xs={xs}
            xLabel="Minuten"
            unit="%"
            series={lines.utilization}
            shown={shown}
          />
        </Later>
        <Later>
          <LineChart
            id="q-reject-chart"
            width={width}
            height={height}
            title="Abgewiesen und neu zugestellt, aufsummiert"
            desc={`Bis zum Ende: ${count(result.totals.rejected)} Versuche abgewiesen, ${count(result.totals.redelivered)} Bestellungen nach dem Sichtbarkeits-Timeout neu zugestellt.`}
            xs={xs}
            xLabel="Minuten"
            series={lines.rejects}
            shown={shown}
          />
        </Later>
        <Later>
          <LineChart
            id="q-duplicate-chart"
            width={width}
            height={height}
            title="Doppelt ausgeliefert und Dead Letters, aufsummiert"
            desc={`Bis zum Ende: ${count(result.totals.duplicates)} Bestellungen doppelt ausgeliefert, ${count(result.totals.deadLettered)} in der Dead-Letter-Queue.`}
            xs={xs}
            xLabel="Minuten"
            series={lines.duplicates}
            shown={shown}
          />
        </Later>
      </div>
    </>
  );
}

/** The whole run's figures (figures.ts), each cell marked for the experiments' claims. */
function Totals({ result }: { result: QueueResult }) {
  const noWait = noWaitNote(result);
  return (
    <>
      <table class="lab-table q-totals" data-testid="q-totals">
        <caption>Ergebnis des ganzen Laufs ({count(result.endMin)} Minuten)</caption>
        <tbody>
          {FIGURE_ROWS.map((row) => {
            const value = row.value(result);
            return (
              <tr key={row.metric}>
                <th scope="row">{row.label}</th>
                <td data-series={RUN_SERIES} data-metric={row.metric} data-value={String(value)}>
                  {row.text(value)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {noWait && (
        <p class="lab-note q-no-wait" data-testid="q-no-wait">
          {noWait}
        </p>
      )}
    </>
  );
}
