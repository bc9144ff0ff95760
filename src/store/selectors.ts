import { countWhatFiltersLeave, type FilterCounts, type VisibilityOf } from '../domain/filterCounts';
import { compileFilters, type CompiledFilters, type Visibility } from '../domain/filters';
import { mergeParallel, NO_MERGE, pairKey, type MergedView } from '../domain/parallel';
import { visibilityChain, type VisibilityInputs } from '../domain/visibilityUpdate';
import { reviewSummary, type ReviewSummary } from '../domain/reviewQueue';
import type { Theme } from '../domain/view';
import type { AppState } from './types';

/**
 * Derived views, memoised on the store objects they read (the store replaces rather than mutates),
 * so many subscribers can call them on every change for the cost of one comparison.
 */
export function memo<K extends readonly unknown[], V>(keys: (s: AppState) => K, compute: (s: AppState) => V) {
  let last: { keys: K; value: V } | null = null;
  return (state: AppState): V => {
    const k = keys(state);
    if (last && k.length === last.keys.length && k.every((x, i) => Object.is(x, last!.keys[i]))) {
      return last.value;
    }
    const value = compute(state);
    last = { keys: k, value };
    return value;
  };
}

/** The filters' tests, made once per graph and filters for every caller that tests sentences. */
export const selectCompiledFilters: (state: AppState) => CompiledFilters = memo(
  (s) => [s.graph, s.filters] as const,
  (s) => compileFilters(s.filters, s.graph),
);

/** Each visibility is updated from the last one computed when it can (src/domain/visibilityUpdate.ts). */
const onScreen = visibilityChain();

/** Which relations and actors are on screen after filters and focus. */
export const selectVisibility: (state: AppState) => Visibility = memo(
  (s) => [s.graph, s.filters, s.focusActor, s.focusSettings] as const,
  (s) => {
    const inputs: VisibilityInputs = {
      graph: s.graph,
      filters: s.filters,
      focus: s.focusActor === null ? null : { actorId: s.focusActor, ...s.focusSettings },
    };
    return onScreen(inputs);
  },
);

/** The pair of the selected relation is always drawn expanded, so the selection stays visible. */
const selectedPair = (s: AppState): string | null => {
  if (s.selection?.kind !== 'relation') return null;
  const r = s.index.relations.get(s.selection.id);
  return r ? pairKey(r.source, r.target) : null;
};

/** Parallel relations merged per pair, when the option is on. */
export const selectMergedView: (state: AppState) => MergedView = memo(
  (s) => [s.graph, selectVisibility(s), s.mergeParallel, s.expandedPairs, selectedPair(s)] as const,
  (s) => {
    if (!s.mergeParallel) return NO_MERGE;
    const expanded = new Set(s.expandedPairs);
    const selected = selectedPair(s);
    if (selected) expanded.add(selected);
    return mergeParallel(s.graph.relations, selectVisibility(s).relations, s.index.types, expanded);
  },
);

export const selectTheme = (s: AppState): Theme =>
  s.themeChoice === 'system' ? (s.systemDark ? 'dark' : 'light') : s.themeChoice;

/** Relations the relation table lists: the visible ones, narrowed to the focus when there is one. */
export const selectTableRelationIds: (state: AppState) => readonly string[] = memo(
  (s) => [s.graph, selectVisibility(s)] as const,
  (s) => {
    const v = selectVisibility(s);
    return s.graph.relations
      .filter((r) => v.relations.has(r.id) && (!v.focus || v.focus.relations.has(r.id)))
      .map((r) => r.id);
  },
);

/** How many relations the table lists, without listing them: what the closed table's heading shows. */
export const selectTableRelationCount = (s: AppState): number => {
  const v = selectVisibility(s);
  if (!v.focus) return v.relations.size;
  let count = 0;
  for (const id of v.focus.relations) if (v.relations.has(id)) count++;
  return count;
};

const NO_IDS: readonly string[] = [];
/** The closed table lists nothing: a selector that costs nothing on a filter change. */
export const selectNoRelationIds = (): readonly string[] => NO_IDS;

/** The review queue, the rejected relations and the counts by review status: one pass per graph. */
export const selectReview: (state: AppState) => ReviewSummary = memo(
  (s) => [s.graph] as const,
  (s) => reviewSummary(s.graph),
);

/** One chain per variant of the filters the counts ask about, so each is updated on a Play step. */
const countChains = new Map<string, ReturnType<typeof visibilityChain>>();
const countingVisibility: VisibilityOf = (graph, filters, variant) => {
  let chain = countChains.get(variant);
  if (!chain) countChains.set(variant, (chain = visibilityChain()));
  return chain({ graph, filters, focus: null });
};

/** The numbers beside the type and kind switches: what the filters leave, not the whole graph. */
export const selectFilterCounts: (state: AppState) => FilterCounts = memo(
  (s) => [s.graph, s.filters] as const,
  (s) => countWhatFiltersLeave(s.graph, s.filters, countingVisibility),
);
