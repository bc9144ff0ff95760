import { computeVisibility, type Filters, type Visibility } from './filters';
import type { ActorKind, Graph, Relation } from './types';

/** What the numbers beside the type and kind switches count. */
export interface FilterCounts {
  /** Relations of each type that the other filters leave: a hidden type counts what it would bring back. */
  readonly byType: ReadonlyMap<string, number>;
  /** Actors of each kind in a relation the other filters leave, counted the same way. */
  readonly byKind: ReadonlyMap<ActorKind, number>;
  /** Relations of each type in the whole graph, filtered or not. */
  readonly inGraph: ReadonlyMap<string, number>;
}

/**
 * The visibility under one variant of the filters. `variant` names the variant ("all types", "kind
 * X shown"), so a caller that asks again after a small change can update the last answer for that
 * variant instead of computing it anew (the store does, src/domain/visibilityUpdate.ts).
 */
export type VisibilityOf = (graph: Graph, filters: Filters, variant: string) => Visibility;

const computeEachTime: VisibilityOf = (graph, filters) => computeVisibility(graph, filters);

const bump = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** Lookups that depend on the graph alone, made once per graph. */
interface GraphLookups {
  readonly relationsById: ReadonlyMap<string, Relation>;
  readonly kindOf: ReadonlyMap<string, ActorKind>;
  readonly inGraph: ReadonlyMap<string, number>;
}
const lookups = new WeakMap<Graph, GraphLookups>();
function lookupsOf(graph: Graph): GraphLookups {
  let found = lookups.get(graph);
  if (!found) {
    const inGraph = new Map<string, number>();
    for (const r of graph.relations) bump(inGraph, r.type);
    found = {
      relationsById: new Map(graph.relations.map((r) => [r.id, r])),
      kindOf: new Map(graph.actors.map((a) => [a.id, a.kind])),
      inGraph,
    };
    lookups.set(graph, found);
  }
  return found;
}

/** The same empty list each time, so an unchanged variant compares equal (Object.is) to the last. */
const NO_TYPES: readonly string[] = [];
const kindsWithout = new WeakMap<readonly ActorKind[], Map<ActorKind, readonly ActorKind[]>>();
function withoutKind(hiddenKinds: readonly ActorKind[], kind: ActorKind): readonly ActorKind[] {
  let byKind = kindsWithout.get(hiddenKinds);
  if (!byKind) kindsWithout.set(hiddenKinds, (byKind = new Map()));
  let rest = byKind.get(kind);
  if (!rest) byKind.set(kind, (rest = hiddenKinds.filter((k) => k !== kind)));
  return rest;
}

/**
 * Counts under the filters (the focus aside), so that switching a source off lowers the numbers
 * beside the types and kinds it backed. Each switch's own state is left out of its count.
 */
export function countWhatFiltersLeave(
  graph: Graph,
  filters: Filters,
  visibilityOf: VisibilityOf = computeEachTime,
): FilterCounts {
  const { relationsById, kindOf, inGraph } = lookupsOf(graph);
  const allTypes = visibilityOf(graph, { ...filters, hiddenTypes: NO_TYPES }, 'all types');
  const byType = new Map<string, number>();
  for (const id of allTypes.relations) bump(byType, relationsById.get(id)!.type);

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
  const shown = filters.hiddenTypes.length === 0 ? allTypes : visibilityOf(graph, filters, 'as filtered');
  countKinds(shown.relations, null);
  // A hidden kind has no relation on screen: count what switching it back on would show.
  for (const kind of filters.hiddenKinds) {
    const hiddenKinds = withoutKind(filters.hiddenKinds, kind);
    countKinds(visibilityOf(graph, { ...filters, hiddenKinds }, `kind ${kind} shown`).relations, kind);
  }
  return { byType, byKind, inGraph };
}
