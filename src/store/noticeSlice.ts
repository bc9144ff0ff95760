import type { StateCreator } from 'zustand';
import type { AppState } from './types';

/** One message for the user at a time: errors name the file and the problem. */
export interface Notice {
  readonly tone: 'info' | 'error';
  readonly text: string;
  readonly details?: readonly string[];
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
