import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MODEL_SETTINGS,
  MODEL_KEY_KEY,
  MODEL_SETTINGS_KEY,
  readModelSettings,
  writeModelSettings,
} from './modelSettings';

function memory() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

const settings = {
  endpoint: 'http://127.0.0.1:11434/v1',
  model: 'qwen',
  backend: 'both' as const,
  apiKey: 'sk-1',
  rememberKey: false,
};

describe('model settings in the browser', () => {
  it('keeps the key only when asked, and forgets it when the box is cleared', () => {
    const storage = memory();
    writeModelSettings(storage, settings);
    expect(storage.items.has(MODEL_KEY_KEY)).toBe(false);
    expect(storage.items.get(MODEL_SETTINGS_KEY)).not.toContain('sk-1');
    expect(readModelSettings(storage)).toEqual({ ...settings, apiKey: '', rememberKey: false });
    writeModelSettings(storage, { ...settings, rememberKey: true });
    expect(readModelSettings(storage)).toEqual({ ...settings, rememberKey: true });
    writeModelSettings(storage, { ...settings, rememberKey: false });
    expect(storage.items.has(MODEL_KEY_KEY)).toBe(false);
  });

  it('falls back field by field on what does not validate', () => {
    const storage = memory();
    storage.setItem(MODEL_SETTINGS_KEY, JSON.stringify({ endpoint: 42, model: 'm', backend: 'gpt' }));
    expect(readModelSettings(storage)).toEqual({ ...DEFAULT_MODEL_SETTINGS, model: 'm' });
    storage.setItem(MODEL_SETTINGS_KEY, '{not json');
    expect(readModelSettings(storage)).toEqual(DEFAULT_MODEL_SETTINGS);
    expect(readModelSettings(null)).toEqual(DEFAULT_MODEL_SETTINGS);
  });
});
