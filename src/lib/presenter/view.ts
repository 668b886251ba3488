/**
 * Addresses and small DOM helpers of the presenter view. The presenter view is the deck page itself
 * with `?ansicht=referent`: the same path (so the same channel, the same runtime, keys and live
 * labs), laid out as current slide, next slide, notes, timer and clock.
 */

/** The query parameter and value that turn a deck page into its presenter view. */
export const VIEW_PARAM = 'ansicht';
export const PRESENTER_VALUE = 'referent';

/**
 * Whether a query string asks for the presenter view.
 *
 * @example
 * isPresenterView('?ansicht=referent&c.preset=belady'); // true
 * isPresenterView('?c.preset=belady'); // false
 */
export function isPresenterView(search: string): boolean {
  return new URLSearchParams(search).get(VIEW_PARAM) === PRESENTER_VALUE;
}

/**
 * The presenter view's address for a deck address (its labs' settings and slide kept), and back.
 *
 * @example
 * presenterHref('/vortrag/kapitel/', '?c.size=8', '#lru'); // '/vortrag/kapitel/?ansicht=referent&c.size=8#lru'
 * audienceHref('/vortrag/kapitel/', '?ansicht=referent&c.size=8', '#lru'); // '/vortrag/kapitel/?c.size=8#lru'
 */
export function presenterHref(pathname: string, search: string, hash: string): string {
  const params = new URLSearchParams(search);
  params.delete(VIEW_PARAM);
  const rest = params.toString().replaceAll('%2C', ',');
  return `${pathname}?${VIEW_PARAM}=${PRESENTER_VALUE}${rest ? `&${rest}` : ''}${hash}`;
}

export function audienceHref(pathname: string, search: string, hash: string): string {
  const params = new URLSearchParams(search);
  params.delete(VIEW_PARAM);
  const rest = params.toString().replaceAll('%2C', ',');
  return `${pathname}${rest ? `?${rest}` : ''}${hash}`;
}

/** The window name of a deck's presenter view, so `P` twice focuses the same window. */
export function presenterWindowName(pathname: string): string {
  return `referent:${pathname}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * HTML with every id in `ids` renamed to `<id>--<suffix>`, and the references to it (`#id` in CSS
 * and links, `url(#id)`, `aria-labelledby="… id"`) renamed with it, so a copy of a diagram keeps its
 * own styles and markers instead of clashing with the original's ids.
 *
 * @example
 * renameIds('<svg id="m"><style>#m .a{}</style><use href="#m_e"/></svg>', ['m', 'm_e'], 'v');
 * // '<svg id="m--v"><style>#m--v .a{}</style><use href="#m_e--v"/></svg>'
 */
export function renameIds(html: string, ids: readonly string[], suffix: string): string {
  let result = html;
  // Longer ids first, and an id must end at a boundary, so `m` never renames inside `m_e`.
  for (const id of [...new Set(ids)].sort((a, b) => b.length - a.length)) {
    const pattern = new RegExp(`(?<=^|[#"'\\s])${escapeRegExp(id)}(?=[\\s"')\\].,:{>]|$)`, 'g');
    result = result.replace(pattern, `${id}--${suffix}`);
  }
  return result;
}

/** Attributes that hold ids or `#id` references (besides `url(#id)` in any attribute). */
const ID_ATTRIBUTES = new Set([
  'id',
  'href',
  'xlink:href',
  'for',
  'headers',
  'list',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
]);

/**
 * A still copy of a slide or of its notes for the presenter view: ids renamed (they would clash with
 * the live deck), no islands or scripts (a copied lab would start a second time), shown even where
 * the original is hidden; the caller makes it inert (the live slide is the one that counts).
 */
export function stillCopy(element: Element, suffix: string): HTMLElement {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('astro-island, script, iframe, dialog').forEach((node) => node.remove());
  copy.removeAttribute('hidden');
  const nodes = [copy, ...copy.querySelectorAll('*')];
  const ids = nodes.map((node) => node.id).filter(Boolean);
  if (ids.length === 0) return copy;
  // Attributes and style sheets only: running text that happens to spell an id stays as it is.
  for (const node of nodes) {
    for (const attribute of [...node.attributes]) {
      if (!ID_ATTRIBUTES.has(attribute.name) && !attribute.value.includes('url(#')) continue;
      const renamed = renameIds(attribute.value, ids, suffix);
      if (renamed !== attribute.value) node.setAttribute(attribute.name, renamed);
    }
    if (node.localName === 'style') node.textContent = renameIds(node.textContent ?? '', ids, suffix);
  }
  return copy;
}
