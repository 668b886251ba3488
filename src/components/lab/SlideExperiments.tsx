/**
 * The guided experiments on a lab's slide: „Versuch“ loads one into the running lab, in place (the
 * deck's transform lists their scenarios on the lab's frame as `data-lab-experiments`). Without a
 * reload the lecture's other window follows through the lab's settings (labEvents.ts); the
 * questions and answers stand on the next slide.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { applyLabState } from './labEvents.ts';

/**
 * The lab's URL prefix from a scenario's first key (`?c.preset=belady` → `c.`).
 *
 * @example
 * prefixOf('?lb-preset=nat'); // 'lb-'
 * prefixOf('?x'); // undefined
 */
export function prefixOf(setup: string): string | undefined {
  return /^\?([a-z][a-z0-9]*[.-])/.exec(setup)?.[1];
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
