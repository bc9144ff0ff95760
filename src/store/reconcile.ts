import type { Filters } from '../domain/filters';
import type { Graph } from '../domain/types';
import type { AppState } from './types';

/**
 * What survives a new graph (an import, an added or removed article): the selection and focus while
 * their actor or relation still exists, and filters on types and sources the graph still has.
 */
export function reconcileWithGraph(
  state: AppState,
  graph: Graph,
): Pick<AppState, 'selection' | 'focusActor' | 'filters'> {
  const actors = new Set(graph.actors.map((a) => a.id));
  const typeIds = new Set(graph.relationTypes.map((t) => t.id));
  const sourceIds = new Set(graph.sources.map((s) => s.id));
  const sel = state.selection;
  const relation = sel?.kind === 'relation' ? graph.relations.find((r) => r.id === sel.id) : undefined;
  const selectionStays =
    (sel?.kind === 'actor' && actors.has(sel.id)) ||
    (sel?.kind === 'relation' &&
      relation !== undefined &&
      sel.evidenceIndex < Math.max(1, relation.evidence.length));
  return {
    selection: selectionStays ? sel : null,
    focusActor: state.focusActor !== null && actors.has(state.focusActor) ? state.focusActor : null,
    filters: keepKnown(state.filters, typeIds, sourceIds),
  };
}

/** The same object when nothing is dropped, so subscribers to filters are not woken for nothing. */
function keepKnown(filters: Filters, typeIds: Set<string>, sourceIds: Set<string>): Filters {
  const hiddenTypes = filters.hiddenTypes.filter((t) => typeIds.has(t));
  const hiddenSources = filters.hiddenSources.filter((s) => sourceIds.has(s));
  if (
    hiddenTypes.length === filters.hiddenTypes.length &&
    hiddenSources.length === filters.hiddenSources.length
  ) {
    return filters;
  }
  return { ...filters, hiddenTypes, hiddenSources };
}
