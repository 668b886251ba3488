/**
 * The browser side of the source panel (LabShell.tsx): fetches the lab's source file
 * (src/pages/quelltext/[lab].json.ts) when a reader first opens the panel, and puts into the panel
 * only the blocks it shows, when it shows them.
 */
import { parseSourceBlocks, stylesheetLinks, type SourceBlocks } from './sourceBlocks.ts';

const loads = new Map<string, Promise<SourceBlocks>>();

/**
 * The source blocks at `url` (the lab frame's `data-lab-sources`), fetched once per page: the
 * chapter page's lab and a second panel share one request. A failed load is forgotten, so opening
 * the panel again tries again.
 *
 * @example
 * const blocks = await loadSourceBlocks('/quelltext/caching.json'); // { lru: '<div …>', … }
 */
export function loadSourceBlocks(url: string): Promise<SourceBlocks> {
  let load = loads.get(url);
  if (!load) {
    load = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`Quelltext: HTTP ${response.status} für ${url}`);
        return response.text();
      })
      .then(parseSourceBlocks);
    load.catch(() => loads.delete(url));
    loads.set(url, load);
  }
  return load;
}

/**
 * Shows the blocks with the given ids in `panel` and hides the others; a block is parsed into the
 * page the first time it is shown. Wide code blocks become keyboard-scrollable (Expressive Code does
 * that on page load; these arrive later), without measuring them, which would force layout.
 *
 * @example
 * showSourceBlocks(panelElement, blocks, ['lru']); // the LRU source visible, any other hidden
 */
export function showSourceBlocks(panel: HTMLElement, blocks: SourceBlocks, ids: readonly string[]): void {
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
