/**
 * The decisions behind the copy buttons, free of the DOM: which absolute URL a heading's button
 * copies, what the button is called, and which way of copying to try next when one fails
 * (Clipboard API, then the old execCommand, then the reader copies by hand).
 */

/** How long a button shows its "copied" state, in milliseconds. */
export const COPIED_MS = 2000;

/**
 * The absolute URL of a section: the page's canonical URL (so a link copied from a preview or a
 * mirror still points to the published site) or, without a usable canonical, the address in the
 * browser without query and hash; then `#id`.
 *
 * @example
 * sectionUrl('definition', { canonical: 'https://example.org/se/einfuehrung/', location: 'http://127.0.0.1:4321/einfuehrung/?x=1' })
 * // 'https://example.org/se/einfuehrung/#definition'
 * sectionUrl('definition', { canonical: null, location: 'http://127.0.0.1:4321/einfuehrung/?x=1#top' })
 * // 'http://127.0.0.1:4321/einfuehrung/#definition'
 */
export function sectionUrl(id: string, page: { canonical?: string | null; location: string }): string {
  let url = canonicalUrl(page.canonical, page.location);
  if (!url) {
    url = new URL(page.location);
    url.search = '';
  }
  url.hash = id;
  return url.href;
}

/** The canonical URL when it is a valid http(s) URL (relative ones resolve against the page). */
function canonicalUrl(canonical: string | null | undefined, location: string): URL | undefined {
  if (!canonical?.trim()) return undefined;
  try {
    const url = new URL(canonical.trim(), location);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The anchor a heading's button links to. A heading that labels its own `<section id>` (as the
 * self-check questions do: `<section id="frage-3" aria-labelledby="frage-3-titel">`) links to the
 * section, so the whole question is in view; any other heading links to itself.
 *
 * @example
 * linkTargetId('frage-3-titel', { id: 'frage-3', labelledBy: 'frage-3-titel' }) // 'frage-3'
 * linkTargetId('definition', null) // 'definition'
 */
export function linkTargetId(
  headingId: string,
  section?: { id: string; labelledBy: string | null } | null,
): string {
  const labels = section?.labelledBy?.split(/\s+/) ?? [];
  return section?.id && labels.includes(headingId) ? section.id : headingId;
}

/**
 * The accessible name of a heading's copy button, naming the heading so that a list of buttons
 * (e.g. in a screen reader's element list) tells them apart.
 *
 * @example
 * copyLinkLabel('  Client-\n  Server ') // 'Link zu „Client- Server“ kopieren'
 */
export function copyLinkLabel(headingText: string): string {
  const title = headingText.replace(/\s+/g, ' ').trim();
  return title ? `Link zu „${title}“ kopieren` : 'Link zu diesem Abschnitt kopieren';
}

/** What a copy button says: its tooltip, and what it shows and announces once the text is copied. */
export interface CopyWording {
  tooltip: string;
  done: string;
}

/**
 * Links and other text (e.g. an iframe snippet) are worded differently; a single http(s) URL
 * counts as a link.
 *
 * @example
 * copyWording('https://example.org/caching/#labor') // { tooltip: 'Link kopieren', done: 'Link kopiert' }
 * copyWording('<iframe src="…"></iframe>') // { tooltip: 'Kopieren', done: 'Kopiert' }
 */
export function copyWording(text: string): CopyWording {
  return isLink(text)
    ? { tooltip: 'Link kopieren', done: 'Link kopiert' }
    : { tooltip: 'Kopieren', done: 'Kopiert' };
}

/** Whether `text` is a single absolute http(s) URL. */
export function isLink(text: string): boolean {
  return /^https?:\/\/\S+$/.test(text.trim());
}

/** Ways to put text on the clipboard, best first; each one may be missing. */
export interface ClipboardWriters {
  /** `navigator.clipboard.writeText`: asynchronous, needs a secure context and permission. */
  clipboardApi?: (text: string) => Promise<void>;
  /** `document.execCommand('copy')` on a selected textarea: false (or throwing) when refused. */
  execCommand?: (text: string) => boolean;
}

/** How the text reached the clipboard, or `manual` when the reader has to copy it by hand. */
export type CopyOutcome = 'clipboardApi' | 'execCommand' | 'manual';

/**
 * The Clipboard API is only worth trying in a secure context (https, or http on localhost): on
 * plain http elsewhere browsers leave `navigator.clipboard` out or refuse to write.
 *
 * @example
 * canUseClipboardApi({ isSecureContext: false, writeText: () => Promise.resolve() }) // false
 */
export function canUseClipboardApi(env: { isSecureContext: boolean; writeText?: unknown }): boolean {
  return env.isSecureContext && typeof env.writeText === 'function';
}

/**
 * Tries each writer in order until one succeeds; a rejected promise, an exception or `false` moves
 * on to the next. Never throws: when nothing works the answer is `manual`.
 *
 * @example
 * await copyText('https://…', { clipboardApi: () => Promise.reject(new Error('denied')), execCommand: () => true })
 * // 'execCommand'
 */
export async function copyText(text: string, writers: ClipboardWriters): Promise<CopyOutcome> {
  if (writers.clipboardApi) {
    try {
      await writers.clipboardApi(text);
      return 'clipboardApi';
    } catch {
      // Permission denied or document not focused: try the next way.
    }
  }
  if (writers.execCommand) {
    try {
      if (writers.execCommand(text)) return 'execCommand';
    } catch {
      // Some browsers throw instead of returning false.
    }
  }
  return 'manual';
}

/**
 * The German message above the field that holds the text when it has to be copied by hand.
 *
 * @example
 * manualCopyMessage('https://example.org/') // 'Automatisches Kopieren ist hier nicht möglich. Bitte kopieren Sie den Link von Hand (Strg+C, am Mac ⌘+C):'
 */
export function manualCopyMessage(text: string): string {
  const what = isLink(text) ? 'den Link' : 'den Text';
  return `Automatisches Kopieren ist hier nicht möglich. Bitte kopieren Sie ${what} von Hand (Strg+C, am Mac ⌘+C):`;
}
