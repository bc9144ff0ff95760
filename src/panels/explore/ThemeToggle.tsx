import { useAppStore } from '../../store';
import { selectTheme } from '../../store/selectors';

/**
 * Light or dark. The app follows the system until the reader picks the other one; picking what the
 * system says goes back to following it.
 */
export function ThemeToggle() {
  const theme = useAppStore(selectTheme);
  const systemDark = useAppStore((s) => s.systemDark);
  const choice = useAppStore((s) => s.themeChoice);
  const toggle = () => {
    const next = theme === 'dark' ? 'light' : 'dark';
    useAppStore.getState().setThemeChoice((next === 'dark') === systemDark ? 'system' : next);
  };
  return (
    <button
      type="button"
      aria-pressed={theme === 'dark'}
      onClick={toggle}
      title={choice === 'system' ? 'Following the system setting' : `Chosen: ${choice}`}
      data-testid="theme-toggle"
    >
      Dark theme
    </button>
  );
}
