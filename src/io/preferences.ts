/**
 * The reader's preferences (theme, merged parallel edges, layout) in localStorage. What is stored
 * there may be from an older version, edited by hand or cut short: each field that does not
 * validate falls back to its default on its own, and reading or writing never throws.
 */
import { z } from './zod';
import { DEFAULT_PREFERENCES, LAYOUT_NAMES, THEME_CHOICES, type Preferences } from '../domain/view';

export const PREFERENCES_KEY = 'actorgraph.preferences';

/** The part of Storage used here, so tests can pass a plain object. */
export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;

const preferencesSchema = z.object({
  theme: z.catch(z.enum(THEME_CHOICES), DEFAULT_PREFERENCES.theme),
  mergeParallel: z.catch(z.boolean(), DEFAULT_PREFERENCES.mergeParallel),
  layout: z.catch(z.enum(LAYOUT_NAMES), DEFAULT_PREFERENCES.layout),
});

/** Stored preferences, validated; defaults for anything missing, unreadable or invalid. */
export function readPreferences(storage: PreferenceStorage | null | undefined): Preferences {
  let text: string | null = null;
  try {
    text = storage?.getItem(PREFERENCES_KEY) ?? null;
  } catch {
    return DEFAULT_PREFERENCES; // storage disabled by the browser's privacy settings
  }
  if (text === null) return DEFAULT_PREFERENCES;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return DEFAULT_PREFERENCES;
  }
  const parsed = preferencesSchema.safeParse(typeof value === 'object' && value !== null ? value : {});
  return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
}

/** Save preferences; a full or disabled storage only means they are not remembered. */
export function writePreferences(storage: PreferenceStorage | null | undefined, prefs: Preferences): boolean {
  try {
    storage?.setItem(PREFERENCES_KEY, JSON.stringify(prefs));
    return storage != null;
  } catch {
    return false;
  }
}
