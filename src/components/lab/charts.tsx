/**
 * Dependency-free charts that render the same on the server (static figures) and in an island. Every
 * word and number is HTML (title, axis title with the unit, tick numbers, bar labels, legend), so it
 * keeps the page's font size on every screen, before hydration, without JavaScript and in print; the
 * SVG draws only lines, bars and grid, and may scale. The tick numbers stand beside and under the
 * picture, placed in percent of its size. In an island the SVG's viewBox follows its rendered width
 * (useRenderedWidth), so lines and markers keep their size too. Lines differ in colour, width, dash
 * and marker shape, so a line under another still shows (classes lab-stroke-1 … 4 in lab.css).
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { germanNumber } from '../../lib/germanNumber.ts';

export interface Series {
  label: string;
  values: readonly number[];
}

/** A stretch of the x axis to mark (e.g. a server outage), with its German legend text. */
export interface Band {
  from: number;
  to: number;
  label: string;
}

interface ChartFrame {
  /** Short German title, shown above the chart and its accessible name. */
  title: string;
  /** One or two German sentences with the chart's message, the accessible description. */
  desc: string;
  /** Unique id prefix (for title/desc references). */
  id: string;
  /** Width of the server-rendered picture (static figure, print); an island measures its own. */
  width?: number;
  height?: number;
  /** Unit of the y axis, e.g. "ms" or "%"; shown in the axis title. */
  unit?: string;
  /** What the y axis counts, e.g. "Latenz"; the axis title reads "Latenz in ms". */
  yLabel?: string;
}

/** Font size of tick numbers in CSS px (lab.css, .lab-tick), for estimating how many labels fit. */
const FONT = 12;
/** Room inside the SVG around the plot: for markers at the edges, and a half tick label above. */
const PAD = { left: 6, right: 14, top: 10, bottom: 6 };
const de = germanNumber({ maximumFractionDigits: 1 });

/** "Nice" upper bound for an axis: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

function finite(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

/**
 * The rendered width of the element behind `ref`, followed while it changes; `fallback` on the
 * server and before the first measurement.
 *
 * @example
 * const box = useRef<HTMLDivElement>(null);
 * const width = useRenderedWidth(box, 480); // 272 in a 320 px phone's lab panel
 */
