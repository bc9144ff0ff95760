import type { StateCreator } from 'zustand';
import { DEFAULT_PREFERENCES, type LayoutName, type ThemeChoice, type ViewState } from '../domain/view';
import { pathsStateOf } from './pathsSlice';
import type { AppState } from './types';

export interface ViewSlice {
  readonly layout: LayoutName;
  /** Draw several relations between one pair as one edge (a preference). */
  readonly mergeParallel: boolean;
  /** Pairs the user expanded while merging is on (pair keys from domain/parallel). */
  readonly expandedPairs: readonly string[];
  readonly themeChoice: ThemeChoice;
  /** What the operating system asks for; only used while themeChoice is "system". */
  readonly systemDark: boolean;
  /** The review queue panel is open beside the canvas. */
  readonly reviewOpen: boolean;
  setLayout: (layout: LayoutName) => void;
  setMergeParallel: (merge: boolean) => void;
  expandPair: (key: string) => void;
  collapsePairs: () => void;
  setThemeChoice: (choice: ThemeChoice) => void;
  setSystemDark: (dark: boolean) => void;
  setReviewOpen: (open: boolean) => void;
  /**
   * Replace filters, focus, selection, layout and the paths panel in one step (a permalink, back or
   * forward); a link's theme and merging too when it carries them.
   */
  applyView: (view: ViewState) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  layout: DEFAULT_PREFERENCES.layout,
  mergeParallel: DEFAULT_PREFERENCES.mergeParallel,
  expandedPairs: [],
  themeChoice: DEFAULT_PREFERENCES.theme,
  systemDark: false,
  reviewOpen: false,
  setLayout: (layout) => set({ layout }),
  setMergeParallel: (mergeParallel) => set({ mergeParallel, expandedPairs: [] }),
  expandPair: (key) => {
    if (!get().expandedPairs.includes(key)) set((s) => ({ expandedPairs: [...s.expandedPairs, key] }));
  },
  collapsePairs: () => set({ expandedPairs: [] }),
  setThemeChoice: (themeChoice) => set({ themeChoice }),
  setSystemDark: (systemDark) => set({ systemDark }),
  setReviewOpen: (reviewOpen) => set({ reviewOpen }),
  applyView: (view) =>
    set((s) => ({
      filters: view.filters,
      focusActor: view.focusActor,
      focusSettings: view.focusSettings,
      selection: view.selection,
      layout: view.layout,
      ...pathsStateOf(view.paths),
      sizeBy: view.sizeBy,
      colourByCommunity: view.colourByCommunity,
      // The link's theme; when the system already gives it, keep following the system.
      ...(view.theme !== undefined && {
        themeChoice: (view.theme === 'dark') === s.systemDark ? 'system' : view.theme,
      }),
      ...(view.mergeParallel !== undefined &&
        view.mergeParallel !== s.mergeParallel && { mergeParallel: view.mergeParallel, expandedPairs: [] }),
      ...(view.story !== undefined && {
        presenting: view.story && { storyId: view.story.id, step: view.story.step },
      }),
    })),
});
