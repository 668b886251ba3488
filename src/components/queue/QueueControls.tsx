/**
 * The message-queue lab's form: orders, broker, bakers, acknowledgements, retries and an outage.
 * Every field goes through the lab's URL reader (useUrlState), so the form and a shared link obey
 * the same rules; the rarer settings sit in closed disclosures so the form stays short on a phone.
 */
import { labelWithUnit } from '../../sim/shared/index.ts';
import {
  ARRIVAL_KINDS,
  DELIVERY_MODES,
  FULL_POLICIES,
  RETRY_POLICIES,
  SERVICE_KINDS,
} from '../../sim/queue/index.ts';
import { paramFields } from '../lab/LabShell.tsx';
import { SelectField } from '../lab/SelectField.tsx';
import { ARRIVAL_LABELS, FULL_LABELS, MODE_LABELS, RETRY_LABELS, SERVICE_LABELS } from './labels.ts';
import { RANGES, SPECS, type QueueLabState } from './labState.ts';

interface Props {
  state: QueueLabState;
  onChange: (patch: Partial<QueueLabState>) => void;
}

const options = <V extends string>(values: readonly V[], labels: Record<V, string>) =>
  values.map((value) => ({ value, text: labels[value] }));

export function QueueControls({ state, onChange }: Props) {
  const numberField = paramFields('q-field-', SPECS, state, onChange);
  const field = (key: keyof QueueLabState & keyof typeof RANGES, size = 6) =>
    numberField(key, labelWithUnit(RANGES[key]), { size });
  return (
    <div class="q-controls">
      <fieldset class="lab-controls">
        <legend>Bestellungen und Bäcker</legend>
        <SelectField
          id="q-field-arr"
          label="Ankünfte"
          value={state.arr}
          options={options(ARRIVAL_KINDS, ARRIVAL_LABELS)}
          onChange={(arr) => onChange({ arr })}
        />
        {field('rate')}
        {state.arr === 'bursts' && field('burst')}
        {state.arr === 'peak' && field('peak')}
        {field('orders', 8)}
        {field('bakers', 4)}
        {field('mean')}
        <SelectField
          id="q-field-svc"
          label="Backzeit"
          value={state.svc}
          options={options(SERVICE_KINDS, SERVICE_LABELS)}
          onChange={(svc) => onChange({ svc })}
        />
      </fieldset>
      <fieldset class="lab-controls">
        <legend>Broker</legend>
        <SelectField
          id="q-field-mode"
          label="Zustellung"
          value={state.mode}
          options={options(DELIVERY_MODES, MODE_LABELS)}
          onChange={(mode) => onChange({ mode })}
        />
        {state.mode === 'publishSubscribe' && field('subs', 4)}
        {field('cap', 8)}
        <SelectField
          id="q-field-full"
          label="Wenn die Schlange voll ist"
          value={state.full}
          options={options(FULL_POLICIES, FULL_LABELS)}
          onChange={(full) => onChange({ full })}
        />
        {field('call')}
      </fieldset>
      <details class="q-more" open={state.crash > 0 || state.poison > 0 || state.idem}>
        <summary>Quittungen, Abstürze und Dead-Letter-Queue</summary>
        <fieldset class="lab-controls">
          <legend>Quittungen</legend>
          {field('crash')}
          <label class="lab-inline" for="q-field-idem">
            <input
              id="q-field-idem"
              type="checkbox"
              checked={state.idem}
              onChange={(e) => onChange({ idem: e.currentTarget.checked })}
            />
            Idempotente Bäcker (erkennen doppelte Bestellungen)
          </label>
          {field('vt')}
          {field('poison')}
          {field('maxdel', 4)}
        </fieldset>
      </details>
      <details
        class="q-more"
        open={
          state.outTo > state.outFrom || state.retry !== 'backoffJitter' || state.chgAt > 0 || state.cb > 0
        }
      >
        <summary>Ausfälle, Wiederholungen und Personalwechsel</summary>
        <fieldset class="lab-controls">
          <legend>Ausfall und Wiederholungen</legend>
          {field('outFrom', 8)}
          {field('outTo', 8)}
          <SelectField
            id="q-field-retry"
            label="Wiederholung durch Kunden"
            value={state.retry}
            options={options(RETRY_POLICIES, RETRY_LABELS)}
            onChange={(retry) => onChange({ retry })}
          />
          {state.retry !== 'none' && field('retries', 4)}
          {state.retry !== 'none' && field('base')}
          {(state.retry === 'backoff' || state.retry === 'backoffJitter') && field('rcap')}
          {field('cb', 6)}
          {state.cb > 0 && field('cbopen')}
        </fieldset>
        <fieldset class="lab-controls">
          <legend>Personalwechsel (0 = keiner)</legend>
          {field('chgAt', 8)}
          {state.chgAt > 0 && field('chgTo', 4)}
          {field('seed', 10)}
        </fieldset>
      </details>
    </div>
  );
}
