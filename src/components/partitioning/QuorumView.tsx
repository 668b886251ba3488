/**
 * Leaderless quorums: N replicas, write quorum W and read quorum R, a write followed by a read, many
 * times. With W + R > N no read returns the old value; with W + R ≤ N some do. A failed replica or a
 * network partition shows what strict quorums trade: availability for freshness.
 */
import { useMemo } from 'preact/hooks';
import {
  QUORUM_FAILURES,
  simulateQuorum,
  type QuorumExample,
  type QuorumFailure,
} from '../../sim/partitioning/index.ts';
import { LabErrors, paramFields } from '../lab/LabShell.tsx';
import { SelectField } from '../lab/SelectField.tsx';
import { count, ms, percent } from '../caching/format.ts';
import { SPECS, toQuorumScenario, type PartitionLabState } from './labState.ts';

const FAILURE_LABELS: Record<QuorumFailure, string> = {
  none: 'keine',
  replica: 'ein Replikat ausgefallen',
  partition: 'Netzpartition (Schreiber und Leser getrennt)',
};

export function QuorumView({
  state,
  update,
}: {
  state: PartitionLabState;
  update: (patch: Partial<PartitionLabState>) => void;
}) {
  const field = paramFields('p-field-', SPECS, state, update);
  const built = useMemo(() => {
    const { scenario, errors } = toQuorumScenario(state);
    return { result: scenario ? simulateQuorum(scenario) : undefined, errors };
  }, [state.qn, state.qw, state.qr, state.qlag, state.qafter, state.fault, state.runs, state.seed]);
  const r = built.result;
  const overlap = state.qw + state.qr > state.qn;
  return (
    <>
      <div class="lab-panel">
        <div class="lab-controls">
          {field('qn', 'Replikate N', { inputMode: 'numeric' })}
          {field('qw', 'Schreibquorum W', { inputMode: 'numeric' })}
          {field('qr', 'Lesequorum R', { inputMode: 'numeric' })}
          {field('qlag', 'Mittlere Verzögerung (ms)')}
          {field('qafter', 'Lesen nach der Bestätigung (ms)')}
          <SelectField
            id="p-field-fault"
            label="Störung"
            value={state.fault}
            options={QUORUM_FAILURES.map((value) => ({ value, text: FAILURE_LABELS[value] }))}
            onChange={(fault) => update({ fault })}
          />
          {field('runs', 'Durchläufe', { inputMode: 'numeric', size: 8 })}
          {field('seed', 'Seed', { inputMode: 'numeric', size: 10 })}
        </div>
      </div>
      <LabErrors messages={built.errors} />
      {r && (
        <>
          <p class="lab-summary" aria-live="polite" data-testid="p-summary" data-lab-stage>
            W + R = {state.qw + state.qr} {overlap ? '>' : '≤'} N = {state.qn}:{' '}
            {overlap
              ? 'Jede Lesemenge überschneidet sich mit jeder Schreibmenge.'
              : 'Lese- und Schreibmenge können disjunkt sein.'}{' '}
            {r.reads > 0
              ? `${percent(r.staleReads / r.reads)} der Lesezugriffe sind veraltet.`
              : 'Kein Lesezugriff war möglich.'}
          </p>
          <div
            class="p-scroll"
            tabIndex={0}
            role="region"
            aria-label="Ergebnis der Quorum-Durchläufe"
            data-lab-stage
          >
            <table class="p-table" data-testid="p-quorum">
              <caption>
                {count(r.runs)} Durchläufe: schreiben (bestätigt nach W Replikaten), dann R Replikate lesen
              </caption>
              <tbody>
                <tr>
                  <th scope="row">Bestätigte Schreibvorgänge</th>
                  <td>{count(r.acknowledged)}</td>
                </tr>
                <tr>
                  <th scope="row">Lesezugriffe</th>
                  <td>{count(r.reads)}</td>
                </tr>
                <tr>
                  <th scope="row">Veraltete Lesezugriffe</th>
                  <td data-testid="p-stale">
                    {count(r.staleReads)} ({r.reads > 0 ? percent(r.staleReads / r.reads) : '–'})
                  </td>
                </tr>
                <tr>
                  <th scope="row">Schreiben nicht möglich (weniger als W erreichbar)</th>
                  <td>{count(r.writesUnavailable)}</td>
                </tr>
                <tr>
                  <th scope="row">Lesen nicht möglich (weniger als R erreichbar)</th>
                  <td>{count(r.readsUnavailable)}</td>
                </tr>
                <tr>
                  <th scope="row">Mittlere Wartezeit auf die Bestätigung</th>
                  <td>{r.acknowledged > 0 ? ms(r.meanAckMs) : '–'}</td>
                </tr>
              </tbody>
            </table>
          </div>
          {r.example && <ReadPicture example={r.example} />}
        </>
      )}
    </>
  );
}

/** One read drawn as N replicas: who had the write, whom the reader asked, who was out of reach. */
function ReadPicture({ example }: { example: QuorumExample }) {
  const n = example.applied.length;
  const width = Math.max(200, n * 64);
  const describe = example.applied
    .map(
      (applied, i) =>
        `R${i + 1}: ${example.reachable[i] ? (applied ? 'neuer Wert' : 'alter Wert') : 'für den Leser nicht erreichbar'}${example.asked[i] ? ', gefragt' : ''}`,
    )
    .join('; ');
  return (
    <figure class="p-figure">
      <figcaption class="lab-heading">
        Ein Lesezugriff im Bild ({example.stale ? 'veraltet' : 'aktuell'}): gefüllt = hat den neuen Wert,
        Rahmen = vom Leser gefragt, durchgestrichen = nicht erreichbar
      </figcaption>
      <div class="p-scroll">
        <svg
          class="p-replicas"
          width={width}
          height={80}
          viewBox={`0 0 ${width} 80`}
          role="img"
          aria-labelledby="p-read-title p-read-desc"
        >
          <title id="p-read-title">Replikate beim Lesen</title>
          <desc id="p-read-desc">{describe}.</desc>
          {example.applied.map((applied, i) => {
            const x = (width / n) * (i + 0.5);
            return (
              <g key={i}>
                {example.asked[i] && <circle cx={x} cy={32} r={26} class="p-asked" />}
                <circle cx={x} cy={32} r={18} class={applied ? 'lab-fill-1' : 'p-old'} />
                {!example.reachable[i] && <line x1={x - 22} y1={54} x2={x + 22} y2={10} class="p-cut" />}
                <text x={x} y={76} text-anchor="middle" class="p-label">
                  R{i + 1}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}
