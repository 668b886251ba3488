// One SVG per diagram for both colour schemes. Mermaid's light and dark renders of a diagram differ
// only in colour values (same layout, same text, same elements); each colour that differs becomes a
// CSS custom property with the light value by default and the dark value under Starlight's
// `data-theme="dark"` on screen. Print keeps the light values.

/**
 * Colour values as Mermaid writes them: #rgb(a), #rrggbb(aa), rgb()/rgba()/hsl()/hsla() and the
 * CSS colour names its themes use. A name that is a word in a label is the same in both renders
 * and stays as it is.
 */
const COLOUR = new RegExp(
  [
    '#[0-9a-fA-F]{3,8}\\b',
    '\\b(?:rgb|hsl)a?\\([^)]*\\)',
    '(?<![\\w-])(?:(?:light|dark)?(?:grey|gray)|black|white|transparent|(?:light|dark)?(?:red|green|blue|yellow)|orange|purple|navy|silver|aqua|teal|maroon|olive|lime|fuchsia|steelblue|lightsteelblue|ivory|beige|lavender|linen|wheat|tan|khaki|coral|salmon|pink|violet|indigo|cyan|magenta)(?![\\w-])',
  ].join('|'),
  'g',
);

export type MergeResult = { ok: true; svg: string; colours: number } | { ok: false; reason: string };

/**
 * Turns the light and dark render of one diagram into one SVG whose differing colours are custom
 * properties `--mmd-N` (written `-\\-mmd-N`, see below), defined for the light theme on the SVG root and for the dark theme under
 * `:root[data-theme=dark]` (screen only, so print stays light). `lightId`/`darkId` are the id
 * prefixes of the two renders; both become `id`. Fails, with the first difference, when the two
 * SVGs differ in anything but colours, or a differing colour sits where CSS variables do not work
 * (a presentation attribute such as `fill="…"`).
 *
 * @example
 * mergeThemes('<svg id="a-l"><style>#a-l .n{fill:#fff}</style></svg>', '<svg id="a-d"><style>#a-d .n{fill:#000}</style></svg>', { light: 'a-l', dark: 'a-d', id: 'a' })
 * // { ok: true, colours: 1, svg: '<svg id="a"><style>#a{-\\-mmd-0:#fff;}@media screen{:root[data-theme=dark] #a{-\\-mmd-0:#000;}}#a .n{fill:var(-\\-mmd-0)}</style></svg>' }
 */
export function mergeThemes(
  lightSvg: string,
  darkSvg: string,
  ids: { light: string; dark: string; id: string },
): MergeResult {
  const light = lightSvg.split(ids.light).join(ids.id);
  const dark = darkSvg.split(ids.dark).join(ids.id);
  const lightColours = light.match(COLOUR) ?? [];
  const darkColours = dark.match(COLOUR) ?? [];
  const lightRest = light.split(COLOUR);
  const darkRest = dark.split(COLOUR);
  const differs = lightRest.findIndex((part, index) => part !== darkRest[index]);
  if (differs !== -1 || lightRest.length !== darkRest.length) {
    const at = differs === -1 ? Math.min(lightRest.length, darkRest.length) - 1 : differs;
    return {
      ok: false,
      reason: `hell und dunkel unterscheiden sich nicht nur in Farben: „${(lightRest[at] ?? '').slice(0, 80)}“ ≠ „${(darkRest[at] ?? '').slice(0, 80)}“`,
    };
  }
  const names = new Map<string, string>();
  const definitions: { name: string; light: string; dark: string }[] = [];
  let merged = lightRest[0] ?? '';
  for (let index = 0; index < lightColours.length; index++) {
    const lightColour = lightColours[index] ?? '';
    const darkColour = darkColours[index] ?? '';
    const before = lightRest[index] ?? '';
    let value = lightColour;
    if (lightColour !== darkColour) {
      if (/\s(?:fill|stroke|stop-color|color|flood-color)="[^"]*$/.test(before))
        return {
          ok: false,
          reason: `Farbe ${lightColour}/${darkColour} steht in einem SVG-Attribut, dort wirkt keine CSS-Variable`,
        };
      const pair = `${lightColour}|${darkColour}`;
      let name = names.get(pair);
      if (name === undefined) {
        // `-\-` is CSS for `--`: Astro's typographer turns a literal `--` in the page's text, also
        // in an inline <style>, into an en dash.
        name = `-\\-mmd-${names.size}`;
        names.set(pair, name);
        definitions.push({ name, light: lightColour, dark: darkColour });
      }
      value = `var(${name})`;
    }
    merged += value + (lightRest[index + 1] ?? '');
  }
  // The variables live on the root element (Mermaid names it `<prefix>-0`).
  const scope = `#${/^<svg\b[^>]*?\sid="([^"]+)"/.exec(merged)?.[1] ?? ids.id}`;
  // Every declaration ends with `;`: Astro's typographer turned a word just before `}` (the dark
  // theme's `lightgrey}`) into `lightgrey’}`, invalid CSS, and the sequence arrows lost their stroke.
  const lightVars = definitions.map((entry) => `${entry.name}:${entry.light};`).join('');
  const darkVars = definitions.map((entry) => `${entry.name}:${entry.dark};`).join('');
  const variables =
    definitions.length === 0
      ? ''
      : `${scope}{${lightVars}}@media screen{:root[data-theme=dark] ${scope}{${darkVars}}}`;
  const svg = merged.replace(/<style>/, `<style>${variables}`);
  return { ok: true, svg, colours: definitions.length };
}
