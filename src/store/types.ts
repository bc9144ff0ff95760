import type { AnalysisSlice } from './analysisSlice';
import type { FiltersSlice } from './filtersSlice';
import type { FocusSlice } from './focusSlice';
import type { GraphSlice } from './graphSlice';
import type { NoticeSlice } from './noticeSlice';
import type { PathsSlice } from './pathsSlice';
import type { SelectionSlice } from './selectionSlice';
import type { StorySlice } from './storySlice';
import type { ViewSlice } from './viewSlice';
import type { WorkspaceSlice } from './workspaceSlice';

export type AppState = GraphSlice &
  WorkspaceSlice &
  SelectionSlice &
  FiltersSlice &
  NoticeSlice &
  FocusSlice &
  ViewSlice &
  PathsSlice &
  AnalysisSlice &
  StorySlice;
