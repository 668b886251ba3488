/**
 * The pizza shop at the playback cursor, as plain HTML (its text keeps its real size on a phone):
 * per subscriber group the waiting orders in the queue and the bakers, busy or idle. The numbers
 * are the bin's means from the engine's timeline, so the picture and the charts always agree.
 */
import { SUBSCRIBER_NAMES } from './labels.ts';
import { count } from './format.ts';

/** Order boxes drawn at most; beyond that the number says how many. */
const MAX_BOXES = 24;

export interface ShopMoment {
  minute: number;
  groups: number;
  /** Ready orders in all queues together (bin mean). */
  queued: number;
  capacity: number;
  consumers: number;
  /** Busy share of the bakers, 0–1. */
  utilization: number;
  deadLettered: number;
  pointToPoint: boolean;
}

export function QueueShop(m: ShopMoment) {
  const perGroup = m.queued / Math.max(1, m.groups);
  const waiting = Math.round(perGroup);
  const busy = Math.round(m.utilization * m.consumers);
  const rows = Array.from({ length: m.groups }, (_, g) =>
    m.pointToPoint ? 'Bäcker' : (SUBSCRIBER_NAMES[g] ?? `Abonnent ${g + 1}`),
  );
  const label =
    `Minute ${count(m.minute)}: im Mittel ${count(waiting)} von ${count(m.capacity)} Plätzen belegt` +
    `${m.groups > 1 ? ' je Abonnent' : ''}, ${count(busy)} von ${count(m.consumers)} Bäckern arbeiten, ` +
    `${count(m.deadLettered)} in der Dead-Letter-Queue.`;
  return (
    <div class="q-shop" role="img" aria-label={label} data-testid="q-shop" data-lab-stage>
      {rows.map((name) => (
        <div class="q-row" key={name}>
          <span class="q-name">{name}</span>
          <span class="q-queue" data-waiting={waiting}>
            {Array.from({ length: Math.min(waiting, MAX_BOXES) }, (_, i) => (
              <span class="q-order" key={i} />
            ))}
            <span class="q-count">
              {count(waiting)}/{count(m.capacity)}
            </span>
          </span>
          <span class="q-bakers">
            {Array.from({ length: Math.min(m.consumers, MAX_BOXES) }, (_, i) => (
              <span class={i < busy ? 'q-baker q-busy' : 'q-baker'} key={i} />
            ))}
            <span class="q-count">
              {count(busy)}/{count(m.consumers)} backen
            </span>
          </span>
        </div>
      ))}
      <p class="q-legend">
        <span class="q-order" /> wartende Bestellung <span class="q-baker q-busy" /> Bäcker backt{' '}
        <span class="q-baker" /> Bäcker frei · Minute {count(m.minute)} · Dead-Letter-Queue:{' '}
        {count(m.deadLettered)}
      </p>
    </div>
  );
}
