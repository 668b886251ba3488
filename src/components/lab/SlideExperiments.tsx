/**
 * The guided experiments on a lab's slide: „Versuch“ loads one into the running lab, in place (the
 * deck's transform lists their scenarios on the lab's frame as `data-lab-experiments`). Without a
 * reload the lecture's other window follows through the lab's settings (labEvents.ts); the
 * questions and answers stand on the next slide.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { applyLabState, LAB_STATE_EVENT, labQuery, prefixOf, type LabStateDetail } from './labEvents.ts';

export { prefixOf };

/**
 * Which experiment (1-based) a lab runs, given its settings as a query: the one whose every key
 * and value is in `query` (the most specific, if several are; `preferred`, the one chosen before,
 * if it still is: two experiments may load the same scenario), or 0 for none.
 *
 * @example
 * activeExperiment(['?c.preset=belady', '?c.preset=zipf'], '?c.preset=zipf'); // 2
 * activeExperiment(['?c.preset=belady', '?c.preset=belady'], '?c.preset=belady', 2); // 2
 * activeExperiment(['?c.preset=belady'], '?c.size=8'); // 0
 */
export function activeExperiment(setups: readonly string[], query: string, preferred = 0): number {
  const running = new URLSearchParams(query);
  const keys = (setup: string | undefined) => {
    const wanted = [...new URLSearchParams(setup ?? '')];
    const all = wanted.length > 0 && wanted.every(([key, value]) => running.getAll(key).includes(value));
    return all ? wanted.length : 0;
  };
  let best = { index: 0, keys: 0 };
  setups.forEach((setup, index) => {
    const found = keys(setup);
    if (found > best.keys) best = { index: index + 1, keys: found };
  });
  return best.index > 0 && keys(setups[preferred - 1]) === best.keys ? preferred : best.index;
}

/** The scenarios listed on the frame, or none (a lab on a page, or a list that does not parse). */
function setupsOf(frame: Element | null | undefined): string[] {
  try {
    const list: unknown = JSON.parse(frame?.getAttribute('data-lab-experiments') ?? '[]');
    return Array.isArray(list) ? list.filter((setup): setup is string => typeof setup === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * @example
 * <SlideExperiments root={rootRef} /> // in LabShell, on a slide
 */
export function SlideExperiments({ root }: { root: RefObject<HTMLElement> }) {
  const [frame, setFrame] = useState<{ id: string; setups: string[] }>({ id: '', setups: [] });
  const [chosen, setChosen] = useState('');
  useLayoutEffect(() => {
    const element = root.current?.closest('.lab-frame');
    setFrame({ id: `${element?.id ?? 'lab'}-versuch`, setups: setupsOf(element) });
  }, [root]);
  const { id, setups } = frame;
  // The select names the experiment the lab runs, however it got there: chosen here, in the other
  // window of the lecture, by „Versuch N laden“ or from the address (review L7-7).
  useEffect(() => {
    const prefix = setups[0] === undefined ? undefined : prefixOf(setups[0]);
    if (!prefix) return;
    const show = (query: string) =>
      setChosen((before) => String(activeExperiment(setups, query, Number(before)) || ''));
    show(labQuery(window.location.search, prefix));
    const follow = (event: Event) => {
      const detail = (event as CustomEvent<LabStateDetail>).detail;
      if (detail?.prefix === prefix && typeof detail.query === 'string') show(detail.query);
    };
    window.addEventListener(LAB_STATE_EVENT, follow);
    return () => window.removeEventListener(LAB_STATE_EVENT, follow);
  }, [setups]);
  if (setups.length === 0) return null;
  return (
    <span class="lab-inline lab-slide-experiment">
      <label for={id}>Versuch</label>
      <select
        id={id}
        value={chosen}
        onChange={(event) => {
          const value = event.currentTarget.value;
          const setup = setups[Number(value) - 1];
          const prefix = setup === undefined ? undefined : prefixOf(setup);
          setChosen(value);
          if (setup !== undefined && prefix) applyLabState({ prefix, query: setup });
        }}
      >
        <option value="">–</option>
        {setups.map((_, index) => (
          <option key={index} value={String(index + 1)}>
            {index + 1}
          </option>
        ))}
      </select>
    </span>
  );
}
