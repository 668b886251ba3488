/**
 * All five placement schemes on the same keys and the same event, side by side: the share of keys
 * that moved against the least any scheme must move, and how even the load is afterwards. Used by
 * the static figure (build time) and the island. Where the four columns do not fit (a phone), each
 * scheme becomes a block of its own with the column name before each value (partitioning.css), so
 * nothing scrolls sideways and nothing is hidden.
 */
import { SCHEMES, type PartitionResult, type SchemeId } from '../../sim/partitioning/index.ts';
import { percent } from '../caching/format.ts';
import { Meter } from './Meter.tsx';
import { germanNumber } from '../../lib/germanNumber.ts';

const two = germanNumber({ minimumFractionDigits: 2, maximumFractionDigits: 2 });

export interface SchemeRow {
  scheme: SchemeId;
  result: PartitionResult;
}

/**
 * @example
 * <SchemeTable rows={SCHEME_IDS.map((scheme) => ({ scheme, result: simulatePartitioning({ …, scheme }) }))}
 *   caption="Drei Knoten, ein vierter kommt hinzu" selected="ring" />
 */
export function SchemeTable({
  rows,
  caption,
  selected,
}: {
  rows: SchemeRow[];
  caption: string;
  selected?: SchemeId;
}) {
  return (
    <div class="p-scroll p-schemes-box" tabIndex={0} role="region" aria-label={caption}>
      <table class="p-table" data-testid="p-schemes">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Verfahren</th>
            <th scope="col">Gewandert</th>
            <th scope="col">Minimum bei gleicher Last</th>
            <th scope="col">Last max/Mittel danach</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ scheme, result }) => (
            <tr key={scheme} class={scheme === selected ? 'p-selected' : undefined} data-scheme={scheme}>
              <th scope="row">{SCHEMES[scheme].label}</th>
              <td data-label="Gewandert">
                <span class="p-number">{percent(result.movedFraction)}</span>
                <Meter value={result.movedFraction} max={1} moved />
              </td>
              <td data-label="Minimum bei gleicher Last">{percent(result.minimumFraction)}</td>
              <td data-label="Last max/Mittel danach">{two.format(result.after.loadSpread.maxOverMean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
