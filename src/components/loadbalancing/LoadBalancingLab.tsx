/**
 * The load-balancing lab (a Preact island): pick an algorithm, servers and workload, watch the
 * requests flow, compare two algorithms on the identical workload. The state lives in the URL
 * (keys `lb-…`); the engine is the one in src/sim/loadbalancing. Controls render first, the
 * picture, table and charts each in a task of their own (Later); "Bis zum Ende" runs the rest of
 * the simulation in short slices (stagger.ts), so the page answers taps meanwhile. While it plays,
 * an animation frame only steps the engine and draws the pictures' canvases (ServerView); Preact
 * renders the texts, figures and charts every REFRESH_MS.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { algorithmInfo, latencyOverTime, Simulation } from '../../sim/loadbalancing/index.ts';
import type { AlgorithmId, SimulationResult } from '../../sim/loadbalancing/index.ts';
import { useAnimationFrame, useReducedMotion } from '../lab/hooks.ts';
import { JobProgressNote } from '../lab/JobProgress.tsx';
import { Later } from '../lab/Later.tsx';
import { runInSlices, takeTurn } from '../lab/stagger.ts';
import { PlaybackControls } from '../lab/PlaybackControls.tsx';
import { LiveSummary } from '../lab/LiveSummary.tsx';
import { LineChart, BarChart, type Band } from '../lab/charts.tsx';
import { hydrateLate, LabErrors, LabShell, useUrlState } from '../lab/LabShell.tsx';
import { DEFAULTS, PREFIX, PRESETS, readLbState, SPECS, toScenario } from './labState.ts';
import type { LbState } from './labState.ts';
import { ServerView, type Painters } from './ServerView.tsx';
import { Controls } from './Controls.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { metricText } from './figures.ts';
import { germanNumber } from '../../lib/germanNumber.ts';

const SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;
const STEP_MS = 250;
/** How often figures and charts refresh while the run moves. */
const REFRESH_MS = 200;

export default hydrateLate(Lab);

