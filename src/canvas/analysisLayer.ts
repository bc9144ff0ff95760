import type { Core } from 'cytoscape';
import { selectMergedView } from '../store/selectors';
import { selectAnalysisMarks } from '../store/pathsSelectors';
import { subscribeFirst } from './subscribeFirst';
import { syncAnalysis } from './syncAnalysis';

/** The paths panel's marks, kept in step with the store; re-marked like emphasis when elements come or go. */
export function subscribeAnalysis(cy: Core): () => void {
  return subscribeFirst(
    (s) => [selectAnalysisMarks(s), s.graph, selectMergedView(s)] as const,
    ([marks]) => syncAnalysis(cy, marks),
    { equal: (a, b) => a.every((x, i) => Object.is(x, b[i])) },
  );
}
