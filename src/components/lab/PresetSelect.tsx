/**
 * The "Voreinstellung" select with the chosen preset's explanation. The select shows the preset
 * whose settings are exactly the current ones ("Standard" for the defaults, "Eigene Einstellungen"
 * otherwise), so the explanation never describes settings the lab is not running.
 */
import { matchingPreset, presetSettings, type Preset } from './presets.ts';
import { SelectField } from './SelectField.tsx';
import { urlStateQuery, type ParamSpecs } from './urlState.ts';

const CUSTOM = 'eigene';

/**
 * @example
 * <PresetSelect id="lb-preset" presets={PRESETS} specs={SPECS} defaults={DEFAULTS} state={state} onChange={update} />
 */
export function PresetSelect<T extends object>({
  id,
  presets,
  specs,
  defaults,
  state,
  onChange,
}: {
  id: string;
  presets: readonly Preset<T>[];
  specs: ParamSpecs<T>;
  defaults: T;
  state: T;
  onChange: (state: T) => void;
}) {
  const preset = matchingPreset(presets, specs, defaults, state);
  const isDefault = urlStateQuery('', 'x', specs, state, defaults) === '';
  const value = preset?.id ?? (isDefault ? '' : CUSTOM);
  return (
    <SelectField
      id={id}
      label="Voreinstellung"
      value={value}
      options={[
        { value: '', text: 'Standard' },
        ...presets.map((p) => ({ value: p.id, text: p.label })),
        ...(value === CUSTOM ? [{ value: CUSTOM, text: 'Eigene Einstellungen' }] : []),
      ]}
      onChange={(chosen) => {
        if (chosen !== CUSTOM)
          onChange(chosen === '' ? { ...defaults } : presetSettings(presets, defaults, chosen));
      }}
    />
  );
}

/**
 * The explanation of the preset the settings match, or nothing.
 *
 * @example
 * <PresetNote presets={PRESETS} specs={SPECS} defaults={DEFAULTS} state={state} />
 */
export function PresetNote<T extends object>({
  presets,
  specs,
  defaults,
  state,
}: {
  presets: readonly Preset<T>[];
  specs: ParamSpecs<T>;
  defaults: T;
  state: T;
}) {
  const preset = matchingPreset(presets, specs, defaults, state);
  if (!preset) return null;
  return (
    <p class="lab-summary lab-preset-note" data-testid="lab-preset-note">
      <strong>{preset.label}:</strong> {preset.description}
    </p>
  );
}
