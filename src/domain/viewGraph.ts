import type { Visibility } from './filters';
import type { Actor, Graph } from './types';

/**
 * The graph as the filters show it, as a graph of its own that validates: the visible actors, the
 * visible relations between them, the sources their evidence cites and the relation types they use.
 * An actor's `affiliation` that points outside the view is left out, so no id dangles.
 */
export function viewGraph(graph: Graph, visibility: Visibility): Graph {
  const actors = graph.actors.filter((a) => visibility.actors.has(a.id));
  const actorIds = new Set(actors.map((a) => a.id));
  const relations = graph.relations.filter(
    (r) => visibility.relations.has(r.id) && actorIds.has(r.source) && actorIds.has(r.target),
  );
  const typeIds = new Set(relations.map((r) => r.type));
  const sourceIds = new Set(relations.flatMap((r) => r.evidence.map((e) => e.sourceId)));
  return {
    ...graph,
    sources: graph.sources.filter((s) => sourceIds.has(s.id)),
    actors: actors.map((a) => withinView(a, actorIds)),
    relationTypes: graph.relationTypes.filter((t) => typeIds.has(t.id)),
    relations,
  };
}

function withinView(actor: Actor, actorIds: ReadonlySet<string>): Actor {
  if (actor.affiliation === undefined || actorIds.has(actor.affiliation)) return actor;
  const { affiliation: _outside, ...rest } = actor;
  return rest;
}
