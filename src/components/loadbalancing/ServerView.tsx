/**
 * The animated picture of one balancer: requests fly from the balancer to their server; every
 * server shows its busy workers and its queue. The still parts (title, labels, outlines) and the
 * numbers are SVG; what moves (requests in flight, bar fills) is drawn on a canvas laid over it
 * (stageCanvas.ts), straight from the animation frame: no Preact render, no DOM change per frame.
 * The bar fills are taken when the numbers are (each render), so both always show the same moment;
 * only the requests in flight move with every frame.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Simulation } from '../../sim/loadbalancing/index.ts';
import { useRenderedWidth } from '../lab/charts.tsx';
import { measureStage, stageColours, stageContext, useThemeVersion } from '../lab/stageCanvas.ts';
import { germanNumber } from '../../lib/germanNumber.ts';
import {
  flyingDots,
  GAP,
  layoutOf,
  LB_W,
  serverBars,
  type ServerBars,
  type ViewLayout,
} from './viewLayout.ts';

const speed = germanNumber({ maximumFractionDigits: 2 });

/** The canvas's colours: the CSS custom properties the SVG used for the same parts. */
const COLOURS = {
  busy: '--sl-color-blue-high',
  queue: '--sl-color-orange-high',
  dot: '--sl-color-text-accent',
  dropped: '--sl-color-red-high',
};
const FORCED = { busy: 'Highlight', queue: 'CanvasText', dot: 'LinkText', dropped: 'CanvasText' };

/** Painters the lab calls after each animation frame's step: one per picture on screen. */
export type Painters = Set<() => void>;

export interface ServerViewProps {
  sim: Simulation;
  id: string;
  title: string;
  /** No flying requests (prefers-reduced-motion); bars and numbers still update. */
  still: boolean;
  /** Where the picture registers its painter, so the lab's animation frame can redraw it. */
  painters: Painters;
}

/**
 * Drawn at its rendered width (the viewBox follows it), so every label is 12 CSS px on a phone
 * too; on narrow screens the numbers move under the bars. A server's speed stands beside its name
 * when the servers differ ("S1 4×") and its worker bar is as long as its capacity (workers × speed)
 * relative to the largest, a failed server is dashed and crossed out, and the requests
 * in flight disappear when the run is over.
 *
 * @example
 * <ServerView sim={simulation} id="lb-a" title="Round Robin" still={false} painters={painters} />
 */
export function ServerView({ sim, id, title, still, painters }: ServerViewProps) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = useRenderedWidth(box, 560);
  const { scenario } = sim;
  const layout = useMemo(() => layoutOf(scenario, width), [scenario, width]);
  const { n, wide, height, rowY, barX, queueX, queueW, barH } = layout;
  // What does not move (title, labels, the bars' outlines) is one vnode per layout.
  let upMask = '';
  for (let i = 0; i < n; i++) upMask += sim.isUp(i) ? '1' : '0';
  const frame = useMemo(
    () => <ViewFrame id={id} title={title} layout={layout} upMask={upMask} />,
    [id, title, layout, upMask],
  );
  const theme = useThemeVersion();
  // The painter reads the latest props through this ref; it is registered once.
  const paint = useRef<() => void>(() => undefined);
  const colours = useRef<Record<keyof typeof COLOURS, string> | null>(null);
  // The bars' snapshot, taken with the status texts below: every frame draws it until the next render.
  const bars = serverBars(sim, layout);
  paint.current = () => {
    const element = canvas.current;
    if (!element || !colours.current) return;
    const ctx = stageContext(element, layout.width, layout.height);
    if (ctx) drawMoving(ctx, sim, layout, bars, still, colours.current);
  };
  useLayoutEffect(() => {
    if (canvas.current) colours.current = stageColours(canvas.current, COLOURS, FORCED);
  }, [theme]);
  // After every render (a settings change, a step, the figures' refresh, the end): measure, draw.
  useLayoutEffect(() => {
    if (canvas.current) measureStage(canvas.current);
    paint.current();
  });
  useEffect(() => {
    const painter = () => paint.current();
    painters.add(painter);
    return () => {
      painters.delete(painter);
    };
  }, [painters]);
  // The numbers stay text (refreshed with the figures, not per frame).
  const statuses = [];
  for (let i = 0; i < n; i++) {
    const spec = scenario.servers[i];
    const y = rowY(i);
    const status = sim.isUp(i)
      ? `${sim.running(i)}/${spec.concurrency} · ${sim.queued(i)} wartend`
      : 'ausgefallen';
    statuses.push(
      <text
        key={i}
        class={sim.isUp(i) ? 'lb-label lb-status' : 'lb-label lb-status lb-down'}
        x={wide ? queueX + queueW + GAP : barX}
        y={wide ? y + 4 : y + barH / 2 + 14}
      >
        {status}
      </text>,
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
        {statuses}
      </svg>
      <canvas class="lb-canvas" ref={canvas} aria-hidden="true" data-testid={`${id}-canvas`} />
    </div>
  );
}

/** The moving parts on the canvas: bar fills (as of the last render), then the requests in flight on top. */
function drawMoving(
  ctx: CanvasRenderingContext2D,
  sim: Simulation,
  layout: ViewLayout,
  bars: ServerBars[],
  still: boolean,
  colours: Record<keyof typeof COLOURS, string>,
) {
  const { barX, queueX, barH } = layout;
  for (const server of bars) {
    const top = server.y - barH / 2;
    ctx.fillStyle = colours.busy;
    if (server.busy > 0) ctx.fillRect(barX, top, server.busy, barH);
    ctx.fillStyle = colours.queue;
    if (server.queue > 0) ctx.fillRect(queueX, top, server.queue, barH);
  }
  if (still) return;
  for (const dropped of [false, true]) {
    ctx.fillStyle = dropped ? colours.dropped : colours.dot;
    ctx.beginPath();
    for (const dot of flyingDots(sim, layout)) {
      if (dot.dropped !== dropped) continue;
      ctx.moveTo(dot.x + 3, dot.y);
      ctx.arc(dot.x, dot.y, 3, 0, 2 * Math.PI);
    }
    ctx.fill();
  }
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
  layout: ViewLayout;
  /** '1' for each server that is up, '0' for a failed one (dashed, crossed out). */
  upMask: string;
}) {
  const { scenario, n, wide, head, height, rowY, labelX, barX, queueX, queueW, barH, slots } = layout;
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
      <text class="lb-label lb-head" x={queueX} y={wide ? 12 : 26}>
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
            <rect class="lb-slot" x={queueX} y={y - barH / 2} width={queueW} height={barH} />
          </g>
        );
      })}
    </>
  );
}
