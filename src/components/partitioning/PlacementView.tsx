/**
 * The partitioning part of the lab: choose a scheme, the nodes, the keys and an event (a node joins,
 * leaves or fails); see which of the first keys move where, the load per node before and after, and
 * all five schemes side by side on the same keys.
 */
import { useMemo } from 'preact/hooks';
import { SCHEME_IDS, SCHEMES, type PartitionResult } from '../../sim/partitioning/index.ts';
import { JobProgressNote } from '../lab/JobProgress.tsx';
import { Later } from '../lab/Later.tsx';
import { useJob } from '../lab/worker/useJob.ts';
import { paramFields } from '../lab/LabShell.tsx';
import { LabErrors } from '../lab/LabShell.tsx';
import { SelectField } from '../lab/SelectField.tsx';
import { count, percent } from '../caching/format.ts';
import { SPECS, toPartitionScenario, type EventKind, type PartitionLabState } from './labState.ts';
import { Meter } from './Meter.tsx';
import { SchemeTable } from './SchemeTable.tsx';
import { germanNumber } from '../../lib/germanNumber.ts';

const EVENT_LABELS: Record<EventKind, string> = {
  none: 'keines (nur Verteilung)',
  join: 'ein Knoten kommt hinzu',
  leave: 'ein Knoten geht (geplant)',
  fail: 'ein Knoten fällt aus',
};

