/**
 * Presets: named scenarios a lab offers in its "Voreinstellung" select, shared through the URL as
 * `<prefix>preset=<id>`. Which preset is shown is derived from the settings (the one whose settings
 * are exactly the current ones), so its explanation always matches what the lab runs: change one
 * field and the select says "Eigene Einstellungen".
 */
import { echoText } from '../../sim/shared/index.ts';
import { readUrlState, urlStateQuery, type ParamSpecs } from './urlState.ts';

export interface Preset<T> {
  /** Stable id, the URL value: `lb-preset=heterogen`. */
  id: string;
  /** The name in the select, in German. */
  label: string;
  /** What to look for, in one or two German sentences. */
  description: string;
  /** The settings that differ from the lab's defaults. */
  state: Partial<T>;
}

/** The URL key of a lab's preset. */
export const presetKey = (prefix: string) => `${prefix}preset`;

/**
 * The full settings of a preset: the defaults with the preset's fields.
 *
 * @example
 * presetSettings(PRESETS, DEFAULTS, 'nat').hot; // 40
 */
export function presetSettings<T extends object>(presets: readonly Preset<T>[], defaults: T, id: string): T {
  return { ...defaults, ...(presets.find((preset) => preset.id === id)?.state ?? {}) };
}

/**
 * The preset whose settings are exactly `state` (compared as the URL writes them), if any.
 *
 * @example
 * matchingPreset(PRESETS, SPECS, DEFAULTS, presetSettings(PRESETS, DEFAULTS, 'nat'))?.id; // 'nat'
 */
export function matchingPreset<T extends object>(
  presets: readonly Preset<T>[],
  specs: ParamSpecs<T>,
  defaults: T,
  state: T,
): Preset<T> | undefined {
  const query = urlStateQuery('', 'x', specs, state, defaults);
  return presets.find(
    (preset) =>
      urlStateQuery('', 'x', specs, presetSettings(presets, defaults, preset.id), defaults) === query,
  );
}

/**
 * Reads a lab's settings from a query string that may name a preset: the preset's settings first,
 * then any other parameter on top; an unknown preset gives a German note and the defaults.
 *
 * @example
 * readWithPresets('?lb-preset=nat&lb-rate=90', 'lb-', SPECS, DEFAULTS, PRESETS).state.rate; // 90
 */
export function readWithPresets<T extends object>(
  search: string,
  prefix: string,
  specs: ParamSpecs<T>,
  defaults: T,
  presets: readonly Preset<T>[],
): { state: T; errors: string[] } {
  const params = new URLSearchParams(search);
  const id = params.get(presetKey(prefix));
  params.delete(presetKey(prefix));
  const errors: string[] = [];
  let base = defaults;
  if (id !== null) {
    if (presets.some((preset) => preset.id === id)) base = presetSettings(presets, defaults, id);
    else {
      errors.push(
        `URL-Parameter „${presetKey(prefix)}“: „${echoText(id)}“ ist keine Voreinstellung ` +
          `(erlaubt: ${presets.map((preset) => preset.id).join(', ')}). Verwendet werden die Standardwerte.`,
      );
    }
  }
  const read = readUrlState(`?${params.toString()}`, prefix, specs, base);
  return { state: read.state, errors: [...errors, ...read.errors] };
}

/**
 * The query string for a lab's settings: just the preset's id when the settings are a preset's,
 * otherwise every field that differs from the defaults (other parameters stay).
 *
 * @example
 * presetQuery('', 'lb-', SPECS, DEFAULTS, PRESETS, presetSettings(PRESETS, DEFAULTS, 'nat')); // '?lb-preset=nat'
 */
export function presetQuery<T extends object>(
  search: string,
  prefix: string,
  specs: ParamSpecs<T>,
  defaults: T,
  presets: readonly Preset<T>[],
  state: T,
): string {
  const preset = matchingPreset(presets, specs, defaults, state);
  const params = new URLSearchParams(search);
  params.delete(presetKey(prefix));
  const plain = urlStateQuery(`?${params.toString()}`, prefix, specs, preset ? defaults : state, defaults);
  if (!preset) return plain;
  const withPreset = new URLSearchParams(plain);
  withPreset.set(presetKey(prefix), preset.id);
  return `?${withPreset.toString().replaceAll('%2C', ',')}`;
}
