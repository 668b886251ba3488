/**
 * The cache hierarchy on the run's trace: browser → local cache → distributed cache (nodes by
 * consistent hashing) → origin database, with the average latency, the origin load, the requests per
 * node and what a node failure halfway through does to the origin.
 */
import { useMemo } from 'preact/hooks';
import { POLICIES } from '../../sim/caching/index.ts';
import type { HierarchyResult, LevelResult } from '../../sim/caching/index.ts';
import { BarChart, LineChart } from '../lab/charts.tsx';
import { LiveSummary } from '../lab/LiveSummary.tsx';
import { LabErrors, paramFields } from '../lab/LabShell.tsx';
import { JobProgressNote } from '../lab/JobProgress.tsx';
import { useJob } from '../lab/worker/useJob.ts';
import { SelectField } from '../lab/SelectField.tsx';
import { labelWithBounds } from '../../sim/shared/index.ts';
import { count, finite, ms, percent } from './format.ts';
import { CLIENTS, LATENCY, RANGES, SERVERS, SPECS, toHierarchyScenario, VIRTUAL_NODES } from './labState.ts';
import type { CacheLabState } from './labState.ts';

const traceIds = new WeakMap<Int32Array, number>();
let lastTraceId = 0;
/** A number per trace array, so a new run (a new array) restarts the hierarchy. */
function traceId(trace: Int32Array): number {
  const known = traceIds.get(trace);
  if (known !== undefined) return known;
  lastTraceId += 1;
  traceIds.set(trace, lastTraceId);
  return lastTraceId;
}

interface Props {
  state: CacheLabState;
  onChange: (patch: Partial<CacheLabState>) => void;
  trace: Int32Array;
}

export function HierarchyView({ state, onChange, trace }: Props) {
  // The hierarchy runs in the labs' worker on the run's trace, with progress meanwhile.
  const checked = useMemo(
    () => toHierarchyScenario(state),
    [
      state.policy,
      state.ttl,
      state.seed,
      state.nodes,
      state.nsize,
      state.lsize,
      state.bsize,
      state.fail,
      state.wl,
      state.keys,
      state.alpha,
      state.len,
    ],
  );
  const job = useJob(`${traceId(trace)}|${JSON.stringify(checked)}`, () =>
    checked.scenario ? { kind: 'cache-hierarchy', trace, settings: checked.scenario } : null,
  );
  const built = { errors: job.error ? [...checked.errors, job.error] : checked.errors, result: job.result };
  const policy = state.policy === 'opt' ? 'lru' : state.policy;
  const numberField = paramFields('c-field-', SPECS, state, onChange);
  const field = (key: 'bsize' | 'lsize' | 'nodes' | 'nsize', label: string) =>
    numberField(key, label, {
      size: 6,
      inputMode: 'numeric',
      // Fewer nodes than the failing one, or fewer than two: no node fails.
      patch: (value) =>
        key === 'nodes' && (state.fail > value || value < 2) ? { nodes: value, fail: 0 } : { [key]: value },
    });
  const canFail = state.nodes >= 2;
  const result = built.result;
  return (
    <section class="lab-panel" aria-labelledby="c-hier-heading" data-testid="c-hierarchy">
      <h3 class="lab-heading" id="c-hier-heading">
        Cache-Hierarchie
      </h3>
      <p class="lab-summary">
        Dieselbe Zugriffsfolge läuft durch alle Ebenen; jede Ebene nutzt {POLICIES[policy].label}
        {state.policy === 'opt'
          ? ' (OPT kennt die Zukunft und kann nicht im laufenden Betrieb arbeiten)'
          : ''}
        . Eine Anfrage geht nach unten, bis eine Ebene den Schlüssel hat, und zahlt die Latenz jeder besuchten
        Ebene.
      </p>
      <fieldset class="lab-controls">
        <legend>Größen und Ausfall</legend>
        {field('bsize', labelWithBounds(RANGES.bsize))}
        {field('lsize', RANGES.lsize.label)}
        {field('nodes', labelWithBounds(RANGES.nodes))}
        {field('nsize', RANGES.nsize.label)}
        <label class="lab-inline" for="c-field-failon">
          <input
            id="c-field-failon"
            type="checkbox"
            checked={state.fail > 0}
            disabled={!canFail}
            onChange={(e) => onChange({ fail: e.currentTarget.checked ? 1 : 0 })}
          />
          Ein Knoten fällt nach der Hälfte des Laufs aus
        </label>
        <SelectField
          id="c-field-fail"
          label="Ausfallender Knoten"
          value={String(state.fail)}
          disabled={!canFail}
          options={[
            { value: '0', text: 'keiner' },
            ...Array.from({ length: state.nodes }, (_, i) => ({ value: String(i + 1), text: `K${i + 1}` })),
          ]}
          onChange={(fail) => onChange({ fail: Number(fail) })}
        />
      </fieldset>
      <LabErrors messages={built.errors} />
      {job.progress && (
        <JobProgressNote id="c-hier-progress" label="Hierarchie wird berechnet" progress={job.progress} />
      )}
      {result && <HierarchyFigures result={result} state={state} />}
    </section>
  );
}

