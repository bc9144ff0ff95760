import type { StateCreator } from 'zustand';
import type { AppState } from './types';

/** Lines of `details` the notice bar shows; callers that list more say how many are left out. */
export const MAX_NOTICE_DETAILS = 20;

/**
 * One message for the user at a time: errors name the file and the problem. A warning says that
 * something was done that the user should know of (evidence moved to where its quote stands).
 */
export interface Notice {
  readonly tone: 'info' | 'warning' | 'error';
  readonly text: string;
  /** Further sentences in plain words, one per line (one per source for repairs). */
  readonly lines?: readonly string[];
  /** Technical lines (a place in the file, then what is wrong), as a list. */
  readonly details?: readonly string[];
  /** One thing the user may do about it (a button beside the message). */
  readonly action?: { readonly label: string; readonly run: () => void };
}

export interface NoticeSlice {
  readonly notice: Notice | null;
  notify: (notice: Notice) => void;
  dismissNotice: () => void;
}

export const createNoticeSlice: StateCreator<AppState, [], [], NoticeSlice> = (set) => ({
  notice: null,
  notify: (notice) => set({ notice }),
  dismissNotice: () => set({ notice: null }),
});