const two = germanNumber({ minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** German sentence for the event, e.g. "K4 kommt hinzu". */
export function eventText(state: PartitionLabState): string {
  if (state.event === 'join') return `K${state.nodes + 1} kommt zu ${state.nodes} Knoten hinzu`;
  if (state.event === 'none') return `${state.nodes} Knoten, kein Ereignis`;
  return `K${state.node} ${state.event === 'fail' ? 'fällt aus' : 'geht'} (von ${state.nodes} Knoten)`;
}

export function PlacementView({
  state,
  update,
}: {
  state: PartitionLabState;
  update: (patch: Partial<PartitionLabState>) => void;
}) {
  const field = paramFields('p-field-', SPECS, state, update);
  // The five schemes compute in the labs' worker (tens of thousands of keys each), not while the lab
  // first appears; the scheme table and the picture follow when they are there.
  const checked = useMemo(() => {
    const rows = SCHEME_IDS.map((scheme) => ({
      scheme,
      scenario: toPartitionScenario(state, scheme).scenario,
    }));
    return {
      rows: rows.filter((row) => row.scenario !== undefined),
      errors: toPartitionScenario(state).errors,
    };
  }, [
    state.scheme,
    state.nodes,
    state.vnodes,
    state.keys,
    state.pop,
    state.alpha,
    state.hot,
    state.event,
    state.node,
    state.seed,
  ]);
  const job = useJob(JSON.stringify(checked.rows), () =>
    checked.rows.length > 0
      ? { kind: 'partition-schemes', scenarios: checked.rows.map((row) => row.scenario!) }
      : null,
  );
  const built = {
    errors: job.error ? [...checked.errors, job.error] : checked.errors,
    rows: job.result ? checked.rows.map((row, k) => ({ scheme: row.scheme, result: job.result![k] })) : [],
  };
  const current = built.rows.find((row) => row.scheme === state.scheme)?.result;
  const label = SCHEMES[state.scheme].label;
  return (
    <>
      <div class="lab-panel">
        <div class="lab-controls">
          <SelectField
            id="p-field-scheme"
            label="Verfahren"
            value={state.scheme}
            options={SCHEME_IDS.map((id) => ({ value: id, text: SCHEMES[id].label }))}
            onChange={(scheme) => update({ scheme })}
          />
          {field('nodes', 'Knoten', { inputMode: 'numeric' })}
          {state.scheme === 'ring' && field('vnodes', 'Virtuelle Knoten je Knoten', { inputMode: 'numeric' })}
          {field('keys', 'Schlüssel', { inputMode: 'numeric', size: 8 })}
          <SelectField
            id="p-field-pop"
            label="Zugriffe"
            value={state.pop}
            options={[
              { value: 'uniform', text: 'gleich verteilt' },
              { value: 'zipf', text: 'Zipf (benachbarte Schlüssel beliebt)' },
            ]}
            onChange={(pop) => update({ pop })}
          />
          {state.pop === 'zipf' && field('alpha', 'Zipf-Exponent α')}
          {field('hot', 'Promi-Schlüssel S0 (% der Anfragen)')}
          <SelectField
            id="p-field-event"
            label="Ereignis"
            value={state.event}
            options={(Object.keys(EVENT_LABELS) as EventKind[]).map((value) => ({
              value,
              text: EVENT_LABELS[value],
            }))}
            onChange={(event) => update({ event })}
          />
          {(state.event === 'leave' || state.event === 'fail') && (
            <SelectField
              id="p-field-node"
              label="Betroffener Knoten"
              value={String(state.node)}
              options={Array.from({ length: state.nodes }, (_, i) => ({
                value: String(i + 1),
                text: `K${i + 1}`,
              }))}
              onChange={(node) => update({ node: Number(node) })}
            />
          )}
          {field('seed', 'Seed', { inputMode: 'numeric', size: 10 })}
        </div>
      </div>
      <LabErrors messages={built.errors} />
      {job.progress && (
        <JobProgressNote id="p-place-progress" label="Verfahren werden berechnet" progress={job.progress} />
      )}
      {current && (
        <>
          <p class="lab-summary" aria-live="polite" data-testid="p-summary" data-lab-stage>
            <strong>{label}:</strong> {eventText(state)} – {percent(current.movedFraction)} der Schlüssel
            wandern ({count(current.moved)} von {count(state.keys)}; Minimum bei gleicher Last:{' '}
            {percent(current.minimumFraction)}).
            {state.event === 'fail' &&
              ` Die ${percent(current.minimumFraction)} des ausgefallenen Knotens müssen aus Replikaten kommen.`}
            {state.scheme === 'jump' &&
              (state.event === 'leave' || state.event === 'fail') &&
              state.node !== state.nodes &&
              ' Jump Hash kann nur den letzten Bucket entfernen: Der letzte Knoten übernimmt die Nummer des fehlenden, auch seine Schlüssel wandern.'}
          </p>
          <div class="p-columns" data-lab-stage>
            <Later>
              <KeyGrid result={current} />
            </Later>
            <Later>
              <NodeTable result={current} />
            </Later>
          </div>
          <Flows result={current} />
        </>
      )}
      {built.rows.length > 0 && (
        <Later>
          <SchemeTable
            rows={built.rows}
            selected={state.scheme}
            caption={`Alle Verfahren im Vergleich: ${eventText(state)}`}
          />
        </Later>
      )}
    </>
  );
}

/** The first keys: owner before → after, moved keys marked (text, not colour alone). */
function KeyGrid({ result }: { result: PartitionResult }) {
  const moved = result.sample.filter((s) => s.before !== s.after).length;
  return (
    <figure class="p-figure">
      <figcaption class="lab-heading">
        Wohin die ersten {result.sample.length} Schlüssel wandern ({moved} gewandert)
      </figcaption>
      <ol class="p-keys" data-testid="p-keys">
        {result.sample.map((s) => {
          const changed = s.before !== s.after;
          return (
            <li key={s.key} class={changed ? 'p-moved' : undefined}>
              <span class="p-key">S{s.key}</span>{' '}
              {changed ? (
                <>
                  K{s.before + 1}→<strong>K{s.after + 1}</strong>
                  <span class="sr-only"> (gewandert)</span>
                </>
              ) : (
                <>K{s.before + 1}</>
              )}
            </li>
          );
        })}
      </ol>
    </figure>
  );
}

/** Keys and request share per node, before and after, with bars. */
function NodeTable({ result }: { result: PartitionResult }) {
  const ids = [...new Set([...result.before.nodes, ...result.after.nodes].map((n) => n.node))].sort(
    (a, b) => a - b,
  );
  const before = new Map(result.before.nodes.map((n) => [n.node, n]));
  const after = new Map(result.after.nodes.map((n) => [n.node, n]));
  const max = Math.max(...result.before.nodes.map((n) => n.load), ...result.after.nodes.map((n) => n.load));
  return (
    <div class="p-scroll" tabIndex={0} role="region" aria-label="Last je Knoten">
      <table class="p-table" data-testid="p-nodes">
        <caption>
          Last je Knoten (Anteil der Anfragen): max/Mittel {two.format(result.before.loadSpread.maxOverMean)}{' '}
          → {two.format(result.after.loadSpread.maxOverMean)}, Variationskoeffizient{' '}
          {two.format(result.before.loadSpread.cv)} → {two.format(result.after.loadSpread.cv)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Knoten</th>
            <th scope="col">Vorher</th>
            <th scope="col">Nachher</th>
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => {
            const b = before.get(id);
            const a = after.get(id);
            return (
              <tr key={id}>
                <th scope="row">
                  K{id + 1}
                  {result.after.hotNode === id && a ? ' ★' : ''}
                </th>
                <td>
                  {b ? (
                    <>
                      <span class="p-number">{percent(b.load)}</span>
                      <Meter value={b.load} max={max} />
                    </>
                  ) : (
                    '–'
                  )}
                </td>
                <td>
                  {a ? (
                    <>
                      <span class="p-number">{percent(a.load)}</span>
                      <Meter value={a.load} max={max} moved />
                    </>
                  ) : (
                    'weg'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="p-note">★ trägt den Promi-Schlüssel S0.</p>
    </div>
  );
}

/** The largest flows of moved keys, e.g. "K2 → K4: 2.345 Schlüssel". */
function Flows({ result }: { result: PartitionResult }) {
  if (result.flows.length === 0) return <p class="p-note">Kein Schlüssel wandert.</p>;
  const shown = result.flows.slice(0, 8);
  return (
    <p class="p-note" data-testid="p-flows">
      <strong>Wohin die Schlüssel wandern:</strong>{' '}
      {shown.map((f) => `K${f.from + 1} → K${f.to + 1}: ${count(f.keys)}`).join('; ')}
      {result.flows.length > shown.length ? `; … (${result.flows.length - shown.length} weitere Wege)` : ''}.
    </p>
  );
}
