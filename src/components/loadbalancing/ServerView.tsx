/**
 * The animated picture of one balancer: requests fly from the balancer to their server; every
 * server shows its busy workers and its queue. Pure rendering of the simulation's read-only view.
 */
import { useMemo, useRef } from 'preact/hooks';
import type { Simulation } from '../../sim/loadbalancing/index.ts';
import { useRenderedWidth } from '../lab/charts.tsx';
import { germanNumber } from '../../lib/germanNumber.ts';

const FLIGHT_MS = 400;
const MAX_DOTS = 60;
/** Balancer box, its gap, the server label column, the gap between bars. */
const LB_W = 40;
const LABEL_W = 62;
const GAP = 6;
/** From this width the numbers stand right of the bars; below, under them. */
const WIDE = 400;
const STATUS_W = 118;
/** Header height: one line when wide, two (the column titles staggered) when narrow. */
const HEAD = { wide: 18, narrow: 32 };

const speed = germanNumber({ maximumFractionDigits: 2 });

export interface ServerViewProps {
  sim: Simulation;
  id: string;
  title: string;
  /** No flying requests (prefers-reduced-motion); bars and numbers still update. */
  still: boolean;
}

/**
 * Drawn at its rendered width (the viewBox follows it), so every label is 12 CSS px on a phone
 * too; on narrow screens the numbers move under the bars. A server's speed stands beside its name
 * when the servers differ ("S1 4×") and its worker bar is as long as its capacity (workers × speed)
 * relative to the largest, a failed server is dashed and crossed out, and the requests
 * in flight disappear when the run is over.
 *
 * @example
 * <ServerView sim={simulation} id="lb-a" title="Round Robin" still={false} />
 */
export function ServerView({ sim, id, title, still }: ServerViewProps) {
  const box = useRef<HTMLDivElement>(null);
  const width = useRenderedWidth(box, 560);
  const { scenario, nowMs } = sim;
  const layout = useMemo(() => layoutOf(scenario, width), [scenario, width]);
  const { n, wide, head, height, rowY, flight, labelX, barX, bar, queueX, barH, slots } = layout;
  // What does not move (title, labels, the bars' outlines) is one vnode per layout: an animation
  // frame re-renders only the filled bars, the numbers and the dots.
  let upMask = '';
  for (let i = 0; i < n; i++) upMask += sim.isUp(i) ? '1' : '0';
  const frame = useMemo(
    () => <ViewFrame id={id} title={title} layout={layout} upMask={upMask} />,
    [id, title, layout, upMask],
  );
  // A fixed pool of dots whose attributes change: adding and removing nodes every frame would
  // wake every MutationObserver on the page (Astro's prefetch scans all links on each change).
  const dots = [];
  // Reduced motion: no dots at all; a finished run: the pool stays, every dot hidden.
  let k = sim.arrived - 1;
  const y0 = head + (height - head) / 2;
  for (let slot = 0; slot < (still ? 0 : MAX_DOTS); slot++) {
    const age = !sim.done && k >= 0 ? nowMs - sim.arrivalMs(k) : Infinity;
    if (age > FLIGHT_MS) {
      dots.push(<circle key={slot} class="lb-dot" cx="0" cy="0" r="0" />);
      continue;
    }
    const target = sim.serverOf(k);
    const p = Math.max(0, age / FLIGHT_MS);
    const y1 = target >= 0 ? rowY(target) : y0;
    const x1 = target >= 0 ? labelX - 4 : LB_W + flight / 2;
    const dropped = sim.wasDropped(k);
    dots.push(
      <circle
        key={slot}
        class={dropped ? 'lb-dot lb-dot-dropped' : 'lb-dot'}
        cx={(LB_W + p * (x1 - LB_W)).toFixed(1)}
        cy={(y0 + p * (y1 - y0)).toFixed(1)}
        r="3"
      />,
    );
    k--;
  }
  const servers = [];
  for (let i = 0; i < n; i++) {
    const spec = scenario.servers[i];
    const y = rowY(i);
    const up = sim.isUp(i);
    const running = sim.running(i);
    const queued = sim.queued(i);
    const busy = Math.min(1, running / spec.concurrency);
    const queue = spec.queueLimit > 0 ? Math.min(1, queued / spec.queueLimit) : 0;
    const status = up ? `${running}/${spec.concurrency} · ${queued} wartend` : 'ausgefallen';
    servers.push(
      <g key={i} class={up ? 'lb-server' : 'lb-server lb-down'}>
        <rect class="lb-busy" x={barX} y={y - barH / 2} width={(slots[i] * busy).toFixed(1)} height={barH} />
        <rect class="lb-queue" x={queueX} y={y - barH / 2} width={(bar * queue).toFixed(1)} height={barH} />
        <text
          class="lb-label lb-status"
          x={wide ? queueX + bar + GAP : barX}
          y={wide ? y + 4 : y + barH / 2 + 14}
        >
          {status}
        </text>
      </g>,
    );
  }
  return (
    <div class="lb-view-box" ref={box}>
      <svg
        class="lb-view"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        {frame}
        {servers}
        {dots}
      </svg>
    </div>
  );
}

