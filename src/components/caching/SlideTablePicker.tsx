/**
 * On a lecture slide, the step mode shows one policy's table at a time (three tables of twelve and
 * more accesses do not fit a 16:9 slide at projector type sizes): a row of buttons, one per policy
 * with its misses so far, picks the table. The pick is the lab's selected policy, so it travels
 * in the URL and the presenter's and the audience's windows show the same table.
 */
import { useRef } from 'preact/hooks';
import type { PolicyId } from '../../sim/caching/index.ts';

export interface SlideTablePickerProps {
  /** The policies in the order the buttons keep (useStableOrder). */
  policies: readonly PolicyId[];
  labels: Readonly<Record<PolicyId, string>>;
  /** Misses so far per policy. */
  misses: Readonly<Partial<Record<PolicyId, number>>>;
  /** The policy whose table the slide shows. */
  shown: PolicyId;
  onPick: (policy: PolicyId) => void;
}

/**
 * @example
 * <SlideTablePicker policies={['fifo', 'lru', 'opt']} labels={labels} misses={{ fifo: 9, lru: 10, opt: 7 }}
 *   shown="fifo" onPick={(policy) => onChange({ policy, cmp: others })} />
 */
export function SlideTablePicker({ policies, labels, misses, shown, onPick }: SlideTablePickerProps) {
  return (
    <div class="c-slide-pick" role="group" aria-label="Tabelle auf der Folie">
      <span aria-hidden="true">Tabelle:</span>
      {policies.map((policy) => (
        <button
          type="button"
          class="lab-button"
          key={policy}
          aria-pressed={policy === shown}
          onClick={() => onPick(policy)}
        >
          {labels[policy]} <span aria-hidden="true">({misses[policy] ?? 0} ✗)</span>
          <span class="sr-only">, {misses[policy] ?? 0} Fehlzugriffe</span>
        </button>
      ))}
    </div>
  );
}

/**
 * The same policies in the order first seen, as long as the set stays the same: picking a table
 * puts its policy first in the lab's state, and the buttons must not jump.
 *
 * @example
 * useStableOrder(['lru', 'fifo', 'opt']); // after ['fifo', 'lru', 'opt']: ['fifo', 'lru', 'opt']
 */
export function useStableOrder(policies: readonly PolicyId[]): readonly PolicyId[] {
  const kept = useRef<readonly PolicyId[]>(policies);
  const same =
    kept.current.length === policies.length && kept.current.every((policy) => policies.includes(policy));
  if (!same) kept.current = policies;
  return kept.current;
}
