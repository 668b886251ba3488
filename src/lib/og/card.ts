/**
 * The HTML of a page's preview card (1200 × 630, the size OpenGraph and Twitter show large). The
 * og-cards integration screenshots it in Chromium; everything it needs is inline, so rendering
 * makes no request.
 */
import { COURSE_LINE } from '../../config/course.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardContent {
  siteName: string;
  /** The chapter part, e.g. "3 Systemdesign"; pages outside the reading order have none. */
  part?: string;
  title: string;
  description: string;
}

// The background is flat: a gradient comes out dithered from Chromium (thousands of colours, ~270 KB),
// a flat one leaves few enough colours for a small palette PNG (see compress.ts).
// DejaVu Sans is on every machine that builds the site (CI installs it), so a card looks the same
// wherever it is rendered; the sizes below are measured for it.
const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
const TEXT_WIDTH = 1000;
/** Average advance of a bold DejaVu Sans glyph, in em (measured on German titles). */
const BOLD_ADVANCE = 0.66;

/**
 * Escapes text for HTML content and attribute values.
 *
 * @example
 * escapeHtml('<b>"Müller" & Söhne</b>') // '&lt;b&gt;&quot;Müller&quot; &amp; Söhne&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The title's font size in px: large for short titles, smaller for long ones, and small enough
 * that the longest word fits on one line (German compounds are long and Chromium cannot hyphenate
 * offline). Titles that are still too long are cut after three lines by CSS.
 *
 * @example
 * titleFontSize('Caching') // 80
 * titleFontSize('API-Gateway, Proxy, Reverse-Proxy und Load-Balancer') // 56
 */
export function titleFontSize(title: string): number {
  const length = title.length;
  const bySize = length <= 20 ? 80 : length <= 32 ? 68 : length <= 64 ? 56 : 48;
  const longestWord = Math.max(...title.split(/\s+/).map((word) => word.length));
  const byWord = Math.floor(TEXT_WIDTH / (longestWord * BOLD_ADVANCE));
  return Math.max(32, Math.min(bySize, byWord));
}

/**
 * Keeps one- and two-letter prefixes with their word ("X-Achse", "E-Mail"): a line break after
 * such a hyphen reads badly on a card. Uses the non-breaking hyphen U+2011.
 *
 * @example
 * keepShortCompounds('Klonen (X-Achse), E-Mail-Server') // 'Klonen (X‑Achse), E‑Mail-Server'
 */
export function keepShortCompounds(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])(\p{L}{1,2})-(?=\p{L})/gu, '$1\u2011');
}

const STYLE = `
*{box-sizing:border-box;margin:0;padding:0}
html,body{width:${CARD_WIDTH}px;height:${CARD_HEIGHT}px;overflow:hidden}
body{font-family:${FONT};color:#fff;background:#12172b;-webkit-font-smoothing:antialiased}
.card{position:relative;width:100%;height:100%;padding:60px 100px 64px 100px;display:flex;flex-direction:column;
  justify-content:space-between;background:hsl(229,44%,16%)}
.card::before{content:'';position:absolute;inset:0 auto 0 0;width:14px;
  background:linear-gradient(180deg,hsl(224,100%,60%),hsl(234,90%,66%))}
.net{position:absolute;top:-40px;right:-40px;width:400px;height:400px;opacity:.22}
.brand{position:relative;display:flex;align-items:center;gap:22px}
.brand svg{width:64px;height:64px;flex:none}
.site{font-size:32px;font-weight:700;letter-spacing:.2px}
.course{font-size:24px;color:hsl(224,30%,80%);margin-top:6px}
.main{position:relative;display:flex;flex-direction:column;gap:22px;max-width:${TEXT_WIDTH}px}
.part{align-self:flex-start;font-size:24px;font-weight:700;color:hsl(224,100%,88%);
  border:2px solid hsl(224,100%,70%);border-radius:999px;padding:6px 20px}
h1{font-weight:700;line-height:1.12;letter-spacing:-.5px;overflow-wrap:break-word;
  display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;overflow:hidden}
.desc{font-size:27px;line-height:1.42;color:hsl(224,25%,86%);
  display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;overflow:hidden}
`;

// The site's logo (public/favicon.svg): three connected nodes, in the card's accent colours.
const LOGO = `<svg viewBox="0 0 32 32" aria-hidden="true"><path d="M8 8 24 8 16 24Z" fill="none" stroke="hsl(224,100%,75%)" stroke-width="2.5"/><g fill="hsl(224,100%,75%)"><circle cx="8" cy="8" r="5"/><circle cx="24" cy="8" r="5"/><circle cx="16" cy="24" r="5"/></g></svg>`;

// A faint network in the corner: the chapter is about distributed systems.
const NETWORK = `<svg class="net" viewBox="0 0 400 400" aria-hidden="true"><g stroke="hsl(224,100%,75%)" stroke-width="4" fill="none"><path d="M90 110 250 70 330 210 200 300 90 110 330 210M250 70 200 300"/></g><g fill="hsl(224,100%,75%)"><circle cx="90" cy="110" r="22"/><circle cx="250" cy="70" r="18"/><circle cx="330" cy="210" r="26"/><circle cx="200" cy="300" r="20"/></g></svg>`;

/**
 * The complete HTML document of one card: site name and course, the chapter part, the page title
 * and its description. All text is escaped.
 *
 * @example
 * cardHtml({ siteName: 'Verteilte Softwaresysteme', part: '3 Systemdesign', title: 'Caching',
 *   description: 'Zwischenspeichern …' }) // '<!doctype html><html lang="de">…'
 */
export function cardHtml(card: CardContent): string {
  const part = card.part ? `<p class="part">${escapeHtml(card.part)}</p>` : '';
  const text = (value: string) => escapeHtml(keepShortCompounds(value));
  return [
    '<!doctype html><html lang="de"><head><meta charset="utf-8">',
    `<style>${STYLE}</style></head><body><div class="card">${NETWORK}`,
    `<div class="brand">${LOGO}<div><p class="site">${escapeHtml(card.siteName)}</p>`,
    `<p class="course">${escapeHtml(COURSE_LINE)}</p></div></div>`,
    `<div class="main">${part}`,
    `<h1 style="font-size:${titleFontSize(card.title)}px">${text(card.title)}</h1>`,
    `<p class="desc">${text(card.description)}</p></div>`,
    '</div></body></html>',
  ].join('');
}
