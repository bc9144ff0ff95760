import { computeVisibility, type Visibility } from '../domain/filters';
import type { AppState } from './types';

/** Memoised on the graph and filter objects, which the store replaces rather than mutates. */
let last: { graph: AppState['graph']; filters: AppState['filters']; value: Visibility } | null = null;

export function selectVisibility(state: AppState): Visibility {
  if (last && last.graph === state.graph && last.filters === state.filters) return last.value;
  const value = computeVisibility(state.graph, state.filters);
  last = { graph: state.graph, filters: state.filters, value };
  return value;
}
