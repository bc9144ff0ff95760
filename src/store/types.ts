import type { FiltersSlice } from './filtersSlice';
import type { GraphSlice } from './graphSlice';
import type { NoticeSlice } from './noticeSlice';
import type { SelectionSlice } from './selectionSlice';

export type AppState = GraphSlice & SelectionSlice & FiltersSlice & NoticeSlice;
