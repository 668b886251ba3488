/**
 * The embed protocol between a lab's embed view (`/embed/<id>/`, in an iframe) and the page that
 * embeds it (a Moodle, ILIAS or Canvas course page): the height message, the theme parameter and
 * the snippet lecturers paste. The embed view, the "Für Lehrende" page, the README and the tests
 * all use these, so the snippet a lecturer copies is the one the tests run.
 */
import type { Lab } from './labs.ts';

/** `type` of the message an embed posts to its parent whenever its document height changes. */
export const EMBED_HEIGHT_MESSAGE = 'verteilte-softwaresysteme:embed-height';

/** What an embed posts to `window.parent`. */
export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  /** The lab's id from LABS. */
  lab: string;
  /** The document height in CSS pixels, an integer. */
  height: number;
}

/** Height of the iframe before (or without) the height messages: the lab then scrolls inside. */
export const EMBED_FALLBACK_HEIGHT = 900;

/**
 * Inline script for the embed's <head> (runs before first paint, so no flash of the wrong theme):
 * `?theme=light|dark` wins, anything else is ignored and the system setting applies, following
 * live changes. It never touches storage, which throws in a sandboxed iframe.
 */
export const EMBED_THEME_SCRIPT = `(() => {
  const asked = new URLSearchParams(location.search).get('theme');
  const light = matchMedia('(prefers-color-scheme: light)');
  const apply = () => {
    document.documentElement.dataset.theme =
      asked === 'light' || asked === 'dark' ? asked : light.matches ? 'light' : 'dark';
  };
  apply();
  light.addEventListener('change', apply);
})();`;

/**
 * The script a host page runs once, after its iframes: it sets each lab iframe's height from the
 * embed's messages. It trusts a message only from one of its own `iframe[data-vss-lab]` frames
 * (`event.source`; the origin of a sandboxed frame is "null", so it cannot be checked) and only a
 * sane integer height.
 */
export const EMBED_HOST_SCRIPT = `window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== '${EMBED_HEIGHT_MESSAGE}') return;
  for (const frame of document.querySelectorAll('iframe[data-vss-lab]')) {
    if (event.source !== frame.contentWindow) continue;
    if (Number.isInteger(data.height) && data.height > 0 && data.height < 100000) {
      frame.style.height = data.height + 'px';
    }
  }
});`;

/**
 * The iframe a lecturer pastes into a course page. `allow-popups` and
 * `allow-popups-to-escape-sandbox` let the link "Im Kapitel öffnen" open the chapter in a new tab;
 * the lab itself needs only `allow-scripts`.
 *
 * @example
 * embedIframe(LABS[0], 'https://example.org/embed/load-balancing/')
 * // '<iframe data-vss-lab="load-balancing" src="https://example.org/embed/load-balancing/" title="Load-Balancing-Labor" …></iframe>'
 */
export function embedIframe(lab: Pick<Lab, 'id' | 'title'>, src: string): string {
  const attributes = [
    `data-vss-lab="${escapeAttribute(lab.id)}"`,
    `src="${escapeAttribute(src)}"`,
    `title="${escapeAttribute(lab.title)}"`,
    `width="100%"`,
    `height="${EMBED_FALLBACK_HEIGHT}"`,
    `style="width: 100%; height: ${EMBED_FALLBACK_HEIGHT}px; border: 0"`,
    `loading="lazy"`,
    `sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"`,
  ];
  return `<iframe ${attributes.join(' ')}></iframe>`;
}

/**
 * Everything a lecturer pastes: the iframe and, once per page, the height script. Without the
 * script (some LMSs strip scripts) the iframe keeps its fixed height and the lab scrolls inside.
 */
export function embedSnippet(lab: Pick<Lab, 'id' | 'title'>, src: string): string {
  return `${embedIframe(lab, src)}\n<script>\n${EMBED_HOST_SCRIPT}\n</script>`;
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}
