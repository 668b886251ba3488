/**
 * The copy buttons in the browser: adds a "Link kopieren" button to every content heading, shows
 * the server-rendered CopyButtons (hidden until this script runs, so there are no dead buttons
 * without JavaScript), and handles every button's click with one delegated listener.
 */
import {
  COPIED_MS,
  canUseClipboardApi,
  copyLinkLabel,
  copyText,
  copyWording,
  linkTargetId,
  manualCopyMessage,
  sectionUrl,
  type ClipboardWriters,
} from './copy-link.ts';
import { COPY_ICON, DONE_ICON } from './icons.ts';

/** Content headings that get a button. */
const HEADINGS = '.sl-markdown-content :is(h2, h3)[id]';
/** Headings left alone: inside an island (a lab's own UI labels, not sections) or an opted-out part. */
const SKIP = 'astro-island, [data-copy-links="off"]';
const BUTTON = 'button.copy-button[data-copy-text]';

let status: HTMLElement;
let manual: { panel: HTMLElement; button: HTMLButtonElement } | undefined;
const timers = new WeakMap<HTMLElement, number>();

function fragment(markup: string): DocumentFragment {
  return document.createRange().createContextualFragment(markup);
}

/**
 * The same markup as CopyButton.astro renders on the server: the button, and beside it (outside the
 * button, so it is no part of the button's name) the tooltip that also shows "Link kopiert".
 */
function headingControl(heading: HTMLElement, url: string): HTMLElement {
  const { tooltip, done } = copyWording(url);
  const control = document.createElement('span');
  control.className = 'copy-control copy-link-control';
  control.setAttribute('data-pagefind-ignore', '');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button copy-link-button';
  button.dataset.copyText = url;
  button.dataset.copyDone = done;
  button.setAttribute('aria-label', copyLinkLabel(heading.textContent ?? ''));
  button.append(fragment(COPY_ICON));
  const tip = document.createElement('span');
  tip.className = 'copy-tooltip';
  tip.setAttribute('aria-hidden', 'true');
  tip.textContent = tooltip;
  control.append(button, tip);
  return control;
}

/** Starlight wraps Markdown headings with their anchor link; component headings get a row here. */
function headingRow(heading: HTMLElement): HTMLElement {
  const parent = heading.parentElement;
  if (parent?.classList.contains('sl-heading-wrapper') || parent?.classList.contains('copy-link-heading')) {
    return parent;
  }
  const row = document.createElement('div');
  row.className = 'copy-link-heading';
  heading.before(row);
  row.append(heading);
  return row;
}

function enhanceHeadings() {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  for (const heading of document.querySelectorAll<HTMLElement>(HEADINGS)) {
    if (heading.closest(SKIP) || heading.matches('.sr-only, [hidden]')) continue;
    const row = headingRow(heading);
    if (row.querySelector(':scope > .copy-link-control')) continue;
    const section = heading.closest('section[id]');
    const id = linkTargetId(
      heading.id,
      section && { id: section.id, labelledBy: section.getAttribute('aria-labelledby') },
    );
    row.append(headingControl(heading, sectionUrl(id, { canonical, location: location.href })));
  }
}

function writers(): ClipboardWriters {
  const clipboard = navigator.clipboard as Clipboard | undefined;
  return {
    clipboardApi: canUseClipboardApi({ isSecureContext, writeText: clipboard?.writeText })
      ? (text) => clipboard!.writeText(text)
      : undefined,
    execCommand: typeof document.execCommand === 'function' ? copyWithTextarea : undefined,
  };
}

/** The pre-Clipboard-API way: select the text in an off-screen textarea and run "copy". */
function copyWithTextarea(text: string): boolean {
  const focused = document.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.tabIndex = -1;
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none';
  document.body.append(area);
  area.select();
  area.setSelectionRange(0, text.length);
  try {
    return document.execCommand('copy');
  } finally {
    area.remove();
    focused?.focus({ preventScroll: true });
  }
}

/** One polite live region per page; emptied first so that copying twice is announced twice. */
function announce(message: string) {
  status.textContent = '';
  window.setTimeout(() => (status.textContent = message), 100);
}

function showCopied(button: HTMLButtonElement) {
  const control = button.closest<HTMLElement>('.copy-control');
  if (!control) return;
  if (!button.querySelector('.copy-icon-done')) {
    button.querySelector('.copy-icon')?.after(fragment(DONE_ICON));
  }
  const tip = control.querySelector<HTMLElement>('.copy-tooltip');
  if (tip) {
    tip.dataset.idle ??= tip.textContent ?? '';
    tip.textContent = button.dataset.copyDone ?? 'Kopiert';
  }
  control.dataset.state = 'copied';
  window.clearTimeout(timers.get(control));
  timers.set(
    control,
    window.setTimeout(() => {
      delete control.dataset.state;
      if (tip?.dataset.idle !== undefined) tip.textContent = tip.dataset.idle;
    }, COPIED_MS),
  );
}

function closeManual(returnFocus: boolean) {
  if (!manual) return;
  manual.panel.remove();
  if (returnFocus) manual.button.focus();
  manual = undefined;
}

/** Last resort: the text in a selected field with a German message, to copy with Ctrl+C. */
function showManual(button: HTMLButtonElement, text: string) {
  closeManual(false);
  const panel = document.createElement('div');
  panel.className = 'copy-manual';
  panel.setAttribute('role', 'group');
  const message = document.createElement('p');
  message.id = 'copy-manual-message';
  message.textContent = manualCopyMessage(text);
  panel.setAttribute('aria-labelledby', message.id);
  const field = document.createElement('textarea');
  field.className = 'copy-manual-field';
  field.readOnly = true;
  field.value = text;
  field.rows = Math.min(text.split('\n').length, 6);
  field.setAttribute('aria-labelledby', message.id);
  field.spellcheck = false;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'copy-manual-close';
  close.textContent = 'Schließen';
  close.addEventListener('click', () => closeManual(true));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeManual(true);
  });
  panel.append(message, field, close);
  (
    button.closest('.sl-heading-wrapper, .copy-link-heading') ??
    button.closest('.copy-control') ??
    button
  ).after(panel);
  manual = { panel, button };
  field.focus();
  field.select();
}

async function copyFrom(button: HTMLButtonElement) {
  const text = button.dataset.copyText ?? '';
  if ((await copyText(text, writers())) === 'manual') return showManual(button, text);
  closeManual(false);
  showCopied(button);
  announce(button.dataset.copyDone ?? 'Kopiert');
}

function init() {
  // The script may be bundled into more than one entry; wire the page once.
  if (document.querySelector('[data-copy-status]')) return;
  status = document.createElement('div');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  status.dataset.copyStatus = '';
  document.body.append(status);

  enhanceHeadings();
  for (const control of document.querySelectorAll<HTMLElement>('.copy-control[hidden]'))
    control.hidden = false;

  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>(BUTTON);
    if (button) void copyFrom(button);
  });
  // WCAG 1.4.13: Escape dismisses a tooltip shown on hover or focus, until pointer or focus leaves.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const control of document.querySelectorAll<HTMLElement>('.copy-control:is(:hover, :focus-within)')) {
      control.dataset.tooltip = 'off';
    }
  });
  const restoreTooltip = (event: Event) => {
    const control = (event.target as Element | null)?.closest?.<HTMLElement>('.copy-control');
    const next = (event as MouseEvent | FocusEvent).relatedTarget as Node | null;
    if (control && !control.contains(next)) delete control.dataset.tooltip;
  };
  document.addEventListener('mouseout', restoreTooltip);
  document.addEventListener('focusout', restoreTooltip);
}

init();
