/**
 * On the page a search result opens: marks the searched terms (sent in the `?suche=` parameter),
 * opens a closed `<details>` that holds the hit and scrolls it into view, then drops the parameter
 * from the address so that copied links stay clean. Marks are plain `<mark>` elements in the text
 * (no added words); clearHits() removes them when a new search starts.
 */
import { HIGHLIGHT_PARAM } from '../../lib/search/strings.ts';
import { layOutNow } from '../reading/layout-later.ts';

const HIT = 'search-hit';
const CONTENT = '.sl-markdown-content';
const SKIP =
  'script, style, svg, button, textarea, input, select, [aria-hidden="true"], .copy-link-control, .sl-anchor-link';

/** Words a term stands for on the page: German endings dropped, so "Servern" marks "Server". */
function stem(term: string): string {
  const word = term.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
  return word.length > 5 ? word.replace(/(en|er|es|n|s|e)$/u, '') : word;
}

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIP) || !node.nodeValue?.trim()
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/**
 * Wraps every occurrence of the terms (case-insensitive, also inside compounds) in `<mark>`.
 *
 * @example
 * markTerms(document.querySelector('.sl-markdown-content')!, ['Verdrängung']) // [<mark>, …]
 */
export function markTerms(root: Element, terms: string[]): HTMLElement[] {
  const stems = [...new Set(terms.map(stem).filter((word) => word.length >= 2))];
  if (!stems.length) return [];
  const escaped = stems.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(${escaped.sort((a, b) => b.length - a.length).join('|')})`, 'giu');
  const marks: HTMLElement[] = [];
  for (const node of textNodes(root)) {
    const parts = node.nodeValue!.split(pattern);
    if (parts.length < 2) continue;
    const fragment = document.createDocumentFragment();
    parts.forEach((part, index) => {
      if (index % 2 === 0) {
        if (part) fragment.append(part);
        return;
      }
      const mark = document.createElement('mark');
      mark.className = HIT;
      mark.textContent = part;
      marks.push(mark);
      fragment.append(mark);
    });
    node.replaceWith(fragment);
  }
  return marks;
}

/** Removes all search marks from the page, restoring its text as it was. */
export function clearHits(): void {
  for (const mark of document.querySelectorAll(`mark.${HIT}`)) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}

/** The hit to show: the first one in the section the result linked to, else the first one. */
function hitToShow(marks: HTMLElement[]): HTMLElement | undefined {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!target) return marks[0];
  return (
    marks.find((mark) => target.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING) ?? marks[0]
  );
}

/** Runs once per page load: mark, open, scroll, clean the address. */
export function highlightFromUrl(): void {
  const url = new URL(location.href);
  const terms = url.searchParams.getAll(HIGHLIGHT_PARAM);
  const root = document.querySelector(CONTENT);
  if (!terms.length || !root) return;
  url.searchParams.delete(HIGHLIGHT_PARAM);
  history.replaceState(history.state, '', url.href);
  const hit = hitToShow(markTerms(root, terms));
  if (!hit) return;
  for (
    let details = hit.closest('details');
    details;
    details = details.parentElement?.closest('details') ?? null
  ) {
    details.open = true;
  }
  hit.classList.add(`${HIT}-current`);
  layOutNow();
  hit.scrollIntoView({ block: 'center' });
}
