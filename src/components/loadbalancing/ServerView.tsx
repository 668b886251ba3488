/**
 * The animated picture of one balancer: requests fly from the balancer to their server; every
 * server shows its busy workers and its queue. Pure rendering of the simulation's read-only view.
 */
import type { Simulation } from '../../sim/loadbalancing/index.ts';

const WIDTH = 560;
const FLIGHT_MS = 400;
const MAX_DOTS = 60;
const LB_X = 70;
const SERVER_X = 240;
const BAR = 80;

export interface ServerViewProps {
  sim: Simulation;
  id: string;
  title: string;
  /** No flying requests (prefers-reduced-motion); bars and numbers still update. */
  still: boolean;
}

/**
 * @example
 * <ServerView sim={simulation} id="lb-a" title="Round Robin" still={false} />
 */
export function ServerView({ sim, id, title, still }: ServerViewProps) {
  const { scenario, nowMs } = sim;
  const n = scenario.servers.length;
  const row = Math.max(14, Math.min(30, 420 / n));
  const height = n * row + 8;
  const rowY = (i: number) => 4 + i * row + row / 2;
  // A fixed pool of dots whose attributes change: adding and removing nodes every frame would
  // wake every MutationObserver on the page (Astro's prefetch scans all links on each change).
  const dots = [];
  let k = sim.arrived - 1;
  for (let slot = 0; slot < (still ? 0 : MAX_DOTS); slot++) {
    const age = k >= 0 ? nowMs - sim.arrivalMs(k) : Infinity;
    if (age > FLIGHT_MS) {
      dots.push(<circle key={slot} class="lb-dot" cx="0" cy="0" r="0" />);
      continue;
    }
    const target = sim.serverOf(k);
    const p = Math.max(0, age / FLIGHT_MS);
    const y0 = height / 2;
    const y1 = target >= 0 ? rowY(target) : y0;
    const x1 = target >= 0 ? SERVER_X : LB_X + 60;
    const dropped = sim.wasDropped(k);
    dots.push(
      <circle
        key={slot}
        class={dropped ? 'lb-dot lb-dot-dropped' : 'lb-dot'}
        cx={(LB_X + p * (x1 - LB_X)).toFixed(1)}
        cy={(y0 + p * (y1 - y0)).toFixed(1)}
        r="3"
      />,
    );
    k--;
  }
  return (
    <svg
      class="lb-view"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>
        Momentaufnahme: Anfragen fliegen vom Load Balancer zu {n} Servern; je Server belegte Worker und
        Warteschlange. Die Zahlen stehen auch in der Tabelle unter dem Bild.
      </desc>
      <rect class="lb-box" x="4" y={height / 2 - 18} width={LB_X - 8} height="36" rx="4" />
      <text class="lb-label" x={LB_X / 2} y={height / 2 + 4} text-anchor="middle">
        LB
      </text>
      {scenario.servers.map((spec, i) => {
        const y = rowY(i);
        const up = sim.isUp(i);
        const running = sim.running(i);
        const queued = sim.queued(i);
        const busy = Math.min(1, running / spec.concurrency);
        const queue = spec.queueLimit > 0 ? Math.min(1, queued / spec.queueLimit) : 0;
        const barH = Math.max(6, row - 8);
        return (
          <g key={i} class={up ? 'lb-server' : 'lb-server lb-down'}>
            <text class="lb-label" x={SERVER_X - 6} y={y + 4} text-anchor="end">
              S{i + 1}
            </text>
            <rect class="lb-slot" x={SERVER_X} y={y - barH / 2} width={BAR} height={barH} />
            <rect
              class="lb-busy"
              x={SERVER_X}
              y={y - barH / 2}
              width={(BAR * busy).toFixed(1)}
              height={barH}
            />
            <rect class="lb-slot" x={SERVER_X + BAR + 6} y={y - barH / 2} width={BAR} height={barH} />
            <rect
              class="lb-queue"
              x={SERVER_X + BAR + 6}
              y={y - barH / 2}
              width={(BAR * queue).toFixed(1)}
              height={barH}
            />
            <text class="lb-label" x={SERVER_X + 2 * BAR + 12} y={y + 4}>
              {up ? `${running}/${spec.concurrency} · ${queued} wartend` : 'ausgefallen'}
            </text>
          </g>
        );
      })}
      {dots}
    </svg>
  );
}
