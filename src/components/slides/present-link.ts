/**
 * "Ab hier als Vortrag zeigen" on a chapter page: just before the link is used, its hash becomes the
 * section the reader is at (the last h2/h3 whose top has passed the upper third of the window),
 * so the deck opens at that section's slide; headings and slides share their ids.
 */

/** The id of the section in view: the last heading above the upper third of the window. */
export function sectionInView(headings: Iterable<Element>, viewportHeight: number): string | undefined {
  let current: string | undefined;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top > viewportHeight / 3) break;
    current = heading.id || current;
  }
  return current;
}

/** Keeps the "here" link's hash on the section in view, updated just before it is used. */
export function followSectionInView(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-present-link="here"]');
  if (!link) return;
  const update = () => {
    const headings = document.querySelectorAll('.sl-markdown-content :is(h2, h3)[id]');
    const id = sectionInView(headings, window.innerHeight);
    const url = new URL(link.href);
    url.hash = id ?? '';
    link.href = url.href;
  };
  for (const type of ['pointerenter', 'focus', 'click', 'auxclick', 'contextmenu']) {
    link.addEventListener(type, update);
  }
}