/** Where everything stands, for a scenario at a rendered width. */
function layoutOf(scenario: Simulation['scenario'], width: number) {
  const n = scenario.servers.length;
  const wide = width >= WIDE;
  const row = wide ? Math.max(22, Math.min(30, 420 / n)) : 38;
  const head = wide ? HEAD.wide : HEAD.narrow;
  const height = head + n * row + 6;
  const rowY = (i: number) => head + 2 + i * row + (wide ? row / 2 : 10);
  const flight = wide ? Math.min(140, width * 0.18) : 30;
  const labelX = LB_W + flight;
  const barX = labelX + LABEL_W;
  const bar = Math.max(24, (width - barX - (wide ? STATUS_W : 0) - 2 * GAP) / 2);
  const queueX = barX + bar + GAP;
  const barH = wide ? Math.max(8, row - 10) : 12;
  // The worker bar's length is the server's capacity (workers × speed): a 4× server's bar is four
  // times as long as a slow one's, so the picture shows the difference the label names.
  const capacity = (spec: (typeof scenario.servers)[number]) => spec.concurrency * spec.speed;
  const most = Math.max(...scenario.servers.map(capacity));
  const slots = scenario.servers.map((spec) => Math.max(8, (bar * capacity(spec)) / most));
  return { scenario, n, width, wide, head, height, rowY, flight, labelX, barX, bar, queueX, barH, slots };
}

/** The picture's still parts: title, column heads, the balancer, server names and bar outlines. */
function ViewFrame({
  id,
  title,
  layout,
  upMask,
}: {
  id: string;
  title: string;
  layout: ReturnType<typeof layoutOf>;
  /** '1' for each server that is up, '0' for a failed one (dashed, crossed out). */
  upMask: string;
}) {
  const { scenario, n, width, wide, head, height, rowY, labelX, barX, bar, queueX, barH, slots } = layout;
  const mixed = scenario.servers.some((spec) => spec.speed !== scenario.servers[0].speed);
  const centre = head + (height - head) / 2;
  return (
    <>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>
        Momentaufnahme: Anfragen fliegen vom Load Balancer zu {n} Servern; je Server belegte Worker und
        Warteschlange. Die Länge des Worker-Balkens zeigt die Kapazität des Servers (Worker mal Tempo). Die
        Zahlen stehen auch in der Tabelle unter dem Bild.
      </desc>
      <text class="lb-label lb-head" x={barX} y={12}>
        Worker
      </text>
      <text
        class="lb-label lb-head"
        x={wide ? queueX : width - 2}
        y={wide ? 12 : 26}
        text-anchor={wide ? 'start' : 'end'}
      >
        Warteschlange
      </text>
      <rect class="lb-box" x="1" y={centre - 16} width={LB_W - 2} height="32" rx="4" />
      <text class="lb-label" x={LB_W / 2} y={centre + 4} text-anchor="middle">
        LB
      </text>
      {scenario.servers.map((spec, i) => {
        const y = rowY(i);
        return (
          <g key={i} class={upMask[i] === '1' ? 'lb-server' : 'lb-server lb-down'}>
            <text class="lb-label" x={labelX} y={y + 4}>
              S{i + 1}
              {mixed && <tspan class="lb-speed"> {speed.format(spec.speed)}×</tspan>}
            </text>
            <rect
              class="lb-slot lb-workers"
              x={barX}
              y={y - barH / 2}
              width={slots[i].toFixed(1)}
              height={barH}
            />
            <rect class="lb-slot" x={queueX} y={y - barH / 2} width={bar} height={barH} />
          </g>
        );
      })}
    </>
  );
}
