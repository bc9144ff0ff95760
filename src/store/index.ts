import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createFiltersSlice } from './filtersSlice';
import { createFocusSlice } from './focusSlice';
import { createGraphSlice } from './graphSlice';
import { createNoticeSlice } from './noticeSlice';
import { createSelectionSlice } from './selectionSlice';
import { createViewSlice } from './viewSlice';
import { createWorkspaceSlice } from './workspaceSlice';
import type { AppState } from './types';

export type { AppState } from './types';
export type { Selection } from './selectionSlice';
export type { Notice } from './noticeSlice';

/** The one app store. Actions work outside React: `useAppStore.getState().selectRelation(id)`. */
export const useAppStore = create<AppState>()(
  subscribeWithSelector((...a) => ({
    ...createGraphSlice(...a),
    ...createWorkspaceSlice(...a),
    ...createSelectionSlice(...a),
    ...createFiltersSlice(...a),
    ...createNoticeSlice(...a),
    ...createFocusSlice(...a),
    ...createViewSlice(...a),
  })),
);
