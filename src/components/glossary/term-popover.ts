/**
 * The glossary popover in the browser: a term linked on its first use (src/plugins/glossary-terms.ts)
 * opens a small non-modal dialog with its definition when activated (click, tap, Enter), instead of
 * leaving the page. Focus moves into the dialog, Escape or a tap outside closes it (native popover)
 * and focus returns to the term. Without JavaScript, or without the Popover API, the term stays a
 * plain link to the glossary; a modified click (new tab) still follows the link.
 */

const LINKS = 'a.term-link[data-definition]';
const GAP = 6;
const MARGIN = 8;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function setup(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>(LINKS)];
  if (!links.length || !('showPopover' in HTMLElement.prototype)) return;

  const popover = element('div', 'term-popover');
  popover.id = 'term-popover';
  popover.popover = 'auto';
  popover.tabIndex = -1;
  popover.setAttribute('role', 'dialog');
  popover.setAttribute('aria-labelledby', 'term-popover-title');
  popover.setAttribute('aria-describedby', 'term-popover-text');
  popover.setAttribute('data-pagefind-ignore', '');
  const title = element('p', 'term-popover-title');
  title.id = 'term-popover-title';
  const term = element('strong', 'term-popover-term');
  const english = element('span', 'term-popover-english');
  const englishTerm = element('span', '');
  englishTerm.lang = 'en';
  title.append(term, ' ', english);
  const text = element('p', 'term-popover-text');
  text.id = 'term-popover-text';
  const actions = element('p', 'term-popover-actions');
  const more = element('a', 'term-popover-more', 'Zum Eintrag im Glossar');
  const close = element('button', 'term-popover-close', 'Schließen');
  close.type = 'button';
  actions.append(more, close);
  popover.append(title, text, actions);
  document.body.append(popover);

  let current: HTMLAnchorElement | undefined;
  // A tap on the open term's link first light-dismisses the popover; the click must not reopen it.
  let dismissedBy: HTMLAnchorElement | undefined;

  // Within what the reader sees: on a phone the layout viewport can be wider than the screen.
  const place = () => {
    if (!current) return;
    const view = window.visualViewport;
    const [left0, top0] = [view?.offsetLeft ?? 0, view?.offsetTop ?? 0];
    const [width0, height0] = [view?.width ?? window.innerWidth, view?.height ?? window.innerHeight];
    popover.style.maxWidth = `${width0 - 2 * MARGIN}px`;
    const rect = current.getBoundingClientRect();
    const { offsetWidth: width, offsetHeight: height } = popover;
    const left = Math.min(Math.max(left0 + MARGIN, rect.left), left0 + width0 - width - MARGIN);
    const below = rect.bottom + GAP;
    const fitsBelow = below + height <= top0 + height0 - MARGIN;
    const top = fitsBelow ? below : Math.max(top0 + MARGIN, rect.top - GAP - height);
    popover.style.left = `${Math.max(left0 + MARGIN, left)}px`;
    popover.style.top = `${top}px`;
  };

  const open = (link: HTMLAnchorElement) => {
    current = link;
    term.textContent = link.dataset.term ?? link.textContent ?? '';
    englishTerm.textContent = link.dataset.english ?? '';
    english.replaceChildren(...(link.dataset.english ? ['(engl. ', englishTerm, ')'] : []));
    text.textContent = link.dataset.definition ?? '';
    more.href = link.href;
    for (const other of links) other.setAttribute('aria-expanded', String(other === link));
    popover.showPopover();
    place();
    popover.focus();
  };

  for (const link of links) {
    link.setAttribute('aria-haspopup', 'dialog');
    link.setAttribute('aria-expanded', 'false');
    link.setAttribute('aria-controls', popover.id);
    link.addEventListener('pointerdown', () => {
      dismissedBy = current === link && popover.matches(':popover-open') ? link : undefined;
    });
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      if (dismissedBy === link) {
        dismissedBy = undefined;
        return;
      }
      if (current === link && popover.matches(':popover-open')) popover.hidePopover();
      else open(link);
    });
  }

  close.addEventListener('click', () => popover.hidePopover());
  popover.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState !== 'closed' || !current) return;
    current.setAttribute('aria-expanded', 'false');
    const focus = document.activeElement;
    // Back to the term unless the reader has moved on (a tap elsewhere focuses nothing: body).
    if (!focus || focus === document.body || popover.contains(focus)) current.focus();
  });
  window.addEventListener('resize', place, { passive: true });
  window.addEventListener('scroll', place, { passive: true });
  window.visualViewport?.addEventListener('resize', place, { passive: true });
  window.visualViewport?.addEventListener('scroll', place, { passive: true });
}

setup();
