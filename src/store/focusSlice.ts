import type { StateCreator } from 'zustand';
import { DEFAULT_FOCUS_SETTINGS, type FocusSettings } from '../domain/focus';
import type { AppState } from './types';

export interface FocusSlice {
  /** The actor whose neighbourhood is in focus; null shows the whole (filtered) graph. */
  readonly focusActor: string | null;
  /** Depth, direction and fade-or-hide; kept when focus is cleared so the next focus reuses them. */
  readonly focusSettings: FocusSettings;
  focusOn: (actorId: string) => void;
  setFocusSettings: (change: Partial<FocusSettings>) => void;
  clearFocus: () => void;
}

export const createFocusSlice: StateCreator<AppState, [], [], FocusSlice> = (set, get) => ({
  focusActor: null,
  focusSettings: DEFAULT_FOCUS_SETTINGS,
  focusOn: (actorId) => {
    if (get().index.actors.has(actorId)) set({ focusActor: actorId });
  },
  setFocusSettings: (change) => set((s) => ({ focusSettings: { ...s.focusSettings, ...change } })),
  clearFocus: () => {
    if (get().focusActor !== null) set({ focusActor: null });
  },
});
