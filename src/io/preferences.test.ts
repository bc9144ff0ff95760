import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../domain/view';
import { PREFERENCES_KEY, readPreferences, writePreferences, type PreferenceStorage } from './preferences';

const memory = (initial?: string): PreferenceStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  if (initial !== undefined) data.set(PREFERENCES_KEY, initial);
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
};

describe('preferences', () => {
  it('round-trips through storage', () => {
    const storage = memory();
    const prefs = { theme: 'dark', mergeParallel: true, layout: 'circle' } as const;
    expect(writePreferences(storage, prefs)).toBe(true);
    expect(readPreferences(storage)).toEqual(prefs);
  });

  it('gives defaults for nothing stored, no storage, or text that is not JSON', () => {
    expect(readPreferences(memory())).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences(null)).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences(memory('{"theme":'))).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences(memory('null'))).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences(memory('[1,2]'))).toEqual(DEFAULT_PREFERENCES);
  });

  it('replaces each invalid field by its default and keeps the valid ones', () => {
    expect(readPreferences(memory('{"theme":"sepia","mergeParallel":"yes","layout":"grid"}'))).toEqual({
      ...DEFAULT_PREFERENCES,
      layout: 'grid',
    });
    expect(readPreferences(memory('{"theme":"dark","extra":1}'))).toEqual({
      ...DEFAULT_PREFERENCES,
      theme: 'dark',
    });
  });

  it('never throws when the browser refuses storage', () => {
    const refusing: PreferenceStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(readPreferences(refusing)).toEqual(DEFAULT_PREFERENCES);
    expect(writePreferences(refusing, DEFAULT_PREFERENCES)).toBe(false);
  });
});
