/**
 * A new visibility from the previous one, when one filter alone changed and its definition can name
 * the relations that change can affect (`changedRelations` in the registry): only those are tested
 * again. A Play step of the time window re-tests the two months' relations instead of all 25,000 of a
 * large graph. Any other change (a new graph, a focus, a filter that hides isolated actors, two
 * filters at once) returns null and the caller makes a full pass.
 */
import { FILTER_REGISTRY, filterValue, type Filters } from './filterRegistry';
import {
  compileFilters,
  computeVisibility,
  relationShows,
  type FocusRequest,
  type Visibility,
} from './filters';
import type { Graph } from './types';

export interface VisibilityInputs {
  readonly graph: Graph;
  readonly filters: Filters;
  readonly focus: FocusRequest | null;
}

export interface ComputedVisibility {
  readonly inputs: VisibilityInputs;
  readonly visibility: Visibility;
}

/** Past this share of the relations, testing them all costs about as much as the update. */
const MAX_SHARE = 0.5;

export function updateVisibility(
  previous: ComputedVisibility,
  next: VisibilityInputs,
  maxShare = MAX_SHARE,
): Visibility | null {
  const before = previous.inputs;
  if (before.graph !== next.graph || before.focus !== null || next.focus !== null) return null;
  const differing = FILTER_REGISTRY.filter(
    (d) => !Object.is(filterValue(before.filters, d), filterValue(next.filters, d)),
  );
  const changedFilter = differing[0];
  if (differing.length !== 1 || !changedFilter?.changedRelations) return null;
  const compiled = compileFilters(next.filters, next.graph);
  if (compiled.hidesIsolated) return null;
  const changed = changedFilter.changedRelations(
    filterValue(before.filters, changedFilter),
    filterValue(next.filters, changedFilter),
    next.graph,
  );
  if (changed === null || changed.size > next.graph.relations.length * maxShare) return null;
  const { actors } = previous.visibility;
  const relations = new Set(previous.visibility.relations);
  for (const i of changed) {
    const relation = next.graph.relations[i];
    if (!relation) continue;
    if (relationShows(relation, actors, next.filters, compiled)) relations.add(relation.id);
    else relations.delete(relation.id);
  }
  // Actor filters did not change, so the same actors show: the same set tells the canvas so.
  return { relations, actors, focus: null };
}

/**
 * A visibility that remembers its last result and updates from it when it can: one chain per
 * question asked again and again (the canvas's, each count's), so that a Play step re-tests the two
 * months' relations for each of them instead of the whole graph.
 */
export function visibilityChain(): (inputs: VisibilityInputs) => Visibility {
  let last: ComputedVisibility | null = null;
  return (inputs) => {
    const visibility =
      (last && updateVisibility(last, inputs)) ??
      computeVisibility(inputs.graph, inputs.filters, inputs.focus);
    last = { inputs, visibility };
    return visibility;
  };
}
