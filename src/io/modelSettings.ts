/**
 * The model settings of the Add article dialog, kept in this browser's localStorage: the endpoint, the
 * model name and the backend choice always (they are not secrets), the API key only when the user
 * ticked "Remember key in this browser", under its own entry, removed as soon as the box is cleared.
 * Nothing here goes into the workspace, exports or links. Stored values are validated field by field.
 */
import { BACKENDS, type Backend } from '../domain/modelAnswer';
import { z } from './zod';

export const MODEL_SETTINGS_KEY = 'actorgraph.model';
export const MODEL_KEY_KEY = 'actorgraph.model-key';

export type BackendChoice = Backend;

export interface StoredModelSettings {
  readonly endpoint: string;
  readonly model: string;
  readonly backend: BackendChoice;
  /** Empty unless remembered. */
  readonly apiKey: string;
  readonly rememberKey: boolean;
}

export const DEFAULT_MODEL_SETTINGS: StoredModelSettings = {
  endpoint: '',
  model: '',
  backend: 'rules',
  apiKey: '',
  rememberKey: false,
};

type SettingsStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const text = z.catch(z.string().check(z.maxLength(2000)), '');
const schema = z.object({
  endpoint: text,
  model: text,
  backend: z.catch(z.enum(BACKENDS), 'rules'),
});

function read(storage: SettingsStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null; // storage disabled by the browser's privacy settings
  }
}

export function readModelSettings(storage: SettingsStorage | null | undefined): StoredModelSettings {
  if (!storage) return DEFAULT_MODEL_SETTINGS;
  let value: unknown = {};
  try {
    value = JSON.parse(read(storage, MODEL_SETTINGS_KEY) ?? '{}');
  } catch {
    value = {};
  }
  const parsed = schema.safeParse(typeof value === 'object' && value !== null ? value : {});
  const base = parsed.success ? parsed.data : DEFAULT_MODEL_SETTINGS;
  const key = read(storage, MODEL_KEY_KEY);
  const apiKey = typeof key === 'string' && key.length <= 2000 ? key : '';
  return {
    endpoint: base.endpoint,
    model: base.model,
    backend: base.backend,
    apiKey,
    rememberKey: apiKey !== '',
  };
}

/** Saves the settings; the key only when `rememberKey`, and any stored key is removed otherwise. */
export function writeModelSettings(
  storage: SettingsStorage | null | undefined,
  settings: StoredModelSettings,
): void {
  if (!storage) return;
  try {
    const { endpoint, model, backend } = settings;
    storage.setItem(MODEL_SETTINGS_KEY, JSON.stringify({ endpoint, model, backend }));
    if (settings.rememberKey && settings.apiKey) storage.setItem(MODEL_KEY_KEY, settings.apiKey);
    else storage.removeItem(MODEL_KEY_KEY);
  } catch {
    // a full or disabled storage only means the settings are not remembered
  }
}
