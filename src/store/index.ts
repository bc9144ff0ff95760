import { temporal } from 'zundo';
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createComposer, graphParts } from '../domain/workspace';
import { createAnalysisSlice } from './analysisSlice';
import { createFiltersSlice } from './filtersSlice';
import { createFocusSlice } from './focusSlice';
import { createGraphSlice } from './graphSlice';
import { historyOptions } from './history';
import { createNoticeSlice } from './noticeSlice';
import { createPathsSlice } from './pathsSlice';
import { createSelectionSlice } from './selectionSlice';
import { createStorySlice } from './storySlice';
import { createViewSlice } from './viewSlice';
import { createWorkspaceSlice } from './workspaceSlice';
import type { AppState } from './types';

export type { AppState } from './types';
export type { Selection } from './selectionSlice';
export type { Notice } from './noticeSlice';
export { MAX_NOTICE_DETAILS } from './noticeSlice';
export type { ImportMode } from './workspaceSlice';

/** The one app store. Actions work outside React: `useAppStore.getState().selectRelation(id)`. */
export const useAppStore = create<AppState>()(
  subscribeWithSelector(
    temporal(
      (...a) => ({
        ...createGraphSlice(...a),
        ...createWorkspaceSlice(...a),
        ...createSelectionSlice(...a),
        ...createFiltersSlice(...a),
        ...createNoticeSlice(...a),
        ...createFocusSlice(...a),
        ...createViewSlice(...a),
        ...createPathsSlice(...a),
        ...createAnalysisSlice(...a),
        ...createStorySlice(...a),
      }),
      historyOptions,
    ),
  ),
);

// The graph on screen follows the workspace, whichever way it changed (an action, undo, redo, another
// tab). Registered first, so every other listener sees the two in step. Only the parts the graph is
// made of count: a change to the stories alone leaves the graph, and so the canvas, untouched.
const compose = createComposer();
useAppStore.subscribe(
  (s) => [s.seed, ...graphParts(s.workspace)] as const,
  ([seed]) => useAppStore.getState().loadGraph(compose(seed, useAppStore.getState().workspace)),
  { equalityFn: (a, b) => a.every((part, i) => part === b[i]) },
);

/** The undo history (zundo's temporal store). */
export const history = useAppStore.temporal;

/** Undo the last change to the graph; false when there is none. */
export function undo(): boolean {
  if (history.getState().pastStates.length === 0) return false;
  history.getState().undo();
  return true;
}

export function redo(): boolean {
  if (history.getState().futureStates.length === 0) return false;
  history.getState().redo();
  return true;
}

/** Start-up and another tab's save replace the workspace: the steps before them no longer apply. */
export function forgetHistory(): void {
  history.getState().clear();
}
