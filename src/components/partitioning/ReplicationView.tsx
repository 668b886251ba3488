/**
 * Leader–follower replication: a user writes (an order, say) and reads it back twice; another user
 * reads it once. The view counts stale reads and read-your-writes and monotonic-read violations and
 * shows the lag distribution, for asynchronous or synchronous followers and four read policies.
 */
import { useMemo } from 'preact/hooks';
import { READ_POLICIES, simulateReplication, type ReadPolicy } from '../../sim/partitioning/index.ts';
import { BarChart } from '../lab/charts.tsx';
import { LabErrors, paramFields } from '../lab/LabShell.tsx';
import { SelectField } from '../lab/SelectField.tsx';
import { count, ms, percent } from '../caching/format.ts';
import { SPECS, toReplicationScenario, type PartitionLabState } from './labState.ts';

const READ_LABELS: Record<ReadPolicy, string> = {
  leader: 'immer vom Leader',
  follower: 'von einem beliebigen Follower',
  leaderAfterWrite: 'eigene Schreibvorgänge vom Leader (Abhilfe für Read-your-writes)',
  pinned: 'immer vom selben Follower (Abhilfe für monotones Lesen)',
};

export function ReplicationView({
  state,
  update,
}: {
  state: PartitionLabState;
  update: (patch: Partial<PartitionLabState>) => void;
}) {
  const field = paramFields('p-field-', SPECS, state, update);
  const built = useMemo(() => {
    const { scenario, errors } = toReplicationScenario(state);
    return { result: scenario ? simulateReplication(scenario) : undefined, errors };
  }, [state.followers, state.mode, state.lag, state.after, state.read, state.sessions, state.seed]);
  const r = built.result;
  return (
    <>
      <div class="lab-panel">
        <div class="lab-controls">
          {field('followers', 'Follower', { inputMode: 'numeric' })}
          <SelectField
            id="p-field-mode"
            label="Replikation"
            value={state.mode}
            options={[
              { value: 'async', text: 'asynchron' },
              { value: 'sync', text: 'synchron' },
            ]}
            onChange={(mode) => update({ mode })}
          />
          {field('lag', 'Mittlere Verzögerung (ms)')}
          {field('after', 'Lesen nach dem Schreiben (ms)')}
          <SelectField
            id="p-field-read"
            label="Lesen"
            value={state.read}
            options={READ_POLICIES.map((value) => ({ value, text: READ_LABELS[value] }))}
            onChange={(read) => update({ read })}
          />
          {field('sessions', 'Sitzungen', { inputMode: 'numeric', size: 8 })}
          {field('seed', 'Seed', { inputMode: 'numeric', size: 10 })}
        </div>
      </div>
      <LabErrors messages={built.errors} />
      {r && (
        <>
          <p class="lab-summary" aria-live="polite" data-testid="p-summary" data-lab-stage>
            In {percent(r.readYourWritesViolations / state.sessions)} der Sitzungen sieht die Nutzerin ihre
            eigene Bestellung nicht; {percent(r.staleReads / r.reads)} aller Lesezugriffe sind veraltet.
          </p>
          <div class="p-columns" data-lab-stage>
            <div class="p-scroll" tabIndex={0} role="region" aria-label="Zählung der Lesezugriffe">
              <table class="p-table" data-testid="p-replication">
                <caption>
                  {count(state.sessions)} Sitzungen: Schreiben, nach {ms(state.after)} und{' '}
                  {ms(2 * state.after)} lesen; eine zweite Person liest nach {ms(state.after)}
                </caption>
                <tbody>
                  <tr>
                    <th scope="row">Veraltete Lesezugriffe</th>
                    <td>
                      {count(r.staleReads)} von {count(r.reads)} ({percent(r.staleReads / r.reads)})
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">Eigene Bestellung nicht gesehen (Read-your-writes verletzt)</th>
                    <td data-testid="p-ryw">{count(r.readYourWritesViolations)} Sitzungen</td>
                  </tr>
                  <tr>
                    <th scope="row">Erst gesehen, dann wieder weg (monotones Lesen verletzt)</th>
                    <td data-testid="p-monotonic">{count(r.monotonicViolations)} Sitzungen</td>
                  </tr>
                  <tr>
                    <th scope="row">Anteil der Lesezugriffe beim Leader</th>
                    <td>{percent(r.leaderReadShare)}</td>
                  </tr>
                  <tr>
                    <th scope="row">Mittlere Wartezeit auf die Schreibbestätigung</th>
                    <td>{ms(r.meanAckMs)}</td>
                  </tr>
                </tbody>
              </table>
            </div>
            <figure class="p-figure">
              <figcaption class="lab-heading">
                Verteilung der Replikationsverzögerung (x: Verzögerung in ms, je Balken{' '}
                {count(r.lagHistogram.binMs)} ms; y: Anteil in %)
              </figcaption>
              <BarChart
                id="p-lag"
                title="Replikationsverzögerung je Follower und Schreibvorgang"
                desc={`Median ${ms(r.lagQuantiles[0])}, 95. Perzentil ${ms(r.lagQuantiles[1])}, 99. Perzentil ${ms(r.lagQuantiles[2])}.`}
                labels={r.lagHistogram.counts.map((_, i) => `${count(i * r.lagHistogram.binMs)}`)}
                series={[
                  {
                    label: 'Anteil der Verzögerungen',
                    values: r.lagHistogram.counts.map((c) => (c / (state.sessions * state.followers)) * 100),
                  },
                ]}
                unit="%"
              />
              <p class="p-note">
                Median {ms(r.lagQuantiles[0])}, p95 {ms(r.lagQuantiles[1])}, p99 {ms(r.lagQuantiles[2])}.
              </p>
            </figure>
          </div>
        </>
      )}
    </>
  );
}
