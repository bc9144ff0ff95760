/**
 * What the time histogram counts: the sentences the other filters and the focus leave. The window
 * itself is left out, or the bars outside it would read zero and the slider could not show where
 * else the story happened.
 */
import { OPEN_WINDOW } from './dateWindow';
import { compileFilters, computeVisibility, type Filters, type FocusRequest } from './filters';
import type { Evidence, Graph, Relation } from './types';

export function countedByOtherFilters(
  graph: Graph,
  filters: Filters,
  focus: FocusRequest | null,
): (relation: Relation, evidence: Evidence) => boolean {
  const others: Filters = { ...filters, timeWindow: OPEN_WINDOW };
  // A focus that fades the rest keeps it on screen, and so in the counts; one that hides it does not.
  const shown = computeVisibility(graph, others, focus).relations;
  const { evidence: tests } = compileFilters(others, graph);
  return (relation, evidence) => shown.has(relation.id) && tests.every((test) => test(evidence));
}
