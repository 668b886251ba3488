/**
 * The textbook table of a cache run: accesses across, cache slots down, the access's key loaded into
 * its slot in bold, hits and misses marked with ✓ / ✗ plus text for screen readers (never by colour
 * alone). Renders the same on the server (static figure) and in the island.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { StepResult } from '../../sim/caching/index.ts';

export interface StepTableProps {
  /** Unique prefix for data-testid. */
  id: string;
  /** German label of the policy, e.g. "FIFO". */
  label: string;
  result: StepResult;
  /** Accesses shown so far (0 … trace length); later columns stay empty. */
  shown: number;
}

/** Misses among the first `shown` accesses. */
export function missesUpTo(result: StepResult, shown: number): number {
  let misses = 0;
  for (let t = 0; t < shown && t < result.steps.length; t++) if (!result.steps[t].hit) misses++;
  return misses;
}

/**
 * For every access t and slot: the 1-based number of the access that next uses the key in that slot
 * after t, or null when it never comes again. OPT evicts the key whose next use is farthest away,
 * and this row makes that visible.
 *
 * @example
 * nextUses(stepTrace('opt', 2, Int32Array.from([1, 2, 1, 3]), settings))[0]; // [3, null]
 */
export function nextUses(result: StepResult): (number | null)[][] {
  const { steps } = result;
  return steps.map((step, t) =>
    step.slots.map((key) => {
      if (key === null) return null;
      for (let i = t + 1; i < steps.length; i++) if (steps[i].key === key) return i + 1;
      return null;
    }),
  );
}

/** The label of OPT's next-use row; texts that point the reader to the row quote it. */
export const NEXT_USE_LABEL = 'Wieder gebraucht';

/**
 * What OPT's next-use row shows for a slot after access `t` (0-based): how many accesses later its
 * key is needed again ("+4"), or "nie". A distance, not an access number, so it cannot be read as
 * a key (the header row shows keys), and the largest number is the key OPT evicts.
 *
 * @example
 * nextUseText(11, 6); // '+4' (after access 7, the key comes back with access 11)
 * nextUseText(null, 6); // 'nie'
 */
export function nextUseText(at: number | null, t: number): string {
  return at === null ? 'nie' : `+${at - (t + 1)}`;
}

/**
 * @example
 * <StepTable id="c-step-fifo" label="FIFO" result={stepTrace('fifo', 3, trace, settings)} shown={5} />
 */
