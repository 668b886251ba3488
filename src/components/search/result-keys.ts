/**
 * Arrow-key navigation through Pagefind's result list (Starlight issue #764): focus stays in the
 * search field, ↑/↓ move an active result (pages and their sections), Enter opens it, and the
 * field's `aria-activedescendant` names the active link, so screen readers read it as it moves.
 * Escape is the dialog's own (it closes).
 */

const LINKS = '.pagefind-ui__result-link';
const ACTIVE = 'search-result-active';

/**
 * Wires the keys on `input` for the results under `results`; returns a function that resets the
 * active result (call it when the results change).
 *
 * @example
 * const reset = resultKeys(input, container); // ArrowDown now marks the first result
 */
export function resultKeys(input: HTMLInputElement, results: HTMLElement): () => void {
  let active = -1;
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>(LINKS)];
  const show = (index: number) => {
    const all = links();
    results.querySelector(`.${ACTIVE}`)?.classList.remove(ACTIVE);
    active = all.length ? Math.max(-1, Math.min(index, all.length - 1)) : -1;
    const link = all[active];
    if (!link) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    link.id ||= `search-result-${active}-${Math.random().toString(36).slice(2, 8)}`;
    link.closest('.pagefind-ui__result-nested, .pagefind-ui__result-title')?.classList.add(ACTIVE);
    input.setAttribute('aria-activedescendant', link.id);
    link.scrollIntoView({ block: 'nearest' });
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') show(active + 1);
    else if (event.key === 'ArrowUp') show(active - 1);
    else if (event.key === 'Enter' && active >= 0) links()[active]?.click();
    else return;
    event.preventDefault();
  });
  const reset = () => show(-1);
  input.addEventListener('input', reset);
  return reset;
}
