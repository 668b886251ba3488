/**
 * The browser side of the source panel (LabShell.tsx): reads the lab's JSON data block
 * (sourceBlocks.ts) once and puts into the panel only the blocks it shows, when it shows them.
 */
import { stylesheetLinks, type SourceBlocks } from './sourceBlocks.ts';

const parsed = new WeakMap<Element, SourceBlocks>();

/** The lab frame's source blocks (empty when the frame has none), parsed once per frame. */
function blocksOf(panel: HTMLElement): SourceBlocks {
  const data = panel.closest('.lab-frame')?.querySelector('script[data-lab-sources]');
  if (!data) return {};
  let blocks = parsed.get(data);
  if (!blocks) {
    blocks = JSON.parse(data.textContent ?? '{}') as SourceBlocks;
    parsed.set(data, blocks);
  }
  return blocks;
}

/**
 * Shows the blocks with the given ids in `panel` and hides the others; a block is parsed into the
 * page the first time it is shown. Wide code blocks become keyboard-scrollable (Expressive Code does
 * that on page load; these arrive later), without measuring them, which would force layout.
 *
 * @example
 * showSourceBlocks(panelElement, ['lru']); // the LRU source visible, any other hidden
 */
export function showSourceBlocks(panel: HTMLElement, ids: readonly string[]): void {
  const blocks = blocksOf(panel);
  if (panel.dataset.sourceLinks === undefined) {
    panel.dataset.sourceLinks = '';
    panel.insertAdjacentHTML('afterbegin', stylesheetLinks(blocks).join(''));
  }
  const present = new Set(
    [...panel.querySelectorAll<HTMLElement>('[data-lab-source]')].map((element) => element.dataset.labSource),
  );
  for (const id of ids) {
    if (present.has(id) || blocks[id] === undefined) continue;
    panel.insertAdjacentHTML('beforeend', blocks[id]);
    panel.lastElementChild?.querySelectorAll('pre').forEach((pre) => {
      pre.tabIndex = 0;
    });
  }
  const wanted = new Set(ids);
  panel.querySelectorAll<HTMLElement>('[data-lab-source]').forEach((element) => {
    element.hidden = !wanted.has(element.dataset.labSource ?? '');
  });
}

/**
 * Runs `task` when the browser is idle (at the latest after `timeout` ms), so it does not lengthen
 * the task that shows the lab; returns the cancel function.
 *
 * @example
 * useEffect(() => whenIdle(() => fill()), []);
 */
export function whenIdle(task: () => void, timeout = 1500): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(task, 200);
  return () => window.clearTimeout(timer);
}
