import type { Core } from 'cytoscape';
import { selectMergedView } from '../store/selectors';
import { selectPathMarks } from '../store/pathsSelectors';
import { subscribeFirst } from './subscribeFirst';
import { syncPathMarks } from './syncPathMarks';

/** The paths panel's marks, kept in step with the store; re-marked like emphasis when elements come or go. */
export function subscribePathMarks(cy: Core): () => void {
  return subscribeFirst(
    (s) => [selectPathMarks(s), s.graph, selectMergedView(s)] as const,
    ([marks]) => syncPathMarks(cy, marks),
    { equal: (a, b) => a.every((x, i) => Object.is(x, b[i])) },
  );
}
