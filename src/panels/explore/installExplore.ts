import type { Preferences } from '../../domain/view';
import { localStore } from '../../io/localStore';
import { readPreferences, writePreferences, type PreferenceStorage } from '../../io/preferences';
import { useAppStore } from '../../store';
import { selectTheme } from '../../store/selectors';
import { installPermalinkSync, isApplyingHash } from './permalinkSync';

const storage = (): PreferenceStorage | null => localStore();

let installed = false;

/**
 * Start-up for exploring: preferences from localStorage, the system colour scheme, the theme on the
 * page, and the permalink. Runs once, before the first render, so the canvas draws the right layout
 * and colours at once.
 */
export function installExplore(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  const store = useAppStore;

  const prefs = readPreferences(storage());
  store.setState({ themeChoice: prefs.theme, mergeParallel: prefs.mergeParallel, layout: prefs.layout });
  store.subscribe(
    (s): Preferences => ({ theme: s.themeChoice, mergeParallel: s.mergeParallel, layout: s.layout }),
    (next, previous) => {
      // Opening someone's link changes the look on screen, not the reader's own preferences; a later
      // change by the reader saves only what the reader changed, not what the link brought.
      if (isApplyingHash()) return;
      const changed = Object.fromEntries(
        Object.entries(next).filter(([key, value]) => previous[key as keyof Preferences] !== value),
      );
      writePreferences(storage(), { ...readPreferences(storage()), ...changed });
    },
    {
      equalityFn: (a, b) =>
        a.theme === b.theme && a.mergeParallel === b.mergeParallel && a.layout === b.layout,
    },
  );

  const dark = window.matchMedia?.('(prefers-color-scheme: dark)');
  store.getState().setSystemDark(dark?.matches ?? false);
  dark?.addEventListener('change', (e) => store.getState().setSystemDark(e.matches));

  store.subscribe(
    selectTheme,
    (theme) => {
      document.documentElement.dataset.theme = theme;
      document.documentElement.style.colorScheme = theme;
    },
    { fireImmediately: true },
  );

  installPermalinkSync();
}