export function StepTable({ id, label, result, shown }: StepTableProps) {
  const { steps, capacity } = result;
  const current = shown - 1;
  const misses = missesUpTo(result, shown);
  const slots = Array.from({ length: capacity }, (_, slot) => slot);
  const column = (t: number) => (t === current ? 'c-current' : undefined);
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => keepColumnInView(scroller.current, current), [current]);
  const summary = `${label} mit ${capacity} ${capacity === 1 ? 'Platz' : 'Plätzen'}: ${misses} ${
    misses === 1 ? 'Fehlzugriff' : 'Fehlzugriffe'
  }, ${shown - misses} Treffer nach ${shown} von ${steps.length} ${steps.length === 1 ? 'Zugriff' : 'Zugriffen'}`;
  return (
    <div class="c-step">
      {/* The caption as the reader sees it, above the scroller, where it wraps to the screen (inside,
          it was as wide as the table and cut off on a phone); the table keeps its own for screen readers. */}
      <p class="c-step-caption" aria-hidden="true">
        {summary}
      </p>
      <div class="c-table-scroll" tabIndex={0} role="region" aria-label={`Tabelle ${label}`} ref={scroller}>
        <table class="lab-table c-step-table" data-testid={id} data-shown={shown}>
          <caption
            class="sr-only"
            data-testid={`${id}-summary`}
            data-misses={misses}
            data-hits={shown - misses}
            data-series={result.policy}
            data-metric="misses"
            data-value={misses}
          >
            {summary}
          </caption>
          <thead>
            <tr>
              <th scope="row">Zugriff</th>
              {steps.map((step, t) => (
                <th scope="col" key={t} class={column(t)} aria-current={t === current ? 'step' : undefined}>
                  <span class="sr-only">Nr. {t + 1}: Schlüssel </span>
                  {step.key}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {slots.map((slot) => (
              <tr key={slot}>
                <th scope="row">Platz {slot + 1}</th>
                {steps.map((step, t) => {
                  const key = t < shown ? step.slots[slot] : null;
                  const loaded = key !== null && key === step.key && !step.hit;
                  return (
                    <td key={t} class={[column(t), loaded ? 'c-loaded' : ''].join(' ').trim() || undefined}>
                      {key ?? ''}
                      {loaded && <span class="sr-only"> (neu geladen)</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">Ergebnis</th>
              {steps.map((step, t) => (
                <td
                  key={t}
                  class={
                    [column(t), t < shown ? (step.hit ? 'c-hit' : 'c-miss') : ''].join(' ').trim() ||
                    undefined
                  }
                  data-hit={t < shown ? String(step.hit) : undefined}
                >
                  {t < shown && (
                    <>
                      <span aria-hidden="true">{step.hit ? '✓' : '✗'}</span>
                      <span class="sr-only">{step.hit ? 'Treffer' : 'Fehlzugriff'}</span>
                    </>
                  )}
                </td>
              ))}
            </tr>
            {result.policy === 'opt' && <NextUseRow result={result} shown={shown} column={column} />}
            <tr>
              <th scope="row">Verdrängt</th>
              {steps.map((step, t) => {
                const gone =
                  t < shown
                    ? [
                        ...step.expired.map((key) => `${key}†`),
                        ...(step.evicted === null ? [] : [String(step.evicted)]),
                      ]
                    : [];
                return (
                  <td key={t} class={column(t)}>
                    {gone.join(' ')}
                    {t < shown && step.expired.length > 0 && (
                      <span class="sr-only"> († = TTL abgelaufen)</span>
                    )}
                  </td>
                );
              })}
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}

/**
 * Scrolls the table's own scroller (never the page) so that the current access's column is in view,
 * as the lab plays or jumps to the end on a narrow screen; back to the start when nothing is shown.
 */
function keepColumnInView(box: HTMLElement | null, current: number): void {
  if (!box || box.scrollWidth <= box.clientWidth) return;
  const cell = box.querySelector('thead .c-current');
  if (current < 0 || !cell) {
    box.scrollLeft = 0;
    return;
  }
  const view = box.getBoundingClientRect();
  // The row labels stay at the left edge (sticky, caching.css); a column must not hide under them.
  const labels = box.querySelector('thead th[scope="row"]')?.getBoundingClientRect().width ?? 0;
  const { left, right } = cell.getBoundingClientRect();
  const margin = right - left;
  if (right > view.right) box.scrollLeft += right - view.right + margin;
  else if (left < view.left + labels) box.scrollLeft -= view.left + labels - left + margin;
  // No column half under the labels: a clipped "+1" would read as "-1".
  const edge = view.left + labels;
  const first = [...box.querySelectorAll('thead th[scope="col"]')].find(
    (th) => th.getBoundingClientRect().right > edge + 1,
  );
  if (!first) return;
  const { left: firstLeft, width: firstWidth } = first.getBoundingClientRect();
  const hidden = edge - firstLeft;
  if (hidden <= 0) return;
  // Show it whole if the current column stays in view, else scroll it away under the labels.
  if (cell.getBoundingClientRect().right + hidden <= view.right) box.scrollLeft -= hidden;
  else box.scrollLeft += firstWidth - hidden;
}

/** OPT's look into the future: per access, one line per slot with how soon its key is needed again. */
function NextUseRow({
  result,
  shown,
  column,
}: {
  result: StepResult;
  shown: number;
  column: (t: number) => string | undefined;
}) {
  const next = nextUses(result);
  return (
    <tr class="c-next-row" data-testid="c-next-use">
      <th scope="row">{NEXT_USE_LABEL}</th>
      {next.map((slots, t) => (
        <td key={t} class={column(t)}>
          {t < shown &&
            slots.map((at, slot) =>
              result.steps[t].slots[slot] === null ? null : (
                <span class="c-next" key={slot}>
                  <span class="sr-only">Platz {slot + 1}: </span>
                  <span aria-hidden="true">{nextUseText(at, t)}</span>
                  <span class="sr-only">{spokenNextUse(at, t)}</span>
                </span>
              ),
            )}
        </td>
      ))}
    </tr>
  );
}

/** The next-use cell for screen readers: "in 4 Zugriffen wieder gebraucht", "nie mehr gebraucht". */
function spokenNextUse(at: number | null, t: number): string {
  if (at === null) return 'nie mehr gebraucht';
  const later = at - (t + 1);
  return `in ${later} ${later === 1 ? 'Zugriff' : 'Zugriffen'} wieder gebraucht`;
}
