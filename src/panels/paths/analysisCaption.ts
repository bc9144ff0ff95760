import type { AppState } from '../../store';
import { selectComparison, selectPathReport } from '../../store/pathsSelectors';
import { comparisonCaption, pathCaption } from './pathWords';

/** What the exported image's caption says about the paths panel's marks; null when it is closed. */
export function analysisNote(state: AppState): string | null {
  const label = (id: string) => state.index.actors.get(id)?.label ?? id;
  const report = selectPathReport(state);
  const { from, to } = state.pathQuery;
  if (report && from !== null && to !== null) return pathCaption(report, from, to, label);
  const comparison = selectComparison(state);
  if (comparison && state.compareSets) {
    return comparisonCaption(comparison, state.compareSets, (id) => state.index.sources.get(id)?.title ?? id);
  }
  return null;
}
