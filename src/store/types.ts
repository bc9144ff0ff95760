import type { FiltersSlice } from './filtersSlice';
import type { GraphSlice } from './graphSlice';
import type { NoticeSlice } from './noticeSlice';
import type { SelectionSlice } from './selectionSlice';
import type { WorkspaceSlice } from './workspaceSlice';

export type AppState = GraphSlice & WorkspaceSlice & SelectionSlice & FiltersSlice & NoticeSlice;