function Lab() {
  const lab = useUrlState(readLbState, PREFIX, SPECS, DEFAULTS, { presets: PRESETS });
  const { state } = lab;
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const [, setFrame] = useState(0);
  const reduced = useReducedMotion();

  const ids: AlgorithmId[] = state.cmp === 'none' ? [state.algo] : [state.algo, state.cmp];
  const built = useMemo(() => {
    const scenarios = ids.map((id) => toScenario(state, id));
    const errors = scenarios.flatMap((s) => s.errors);
    return { errors, sims: scenarios.flatMap((s) => (s.scenario ? [new Simulation(s.scenario)] : [])) };
    // A new run whenever any setting changes; the state object changes only then.
  }, [state]);
  const sims = built.sims;
  const finished = sims.every((sim) => sim.done);
  // "Bis zum Ende" in slices: the function that stops it while it runs, else null.
  const ending = useRef<(() => void) | null>(null);
  const stopEnding = () => {
    ending.current?.();
    ending.current = null;
  };
  useEffect(() => stopEnding, [sims]);

  // Each picture's painter: an animation frame draws the moving parts on the canvases directly;
  // the texts (clock, server numbers) follow with the figures every REFRESH_MS, not per frame.
  const painters = useRef<Painters>(new Set()).current;
  const advance = (ms: number, render = true) => {
    const target = (sims[0]?.nowMs ?? 0) + ms;
    for (const sim of sims) sim.advanceTo(target);
    for (const paint of painters) paint();
    if (sims.every((sim) => sim.done)) setPlaying(false);
    if (render) setFrame((f) => f + 1);
  };
  // Reduced motion: no per-frame animation; the figures jump once a second instead.
  // A frame that fires after "Pause" rendered (its effect is cleaned up later) changes nothing: the
  // canvas would run ahead of the texts.
  useAnimationFrame(playing, (elapsed) => playing && advance(elapsed * speed, reduced), reduced ? 1000 : 0);

  const update = (patch: Partial<LbState>) => {
    stopEnding();
    setPlaying(false);
    lab.update(patch);
  };
  const reset = () => {
    stopEnding();
    setPlaying(false);
    lab.restart();
  };
  // The same events as sim.run(), one step of each simulation per call, until none is left.
  const toEnd = () => {
    if (ending.current) return;
    setPlaying(false);
    ending.current = runInSlices(() => sims.map((sim) => sim.step()).some(Boolean), {
      take: takeTurn,
      onTurn: () => setFrame((f) => f + 1),
      onDone: () => {
        ending.current = null;
        setFrame((f) => f + 1);
      },
    });
    setFrame((f) => f + 1);
  };

  const labels = ids.map((id) => algorithmInfo(id).label);
  // Figures and charts scan the whole request log: while the run moves they refresh five times a
  // second, in a task of their own (not inside an animation frame, which stays short); when it
  // stands still they show this very moment.
  const busy = playing || ending.current !== null;
  const [refreshed, setRefreshed] = useState(0);
  useEffect(() => {
    if (!busy) return undefined;
    const timer = setInterval(() => setRefreshed((r) => r + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, [busy]);
  const cache = useRef<{ sims: Simulation[]; refreshed: number; results: SimulationResult[] }>();
  if (!cache.current || cache.current.sims !== sims || !busy || cache.current.refreshed !== refreshed) {
    cache.current = { sims, refreshed, results: sims.map((sim) => sim.result()) };
  }
  const results = cache.current.results;
  // The same vnodes while the results stay the same: Preact then skips table and charts.
  const figures = useMemo(
    () => (
      <>
        <Later>
          <FiguresTable ids={ids} labels={labels} results={results} />
        </Later>
        <Charts labels={labels} results={results} servers={state.n} outage={outageBand(state)} />
      </>
    ),
    [results],
  );
  // Likewise the controls: an animation frame re-renders only what moves.
  const controls = useMemo(
    () => (
      <>
        <LabErrors messages={built.errors} />
        <Controls state={state} onChange={update} />
      </>
    ),
    [built, state],
  );
  const ends = ending.current !== null;
  const playback = useMemo(
    () => (
      <PlaybackControls
        id="lb"
        playing={playing}
        finished={finished}
        onToggle={() => {
          stopEnding();
          setPlaying(!playing);
        }}
        onStep={() => advance(STEP_MS)}
        onReset={reset}
        onEnd={toEnd}
        speed={speed}
        speeds={SPEEDS}
        onSpeed={setSpeed}
        stepLabel="250 ms"
      />
    ),
    [sims, playing, finished, speed, ends],
  );
  return (
    <LabShell
      label="Load-Balancing-Labor"
      class="lb-lab"
      urlErrors={lab.urlErrors}
      sourceIds={ids}
      sourceHeading="Quelltext des gewählten Algorithmus"
      sourceNote="Genau diese Datei führt das Labor aus."
    >
      {controls}
      {playback}
      {ending.current && (
        <JobProgressNote
          id="lb-end-progress"
          label="Lauf wird zu Ende gerechnet"
          progress={{ done: sims[0]?.arrived ?? 0, total: state.count }}
        />
      )}
      <div class="lb-stage" data-lab-stage>
        <p class="lab-summary" data-testid="lb-clock">
          Simulierte Zeit: {formatSeconds(sims[0]?.nowMs ?? 0)} s · {sims[0]?.arrived ?? 0} von {state.count}{' '}
          Anfragen eingetroffen{finished ? ' · fertig' : ''}
        </p>
        <div class={sims.length > 1 ? 'lb-columns' : undefined}>
          {sims.map((sim, k) => (
            <div class="lab-panel" key={ids[k] + k}>
              <h3 class="lab-heading">{labels[k]}</h3>
              <Later>
                <ServerView
                  sim={sim}
                  id={`lb-view-${k}`}
                  title={`Server bei ${labels[k]}`}
                  still={reduced}
                  painters={painters}
                />
              </Later>
            </div>
          ))}
        </div>
      </div>
      {figures}
      <LiveSummary text={summary(labels, results, finished)} />
    </LabShell>
  );
}

function Charts({
  labels,
  results,
  servers,
  outage,
}: {
  labels: string[];
  results: SimulationResult[];
  servers: number;
  outage?: Band;
}) {
  // Percentiles per time slice are recomputed from the request log; 24 slices keep it cheap.
  const series = results.map((result) => latencyOverTime(result, 24));
  const xs = series[0]?.map((point) => point.atMs / 1000) ?? [];
  const lines =
    results.length === 1
      ? [
          { label: 'p50', values: series[0].map((p) => p.p50) },
          { label: 'p95', values: series[0].map((p) => p.p95) },
          { label: 'p99', values: series[0].map((p) => p.p99) },
        ]
      : results.map((_, k) => ({ label: `p95 ${labels[k]}`, values: series[k].map((p) => p.p95) }));
  const serverLabels = Array.from({ length: servers }, (_, i) => `S${i + 1}`);
  return (
    <div class="lb-columns">
      <Later>
        <LineChart
          id="lb-latency-chart"
          title="Latenz über die Zeit"
          desc={
            'Perzentile der Antwortzeit kurzer Anfragen je Zeitabschnitt (nach Ankunft).' +
            (outage ? ` Markiert: ${outage.label}.` : '')
          }
          xs={xs}
          bands={outage ? [outage] : undefined}
          xLabel="Zeit in s"
          yLabel="Latenz"
          unit="ms"
          series={lines}
        />
      </Later>
      <Later>
        <BarChart
          id="lb-load-chart"
          title="Anfragen pro Server"
          desc="Wie viele Anfragen jeder Server bisher zugeteilt bekam."
          yLabel="Anfragen"
          xLabel="Server"
          labels={serverLabels}
          series={results.map((result, k) => ({
            label: labels[k],
            values: result.servers.map((s) => s.requests),
          }))}
        />
      </Later>
    </div>
  );
}

const de = germanNumber({ maximumFractionDigits: 1 });

/**
 * The stretch in which the failed server is down, for the latency chart (it runs to the end of the
 * chart when the server does not come back).
 *
 * @example
 * outageBand({ ...DEFAULTS, down: 2, downat: 10, upat: 20 });
 * // { from: 10, to: 20, label: 'Server 2 ausgefallen (10–20 s)' }
 */
function outageBand(state: LbState): Band | undefined {
  if (state.down === 0) return undefined;
  const back = state.upat > state.downat;
  return {
    from: state.downat,
    to: back ? state.upat : Infinity,
    label: back
      ? `Server ${state.down} ausgefallen (${de.format(state.downat)}–${de.format(state.upat)} s)`
      : `Server ${state.down} ausgefallen (ab ${de.format(state.downat)} s)`,
  };
}

function formatSeconds(ms: number): string {
  return Number.isFinite(ms) ? de.format(ms / 1000) : '–';
}

/** The text of the live region: the figures that matter, in one or two sentences. */
function summary(labels: string[], results: SimulationResult[], finished: boolean): string {
  const parts = results.map(
    (r, k) =>
      `${labels[k]}: p95 ${metricText(r, 'p95')} ms, p99 ${metricText(r, 'p99')} ms, ` +
      `${metricText(r, 'drops')} verworfen, Fairness ${metricText(r, 'jain')}`,
  );
  return `${finished ? 'Ergebnis' : 'Zwischenstand'} – ${parts.join('; ')}.`;
}
