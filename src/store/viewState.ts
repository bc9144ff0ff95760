import type { ViewState } from '../domain/view';
import { pathsViewOf } from './pathsSlice';
import type { AppState } from './types';

/** The view on screen, as a permalink and a story step hold it. */
export const viewOf = (s: AppState): ViewState => ({
  filters: s.filters,
  focusActor: s.focusActor,
  focusSettings: s.focusSettings,
  selection: s.selection,
  layout: s.layout,
  paths: pathsViewOf(s),
  sizeBy: s.sizeBy,
  colourByCommunity: s.colourByCommunity,
  story: s.presenting && { id: s.presenting.storyId, step: s.presenting.step },
});