export function useRenderedWidth(ref: { current: Element | null }, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const measure = () => {
      // Unrounded: a rounded viewBox width would make the rendered height fractional (199.8 px),
      // and an embed that reports its height would never settle. In CSS px before any CSS zoom (a
      // lecture slide is zoomed to the projector): 12 units stay 12 px of the slide's own type.
      const zoom = element.currentCSSZoom > 0 ? element.currentCSSZoom : 1;
      const measured = element.getBoundingClientRect().width / zoom;
      if (measured > 0) setWidth(measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

function Grid({ left, right, top, plotH }: { left: number; right: number; top: number; plotH: number }) {
  return (
    <g class="lab-axis">
      {TICKS.map((t) => {
        const y = top + (1 - t) * plotH;
        return <line key={t} x1={left} x2={right} y1={y} y2={y} class="lab-grid" />;
      })}
    </g>
  );
}

/** Where the ticks of an axis stand, as a share of its range. */
const TICKS = [0, 0.5, 1] as const;

/** One tick number, placed in percent of the picture (so it follows the picture as it scales). */
interface Tick {
  /** Percent from the picture's left (x ticks) or top (y ticks). */
  at: number;
  text: string;
  /** How the label sits on its point: centred, or starting/ending there (at the picture's edges). */
  align?: 'start' | 'middle' | 'end';
}

const percentOf = (value: number, whole: number) => `${((value / whole) * 100).toFixed(2)}%`;

/** A small sample of series `index`'s line or bar, for the legend. */
function Swatch({ index, bar }: { index: number; bar: boolean }) {
  const k = (index % 4) + 1;
  return (
    <svg class="lab-swatch" width="30" height="12" viewBox="0 0 30 12" aria-hidden="true">
      {bar ? (
        <rect x="2" y="1" width="26" height="10" class={`lab-fill-${k}`} />
      ) : (
        <>
          <line x1="1" x2="29" y1="6" y2="6" class={`lab-line lab-stroke-${k}`} />
          <Marker index={index} x={15} y={6} />
        </>
      )}
    </svg>
  );
}

/** A small sample of a marked stretch (grey, hatched, with edges), for the legend. */
function BandSwatch() {
  return (
    <svg class="lab-swatch" width="30" height="12" viewBox="0 0 30 12" aria-hidden="true">
      <rect x="1" y="1" width="28" height="10" class="lab-band" />
    </svg>
  );
}

/** Marker of series `index` at (x, y): circle, square, triangle, diamond. */
function Marker({ index, x, y }: { index: number; x: number; y: number }) {
  const k = index % 4;
  const cls = `lab-marker lab-fill-${k + 1}`;
  if (k === 0) return <circle class={cls} cx={x} cy={y} r="3.5" />;
  if (k === 1) return <rect class={cls} x={x - 3.5} y={y - 3.5} width="7" height="7" />;
  if (k === 2)
    return <path class={cls} d={`M${x} ${y - 4.5}L${x + 4.5} ${y + 3.5}L${x - 4.5} ${y + 3.5}Z`} />;
  return <path class={cls} d={`M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z`} />;
}

/** The frame every chart shares: visible title and axis title, the picture with its ticks, the legend. */
function ChartBox(
  props: ChartFrame & {
    series: readonly Series[];
    bars: boolean;
    bands?: readonly Band[];
    xLabel?: string;
    box: { current: HTMLDivElement | null };
    children: ComponentChildren;
    width: number;
    height: number;
    yTicks: readonly Tick[];
    xTicks: readonly Tick[];
  },
) {
  const { id, unit = '', yLabel, width, height } = props;
  const axisTitle = yLabel ? (unit ? `${yLabel} in ${unit}` : yLabel) : unit ? `in ${unit}` : '';
  // What stays while a playback cursor moves (titles, tick numbers, legend) is one vnode each,
  // rebuilt only when its text changes: a moving chart re-renders its picture, not its frame.
  const tickKey = (ticks: readonly Tick[]) => ticks.map((t) => `${t.at}|${t.text}|${t.align}`).join(' ');
  const yKey = tickKey(props.yTicks);
  const xKey = tickKey(props.xTicks);
  const legendKey = [
    props.title,
    props.bars,
    ...props.series.map((s) => s.label),
    ...(props.bands ?? []).map((b) => b.label),
  ].join('\n');
  const head = useMemo(
    () => (
      <>
        <p class="lab-chart-title" id={`${id}-title`}>
          {props.title}
        </p>
        {axisTitle && <p class="lab-chart-axis-title">{axisTitle}</p>}
      </>
    ),
    [id, props.title, axisTitle],
  );
  const yColumn = useMemo(
    () => (
      <div class="lab-chart-y" aria-hidden="true">
        {props.yTicks.map((tick) => (
          <span class="lab-tick" key={tick.at} style={`top:${percentOf(tick.at, 100)}`}>
            {tick.text}
          </span>
        ))}
        {/* The widest label, invisible, gives the column its width. */}
        <span class="lab-tick-sizer">
          {props.yTicks.reduce((a, b) => (b.text.length > a.length ? b.text : a), '')}
        </span>
      </div>
    ),
    [yKey],
  );
  const xRow = useMemo(
    () => (
      <div class="lab-chart-x" aria-hidden="true">
        {props.xTicks.map((tick) => (
          <span
            class={`lab-tick lab-tick-${tick.align ?? 'middle'}`}
            key={tick.at}
            style={`left:${percentOf(tick.at, 100)}`}
          >
            {tick.text}
          </span>
        ))}
      </div>
    ),
    [xKey],
  );
  const foot = useMemo(
    () => (
      <>
        {props.xLabel && <p class="lab-chart-axis-title lab-chart-x-title">{props.xLabel}</p>}
        {(props.series.length > 1 || props.bars || (props.bands?.length ?? 0) > 0) && (
          <ul class="lab-legend" aria-label={`Legende: ${props.title}`}>
            {props.series.map((s, i) => (
              <li key={s.label}>
                <Swatch index={i} bar={props.bars} />
                {s.label}
              </li>
            ))}
            {props.bands?.map((band) => (
              <li key={band.label} class="lab-legend-band">
                <BandSwatch />
                {band.label}
              </li>
            ))}
          </ul>
        )}
      </>
    ),
    [props.xLabel, legendKey],
  );
  return (
    <div class="lab-chart-box">
      {head}
      <div class="lab-chart-plot">
        {yColumn}
        <div class="lab-chart-picture" ref={props.box}>
          <svg
            class="lab-chart"
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-labelledby={`${id}-title ${id}-desc`}
          >
            <desc id={`${id}-desc`}>{props.desc}</desc>
            {props.children}
          </svg>
        </div>
        {xRow}
      </div>
      {foot}
    </div>
  );
}

/** The y ticks' labels at 0, half and the top of the axis, in percent of the picture's height. */
function yTicks(max: number, height: number): Tick[] {
  const plotH = height - PAD.top - PAD.bottom;
  return TICKS.map((t) => ({ at: ((PAD.top + (1 - t) * plotH) / height) * 100, text: de.format(t * max) }));
}

/** The largest finite value among the first `upTo` values of every series (0 if none). */
function largest(series: readonly Series[], upTo: number): number {
  let max = 0;
  for (const s of series) {
    const end = Math.min(upTo, s.values.length);
    for (let k = 0; k < end; k++) {
      const v = s.values[k];
      if (v > max && Number.isFinite(v)) max = v;
    }
  }
  return max;
}

/**
 * The points of a line that carry a marker: every `every`th of the first `count`, starting so that
 * lines with different `shift`s do not put their markers on the same points.
 *
 * @example
 * markerPoints(20, 8, 4); // [4, 12]
 */
export function markerPoints(count: number, every: number, shift: number): number[] {
  const step = Math.max(1, every);
  const points: number[] = [];
  for (let k = (step - (Math.round(shift) % step)) % step; k < count; k += step) points.push(k);
  return points;
}

/**
 * Lines over an x axis (e.g. latency percentiles over time).
 *
 * With `shown` (a playback cursor) only the first `shown` points of every series are drawn and the
 * y axis fits them, as if the series ended there; the lines themselves are built once for the whole
 * series and revealed up to the cursor by a clip, so moving the cursor changes one attribute and
 * the markers up to it, not every line's points (pass the same `xs` and `series` arrays while the
 * cursor moves).
 *
 * @example
 * <LineChart id="lat" title="Latenz über die Zeit" desc="p95 steigt …" xLabel="Zeit in s" xs={[0, 1, 2]}
 *   series={[{ label: 'p95', values: [10, 12, 30] }]} yLabel="Latenz" unit="ms" />
 * // The same chart at a playback cursor: the first two points.
 * <LineChart … shown={2} />
 */
export function LineChart(
  props: ChartFrame & {
    xs: readonly number[];
    xLabel: string;
    series: readonly Series[];
    /** Stretches of the x axis to shade behind the lines, each named in the legend. */
    bands?: readonly Band[];
    /** Points drawn per series, from the first (a playback cursor); all when left out. */
    shown?: number;
  },
) {
  const box = useRef<HTMLDivElement>(null);
  const width = useRenderedWidth(box, props.width ?? 480);
  const { height = 200, xs, series } = props;
  const cursor = props.shown === undefined ? Infinity : Math.max(0, props.shown);
  const max = niceMax(largest(series, cursor));
  const xMax = Math.max(1e-9, ...xs.map(finite));
  const left = PAD.left;
  const plotW = Math.max(10, width - left - PAD.right);
  const plotH = height - PAD.top - PAD.bottom;
  const x = (v: number) => left + (finite(v) / xMax) * plotW;
  const y = (v: number) => PAD.top + (1 - finite(v) / max) * plotH;
  const lines = useMemo(
    () =>
      series.map((s) => s.values.map((v, k) => `${x(xs[k] ?? 0).toFixed(1)},${y(v).toFixed(1)}`).join(' ')),
    [series, xs, xMax, width, height, max],
  );
  const clipId = `${props.id}-shown`;
  const clipped = props.shown !== undefined;
  // Up to the cursor's point; the rest of each line stays hidden.
  const clipWidth = cursor === 0 ? 0 : x(xs[Math.min(cursor, xs.length) - 1] ?? 0);
  // At most about eight markers per line, staggered so two lines' markers do not sit on each other.
  const points = Math.max(1, xs.length);
  const every = Math.max(1, Math.ceil(points / 8));
  const xTicks = TICKS.map((t): Tick => ({
    at: ((left + t * plotW) / width) * 100,
    text: de.format(t * xMax),
    align: t === 0 ? 'start' : t === 1 ? 'end' : 'middle',
  }));
  const markers = series.map((s, i) =>
    markerPoints(Math.min(cursor, s.values.length), every, (i * every) / Math.max(1, series.length)),
  );
  // The bands and grid, and the lines with their markers, as vnodes that stay while only the clip
  // moves (a new marker, axis or size rebuilds them).
  const backdrop = useMemo(
    () => (
      <>
        {props.bands?.map((band) => {
          const from = x(Math.max(0, band.from));
          const to = x(Math.min(xMax, band.to));
          return to > from ? (
            <rect
              key={band.label}
              class="lab-band"
              x={from}
              y={PAD.top}
              width={to - from}
              height={plotH}
              data-band={`${band.from}-${band.to}`}
            />
          ) : null;
        })}
        <Grid left={left} right={width - PAD.right} top={PAD.top} plotH={plotH} />
      </>
    ),
    [props.bands, xMax, width, height],
  );
  const drawn = useMemo(
    () =>
      series.map((s, i) => (
        <g key={s.label}>
          <polyline
            class={`lab-line lab-stroke-${(i % 4) + 1}`}
            points={lines[i]}
            clip-path={clipped ? `url(#${clipId})` : undefined}
          />
          {markers[i].map((k) => (
            <Marker key={k} index={i} x={x(xs[k] ?? 0)} y={y(s.values[k])} />
          ))}
        </g>
      )),
    [lines, markers.map((m) => m.length).join(' '), clipped, clipId],
  );
  return (
    <ChartBox
      {...props}
      series={series}
      bars={false}
      box={box}
      width={width}
      height={height}
      yTicks={yTicks(max, height)}
      xTicks={xTicks}
    >
      {backdrop}
      {clipped && (
        <clipPath id={clipId}>
          <rect x="0" y="0" width={clipWidth.toFixed(1)} height={height} />
        </clipPath>
      )}
      {drawn}
    </ChartBox>
  );
}

/**
 * Grouped bars, one group per label (e.g. requests per server), one bar per series.
 *
 * @example
 * <BarChart id="load" title="Anfragen pro Server" desc="…" labels={['S1', 'S2']}
 *   series={[{ label: 'Round Robin', values: [5, 3] }]} />
 */
export function BarChart(
  props: ChartFrame & { labels: readonly string[]; series: readonly Series[]; xLabel?: string },
) {
  const box = useRef<HTMLDivElement>(null);
  const width = useRenderedWidth(box, props.width ?? 480);
  const { height = 200, labels, series } = props;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.map(finite))));
  const left = PAD.left;
  const plotW = Math.max(10, width - left - PAD.right);
  const plotH = height - PAD.top - PAD.bottom;
  const group = plotW / Math.max(1, labels.length);
  const bar = Math.max(1, (group * 0.8) / Math.max(1, series.length));
  // Label every group whose label fits; otherwise every second, fourth, … group. The server-rendered
  // picture may be shown on a phone, so it counts with a phone's width (about 17 rem for the plot).
  const room = Math.min(group, (NARROW_PLOT * group) / plotW);
  const longest = Math.max(1, ...labels.map((label) => label.length)) * FONT * 0.62 + 6;
  const labelEvery =
    2 ** Math.max(0, Math.ceil(Math.log2(longest / Math.max(1, measured(box) ? group : room))));
  const xTicks = labels.flatMap((label, g): Tick[] =>
    g % labelEvery === 0 ? [{ at: ((left + (g + 0.5) * group) / width) * 100, text: label }] : [],
  );
  return (
    <ChartBox
      {...props}
      series={series}
      bars={true}
      box={box}
      width={width}
      height={height}
      yTicks={yTicks(max, height)}
      xTicks={xTicks}
    >
      <Grid left={left} right={width - PAD.right} top={PAD.top} plotH={plotH} />
      {labels.map((label, g) => (
        <g key={label}>
          {series.map((s, i) => {
            const h = (finite(s.values[g] ?? 0) / max) * plotH;
            return (
              <rect
                key={s.label}
                class={`lab-fill-${(i % 4) + 1}`}
                x={left + g * group + group * 0.1 + i * bar}
                y={PAD.top + plotH - h}
                width={bar}
                height={h}
              />
            );
          })}
        </g>
      ))}
    </ChartBox>
  );
}

/** Width of a chart's plot on a 320 px phone, in CSS px (for labels the server has to place). */
const NARROW_PLOT = 230;

/** Whether the element behind `ref` is in the page (an island after its first render), not on the server. */
function measured(ref: { current: Element | null }): boolean {
  return ref.current !== null;
}
