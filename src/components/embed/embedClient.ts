/**
 * The embed view in the browser: tells the embedding page its height (src/lib/embed.ts) and lets
 * "Im Kapitel öffnen" take the lab's current settings along to the chapter.
 */
import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from '../../lib/embed.ts';

/** Starts both; safe in a sandboxed iframe (no storage, no access to the parent but postMessage). */
export function startEmbed(): void {
  reportHeight();
  carrySettingsToChapterLink();
}

/** Posts the document height whenever it changes, only when framed. */
function reportHeight(): void {
  if (window.parent === window) return;
  const lab = document.documentElement.dataset.embedLab ?? '';
  const { body } = document;
  let sent = 0;
  const report = () => {
    // The body is as tall as the content, not the frame (unlike the root's scrollHeight), so the
    // height can shrink again; it is the root's scrollHeight whenever the content overflows.
    const height = body.scrollHeight;
    if (height <= 0 || height === sent) return;
    sent = height;
    const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, lab, height };
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(report).observe(body);
}

/** The lab keeps its settings in this page's query; the chapter's lab reads the same keys. */
function carrySettingsToChapterLink(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-embed-chapter-link]');
  if (!link) return;
  const target = new URL(link.href);
  const update = () => {
    const params = new URLSearchParams(window.location.search);
    params.delete('theme');
    const url = new URL(target);
    url.search = params.toString().replaceAll('%2C', ',');
    link.href = url.href;
  };
  for (const type of ['pointerenter', 'focus', 'click', 'auxclick', 'contextmenu']) {
    link.addEventListener(type, update);
  }
}
