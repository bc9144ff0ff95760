import { useAppStore } from '../../store';
import { selectTheme } from '../../store/selectors';

/**
 * Light or dark. The app follows the system until the reader picks the other one; picking what the
 * system says goes back to following it.
 *
 * The label says what a click does ("Switch to light theme" while dark is on) rather than being a
 * pressed-state toggle named "Dark theme": in a toolbar of action buttons, a pressed state is shown
 * only by styling that is easy to misread, while an action label reads the same to every reader.
 */
export function ThemeToggle() {
  const theme = useAppStore(selectTheme);
  const systemDark = useAppStore((s) => s.systemDark);
  const choice = useAppStore((s) => s.themeChoice);
  const next = theme === 'dark' ? 'light' : 'dark';
  const toggle = () => {
    useAppStore.getState().setThemeChoice((next === 'dark') === systemDark ? 'system' : next);
  };
  return (
    <button
      type="button"
      onClick={toggle}
      title={choice === 'system' ? `Now ${theme}, following the system setting` : `Now ${theme}, chosen here`}
      data-testid="theme-toggle"
      data-theme-shown={theme}
    >
      Switch to {next} theme
    </button>
  );
}
