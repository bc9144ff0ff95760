import { computeVisibility, type Filters } from './filters';
import type { ActorKind, Graph } from './types';

/** What the numbers beside the type and kind switches count. */
export interface FilterCounts {
  /** Relations of each type that the other filters leave: a hidden type counts what it would bring back. */
  readonly byType: ReadonlyMap<string, number>;
  /** Actors of each kind in a relation the other filters leave, counted the same way. */
  readonly byKind: ReadonlyMap<ActorKind, number>;
  /** Relations of each type in the whole graph, filtered or not. */
  readonly inGraph: ReadonlyMap<string, number>;
}

const bump = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * Counts under the filters (the focus aside), so that switching a source off lowers the numbers
 * beside the types and kinds it backed. Each switch's own state is left out of its count.
 */
export function countWhatFiltersLeave(graph: Graph, filters: Filters): FilterCounts {
  const inGraph = new Map<string, number>();
  for (const r of graph.relations) bump(inGraph, r.type);

  const allTypes = computeVisibility(graph, { ...filters, hiddenTypes: [] });
  const relationsById = new Map(graph.relations.map((r) => [r.id, r]));
  const byType = new Map<string, number>();
  for (const id of allTypes.relations) bump(byType, relationsById.get(id)!.type);

  const kindOf = new Map(graph.actors.map((a) => [a.id, a.kind]));
  const byKind = new Map<ActorKind, number>();
  const countKinds = (relationIds: ReadonlySet<string>, only: ActorKind | null) => {
    const seen = new Set<string>();
    for (const id of relationIds) {
      const r = relationsById.get(id)!;
      for (const actorId of [r.source, r.target]) {
        const kind = kindOf.get(actorId);
        if (kind === undefined || seen.has(actorId) || (only !== null && kind !== only)) continue;
        seen.add(actorId);
        bump(byKind, kind);
      }
    }
  };
  const shown = filters.hiddenTypes.length === 0 ? allTypes : computeVisibility(graph, filters);
  countKinds(shown.relations, null);
  // A hidden kind has no relation on screen: count what switching it back on would show.
  for (const kind of filters.hiddenKinds) {
    const hiddenKinds = filters.hiddenKinds.filter((k) => k !== kind);
    countKinds(computeVisibility(graph, { ...filters, hiddenKinds }).relations, kind);
  }
  return { byType, byKind, inGraph };
}
