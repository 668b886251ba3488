import { describe, expect, it } from 'vitest';
import {
  matchingPreset,
  presetQuery,
  presetSettings,
  readWithPresets,
} from '../../../src/components/lab/presets.ts';
import {
  DEFAULTS,
  PREFIX,
  PRESETS,
  readLbState,
  SPECS,
} from '../../../src/components/loadbalancing/labState.ts';
import * as caching from '../../../src/components/caching/labState.ts';

describe('presets in the URL', () => {
  it('writes a preset’s settings as its id and reads them back (every preset of both labs)', () => {
    for (const preset of PRESETS) {
      const state = presetSettings(PRESETS, DEFAULTS, preset.id);
      const query = presetQuery('', PREFIX, SPECS, DEFAULTS, PRESETS, state);
      expect(query).toBe(`?lb-preset=${preset.id}`);
      expect(readLbState(query)).toEqual({ state, errors: [] });
    }
    for (const preset of caching.PRESETS) {
      const state = presetSettings(caching.PRESETS, caching.DEFAULTS, preset.id);
      const query = presetQuery('', caching.PREFIX, caching.SPECS, caching.DEFAULTS, caching.PRESETS, state);
      expect(caching.readCacheState(query)).toEqual({ state, errors: [] });
    }
  });

  it('a changed setting is no longer the preset: the URL lists the settings, no explanation applies', () => {
    const state = { ...presetSettings(PRESETS, DEFAULTS, 'nat'), algo: 'random' as const };
    expect(matchingPreset(PRESETS, SPECS, DEFAULTS, state)).toBeUndefined();
    const query = presetQuery('?other=1&lb-preset=nat', PREFIX, SPECS, DEFAULTS, PRESETS, state);
    expect(query).not.toContain('preset');
    expect(query).toContain('other=1');
    expect(readLbState(query).state).toEqual(state);
  });

  it('takes other keys on top of a preset, and names an unknown preset in German', () => {
    expect(readWithPresets('?lb-preset=nat&lb-rate=90', PREFIX, SPECS, DEFAULTS, PRESETS).state).toEqual({
      ...presetSettings(PRESETS, DEFAULTS, 'nat'),
      rate: 90,
    });
    const { state, errors } = readLbState('?lb-preset=gibtsnicht');
    expect(state).toEqual(DEFAULTS);
    expect(errors).toEqual([
      'URL-Parameter „lb-preset“: „gibtsnicht“ ist keine Voreinstellung (erlaubt: heterogen, langlebig, nat, ausfall). Verwendet werden die Standardwerte.',
    ]);
  });

  it('the defaults are no preset and need no parameter', () => {
    expect(presetQuery('', PREFIX, SPECS, DEFAULTS, PRESETS, DEFAULTS)).toBe('');
  });
});
