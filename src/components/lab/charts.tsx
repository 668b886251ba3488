/**
 * Dependency-free SVG charts that render the same on the server (static figures) and in an
 * island. Each chart is an image with a <title> and <desc>, so screen readers get its gist; the
 * colours come from Starlight's theme variables (see lab.css, classes lab-series-1 … 4).
 */
import type { ComponentChildren } from 'preact';

export interface Series {
  label: string;
  values: readonly number[];
}

interface ChartFrame {
  /** Short German title, also the accessible name. */
  title: string;
  /** One or two German sentences with the chart's message, the accessible description. */
  desc: string;
  /** Unique id prefix (for title/desc references). */
  id: string;
  width?: number;
  height?: number;
  unit?: string;
}

const PAD = { left: 52, right: 12, top: 12, bottom: 28 };
const de = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** "Nice" upper bound for an axis: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

function finite(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

function YAxis({ max, height, width, unit }: { max: number; height: number; width: number; unit: string }) {
  const ticks = [0, 0.5, 1];
  return (
    <g class="lab-axis">
      {ticks.map((t) => {
        const y = PAD.top + (1 - t) * (height - PAD.top - PAD.bottom);
        return (
          <g key={t}>
            <line x1={PAD.left} x2={width - PAD.right} y1={y} y2={y} class="lab-grid" />
            <text x={PAD.left - 6} y={y + 4} text-anchor="end">
              {de.format(t * max)}
              {t === 1 && unit ? ` ${unit}` : ''}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function Legend({ series, y }: { series: readonly Series[]; y: number }) {
  // Each entry starts after the previous label (about 6.5 px per character at 11 px).
  let x = PAD.left;
  return (
    <g class="lab-legend">
      {series.map((s, i) => {
        const at = x;
        x += 28 + s.label.length * 6.5;
        return (
          <g key={s.label} transform={`translate(${at}, ${y})`}>
            <rect width="12" height="4" y="-4" class={`lab-fill-${(i % 4) + 1}`} />
            <text x="16" y="0">
              {s.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** The frame every chart shares: an accessible SVG with title, description and y axis. */
function ChartSvg(
  props: ChartFrame & {
    width: number;
    height: number;
    unit: string;
    max: number;
    children: ComponentChildren;
  },
) {
  const { id, width, height, unit, max } = props;
  return (
    <svg
      class="lab-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{props.title}</title>
      <desc id={`${id}-desc`}>{props.desc}</desc>
      <YAxis max={max} height={height - 16} width={width} unit={unit} />
      {props.children}
    </svg>
  );
}

/**
 * Lines over an x axis (e.g. latency percentiles over time).
 *
 * @example
 * <LineChart id="lat" title="Latenz" desc="p95 steigt …" xLabel="Zeit (s)" xs={[0, 1, 2]}
 *   series={[{ label: 'p95', values: [10, 12, 30] }]} unit="ms" />
 */
export function LineChart(
  props: ChartFrame & { xs: readonly number[]; xLabel: string; series: readonly Series[] },
) {
  const { width = 480, height = 220, unit = '', xs, series, id } = props;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.map(finite))));
  const xMax = Math.max(1e-9, ...xs.map(finite));
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom - 16;
  const x = (v: number) => PAD.left + (finite(v) / xMax) * plotW;
  const y = (v: number) => PAD.top + (1 - finite(v) / max) * plotH;
  return (
    <ChartSvg
      id={id}
      title={props.title}
      desc={props.desc}
      width={width}
      height={height}
      unit={unit}
      max={max}
    >
      {series.map((s, i) => (
        <polyline
          key={s.label}
          class={`lab-line lab-stroke-${(i % 4) + 1}`}
          points={s.values.map((v, k) => `${x(xs[k] ?? 0).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
        />
      ))}
      <text class="lab-axis" x={width - PAD.right} y={height - 20} text-anchor="end">
        {props.xLabel} (bis {de.format(xMax)})
      </text>
      <Legend series={series} y={height - 4} />
    </ChartSvg>
  );
}

/**
 * Grouped bars, one group per label (e.g. requests per server), one bar per series.
 *
 * @example
 * <BarChart id="load" title="Last" desc="…" labels={['S1', 'S2']} series={[{ label: 'A', values: [5, 3] }]} />
 */
export function BarChart(props: ChartFrame & { labels: readonly string[]; series: readonly Series[] }) {
  const { width = 480, height = 220, unit = '', labels, series, id } = props;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.map(finite))));
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom - 16;
  const group = plotW / Math.max(1, labels.length);
  const bar = Math.max(1, (group * 0.8) / Math.max(1, series.length));
  return (
    <ChartSvg
      id={id}
      title={props.title}
      desc={props.desc}
      width={width}
      height={height}
      unit={unit}
      max={max}
    >
      {labels.map((label, g) => (
        <g key={label}>
          {series.map((s, i) => {
            const h = (finite(s.values[g] ?? 0) / max) * plotH;
            return (
              <rect
                key={s.label}
                class={`lab-fill-${(i % 4) + 1}`}
                x={PAD.left + g * group + group * 0.1 + i * bar}
                y={PAD.top + plotH - h}
                width={bar}
                height={h}
              />
            );
          })}
          {labels.length <= 16 && (
            <text
              class="lab-axis"
              x={PAD.left + (g + 0.5) * group}
              y={PAD.top + plotH + 14}
              text-anchor="middle"
            >
              {label}
            </text>
          )}
        </g>
      ))}
      <Legend series={series} y={height - 4} />
    </ChartSvg>
  );
}
