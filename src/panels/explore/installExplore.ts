import { readPreferences, writePreferences, type PreferenceStorage } from '../../io/preferences';
import { useAppStore } from '../../store';
import { selectTheme } from '../../store/selectors';
import { installPermalinkSync, isApplyingHash } from './permalinkSync';

const storage = (): PreferenceStorage | null => {
  try {
    return window.localStorage;
  } catch {
    return null; // some privacy settings throw on merely reading localStorage
  }
};

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
    (s) => [s.themeChoice, s.mergeParallel, s.layout] as const,
    ([theme, mergeParallel, layout]) => {
      // Opening someone's link changes the layout on screen, not the reader's own preference.
      if (!isApplyingHash()) writePreferences(storage(), { theme, mergeParallel, layout });
    },
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
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
