import { keepKnownFilterIds } from '../domain/filters';
import type { Graph } from '../domain/types';
import type { AppState } from './types';

/**
 * What survives a new graph (an import, an added or removed article): the selection and focus while
 * their actor or relation still exists, and filters naming only ids (types, sources) the graph still has.
 */
export function reconcileWithGraph(
  state: AppState,
  graph: Graph,
): Pick<AppState, 'selection' | 'focusActor' | 'filters'> {
  const actors = new Set(graph.actors.map((a) => a.id));
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
    filters: keepKnownFilterIds(state.filters, graph),
  };
}
