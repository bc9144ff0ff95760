import type { Actor, Graph, Relation, RelationType, Source } from './types';

/** Lookup tables over a graph, built once per graph so panels and the canvas never scan arrays. */
export interface GraphIndex {
  readonly actors: ReadonlyMap<string, Actor>;
  readonly relations: ReadonlyMap<string, Relation>;
  readonly types: ReadonlyMap<string, RelationType>;
  readonly sources: ReadonlyMap<string, Source>;
  /** Relation ids touching each actor, in graph order. */
  readonly relationsByActor: ReadonlyMap<string, readonly string[]>;
}

const byId = <T extends { readonly id: string }>(items: readonly T[]): Map<string, T> =>
  new Map(items.map((item) => [item.id, item]));

/**
 * Builds the lookup tables. Given the previous graph and its index, a collection that is the same
 * array reuses its table, and relations whose ids and ends are all unchanged reuse the per-actor
 * lists: a curation edit on a large graph then rebuilds only what it touched.
 */
export function indexGraph(graph: Graph, previous?: { graph: Graph; index: GraphIndex }): GraphIndex {
  const old = previous?.graph;
  const reuse = <K extends 'actors' | 'relations' | 'relationTypes' | 'sources'>(key: K): boolean =>
    old !== undefined && old[key] === graph[key];
  return {
    actors: reuse('actors') ? previous!.index.actors : byId(graph.actors),
    relations: reuse('relations') ? previous!.index.relations : byId(graph.relations),
    types: reuse('relationTypes') ? previous!.index.types : byId(graph.relationTypes),
    sources: reuse('sources') ? previous!.index.sources : byId(graph.sources),
    relationsByActor:
      old !== undefined && sameEnds(old.relations, graph.relations)
        ? previous!.index.relationsByActor
        : byActor(graph.relations),
  };
}

function sameEnds(a: readonly Relation[], b: readonly Relation[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((r, i) => {
    const s = b[i]!;
    return r.id === s.id && r.source === s.source && r.target === s.target;
  });
}

function byActor(relations: readonly Relation[]): Map<string, readonly string[]> {
  const relationsByActor = new Map<string, string[]>();
  const touch = (actorId: string, relationId: string) => {
    const list = relationsByActor.get(actorId);
    if (list) list.push(relationId);
    else relationsByActor.set(actorId, [relationId]);
  };
  for (const relation of relations) {
    touch(relation.source, relation.id);
    if (relation.target !== relation.source) touch(relation.target, relation.id);
  }
  return relationsByActor;
}

/** A relation whose every evidence sentence is negated states something that did not happen. */
export const isNegatedOnly = (relation: Relation): boolean =>
  relation.evidence.length > 0 && relation.evidence.every((e) => e.negated === true);

/** The other end of a relation, seen from one actor. */
export const otherEnd = (relation: Relation, actorId: string): string =>
  relation.source === actorId ? relation.target : relation.source;
