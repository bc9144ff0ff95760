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

export function indexGraph(graph: Graph): GraphIndex {
  const relationsByActor = new Map<string, string[]>();
  const touch = (actorId: string, relationId: string) => {
    const list = relationsByActor.get(actorId);
    if (list) list.push(relationId);
    else relationsByActor.set(actorId, [relationId]);
  };
  for (const relation of graph.relations) {
    touch(relation.source, relation.id);
    if (relation.target !== relation.source) touch(relation.target, relation.id);
  }
  return {
    actors: byId(graph.actors),
    relations: byId(graph.relations),
    types: byId(graph.relationTypes),
    sources: byId(graph.sources),
    relationsByActor,
  };
}

/** A relation whose every evidence sentence is negated states something that did not happen. */
export const isNegatedOnly = (relation: Relation): boolean =>
  relation.evidence.length > 0 && relation.evidence.every((e) => e.negated === true);

/** The other end of a relation, seen from one actor. */
export const otherEnd = (relation: Relation, actorId: string): string =>
  relation.source === actorId ? relation.target : relation.source;