function HierarchyFigures({ result, state }: { result: HierarchyResult; state: CacheLabState }) {
  const describe: Record<LevelResult['level'], string> = {
    browser: `${CLIENTS} Clients mit je ${count(state.bsize)} Einträgen`,
    local: `${SERVERS} Anwendungsserver mit je ${count(state.lsize)} Einträgen`,
    distributed: `${state.nodes} Knoten mit je ${count(state.nsize)} Einträgen, konsistentes Hashing mit ${VIRTUAL_NODES} virtuellen Knoten je Knoten`,
    origin: 'beantwortet alles, was kein Cache hatte',
  };
  const failure = result.failure;
  const nodeLabels = result.nodeRequests.map((_, i) => `K${i + 1}${failure?.node === i ? ' (aus)' : ''}`);
  const xs = Array.from(result.windowEnd);
  return (
    <>
      <p class="c-key-figures">
        <span data-testid="c-hier-latency" data-value={finite(result.averageLatency)}>
          Mittlere Latenz: <strong>{ms(result.averageLatency)}</strong>
        </span>
        <span data-testid="c-hier-origin" data-value={finite(result.originLoad)}>
          Last auf der Datenbank: <strong>{percent(result.originLoad)}</strong> der Anfragen
        </span>
      </p>
      <ol class="c-hierarchy">
        {result.levels.map((level) => (
          <li key={level.level} class="c-level" data-level={level.level}>
            <strong>{level.label}</strong> <span class="c-muted">({ms(LATENCY[level.level])})</span>
            <br />
            <span class="c-muted">{describe[level.level]}</span>
            <br />
            {level.level === 'origin'
              ? `${count(level.requests)} Anfragen (${percent(level.share)})`
              : level.requests === 0
                ? 'nicht vorhanden oder nie erreicht'
                : `erreicht von ${count(level.requests)} Anfragen, Trefferquote ${percent(level.hitRatio)}, beantwortet ${percent(level.share)} aller Anfragen`}
          </li>
        ))}
      </ol>
      {failure && (
        <p class="lab-summary" data-testid="c-hier-failure">
          Knoten K{failure.node + 1} fällt nach {count(failure.at)} Zugriffen aus; er bediente bis dahin{' '}
          {percent(failure.failedShare)} der Anfragen an den verteilten Cache. Seine Schlüssel wandern auf die
          Nachbarn im Ring, deren Caches sie noch nicht haben: Die Datenbanklast steigt von{' '}
          {percent(failure.originLoadBefore)} auf {percent(failure.originLoadAfter)} (
          {count(failure.extraOriginRequests)} zusätzliche Anfragen im gleich langen Abschnitt danach).
        </p>
      )}
      <div class="c-columns">
        {result.nodeRequests.length > 0 && (
          <BarChart
            id="c-node-chart"
            title="Anfragen je Cache-Knoten"
            desc="Konsistentes Hashing verteilt die Schlüssel ungefähr gleichmäßig; beliebte Schlüssel machen einzelne Knoten heißer."
            yLabel="Anfragen"
            xLabel="Cache-Knoten"
            labels={nodeLabels}
            series={[{ label: 'Anfragen', values: result.nodeRequests }]}
          />
        )}
        <LineChart
          id="c-origin-chart"
          title="Datenbanklast über die Zeit"
          desc="Anteil der Anfragen je Zeitfenster, die bis zur Ursprungsdatenbank durchfallen; nach einem Knotenausfall steigt er kurz an."
          xs={xs}
          xLabel="Zugriffe"
          yLabel="Anteil an der Datenbank"
          unit="%"
          series={[
            { label: 'Datenbanklast', values: Array.from(result.windowOriginLoad, (v) => finite(v) * 100) },
          ]}
        />
      </div>
      <LiveSummary
        text={`Hierarchie: mittlere Latenz ${ms(result.averageLatency)}, Datenbanklast ${percent(result.originLoad)}${failure ? `, nach dem Ausfall von K${failure.node + 1} ${percent(failure.originLoadAfter)}` : ''}.`}
      />
    </>
  );
}
