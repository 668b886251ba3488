/**
 * The colour scheme without JavaScript. Starlight writes `data-theme="dark"` into every page and lets
 * an inline script switch to the stored or the system scheme, so a reader without JavaScript always
 * got dark. The build now writes `data-theme="auto"` instead (the script still replaces it at once),
 * and every CSS rule written for `[data-theme='light']` or `[data-theme='dark']` gets a twin for
 * `[data-theme='auto']` inside `@media (prefers-color-scheme: …)`: without JavaScript the system
 * setting decides, by CSS alone. The diagrams' inline SVG colours get the same twin in the HTML.
 */

import type { AtRule as AtRuleNode, Plugin, Rule } from 'postcss';

export type Scheme = 'light' | 'dark';

const THEME_ATTRIBUTE = /\[data-theme=(['"]?)(light|dark)\1\]/g;

/** Splits a selector list at its top-level commas (not those inside `:is(…)` and the like). */
function selectorList(selectors: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selectors.length; i++) {
    const char = selectors[i];
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(selectors.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(selectors.slice(start));
  return parts.map((part) => part.trim());
}

/**
 * The selectors of a list that ask for `scheme`, rewritten for `auto`; null when none does. A
 * selector asking for both schemes matches no page and is left out.
 *
 * @example
 * autoThemeSelector(":root[data-theme='light'] .x, .y", 'light'); // ":root[data-theme='auto'] .x"
 * autoThemeSelector('.x', 'light'); // null
 */
export function autoThemeSelector(selectors: string, scheme: Scheme): string | null {
  const twins = selectorList(selectors).flatMap((selector) => {
    const schemes = new Set([...selector.matchAll(THEME_ATTRIBUTE)].map((match) => match[2]));
    if (schemes.size !== 1 || !schemes.has(scheme)) return [];
    return [selector.replace(THEME_ATTRIBUTE, "[data-theme='auto']")];
  });
  return twins.length > 0 ? twins.join(', ') : null;
}

/**
 * A built page with `data-theme="auto"` on `<html>` (instead of Starlight's fixed "dark") and each
 * diagram's dark colours also under `prefers-color-scheme: dark` for `auto`.
 *
 * @example
 * withAutoTheme('<html lang="de" data-theme="dark"><style>@media screen{:root[data-theme=dark] #m{--a:#000}}</style>');
 * // '<html lang="de" data-theme="auto"><style>@media screen{:root[data-theme=dark] #m{--a:#000}}@media screen and (prefers-color-scheme: dark){:root[data-theme=auto] #m{--a:#000}}</style>'
 */
export function withAutoTheme(html: string): string {
  return html
    .replace(/<html\b[^>]*>/i, (tag) => tag.replace(/\sdata-theme="dark"/, ' data-theme="auto"'))
    .replace(
      /@media screen\{:root\[data-theme=dark\] (#[\w-]+)\{([^{}]*)\}\}/g,
      (block, scope: string, vars: string) =>
        `${block}@media screen and (prefers-color-scheme: dark){:root[data-theme=auto] ${scope}{${vars}}}`,
    );
}

/**
 * A PostCSS plugin (Vite runs it over every stylesheet, Starlight's included) that adds the
 * `[data-theme='auto']` twin of each light or dark rule inside the matching media query.
 *
 * @example
 * // :root[data-theme='light']{--bg:#fff} gains
 * // @media (prefers-color-scheme: light){:root[data-theme='auto']{--bg:#fff}}
 */
export function autoThemePostcss(): Plugin {
  const twins = new WeakSet<Rule>();
  return {
    postcssPlugin: 'auto-theme',
    Rule(rule, { AtRule }) {
      const parent = rule.parent;
      if (twins.has(rule) || !parent) return;
      // Keyframe steps are rules too, but never themed.
      if (parent.type === 'atrule' && /keyframes$/i.test((parent as AtRuleNode).name)) return;
      for (const scheme of ['dark', 'light'] as const) {
        const selector = autoThemeSelector(rule.selector, scheme);
        if (!selector) continue;
        const twin = rule.clone({ selector });
        twins.add(twin);
        const media = new AtRule({ name: 'media', params: `(prefers-color-scheme: ${scheme})` });
        media.append(twin);
        parent.insertAfter(rule, media);
      }
    },
  };
}
