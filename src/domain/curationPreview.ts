/**
 * What an edit would do, told before the analyst confirms it: computed by applying the edit itself,
 * so the preview can never disagree with the outcome.
 */
import { applyEdits } from './curation';
import type { Graph } from './types';

export interface MergePreview {
  /** Relations that move over to the kept actor as relations of their own. */
  readonly moved: number;
  /** Relations that coincide with one already there (same ends and type) and join its evidence. */
  readonly joined: number;
  /** Relations between the two actors, which say nothing once they are one. */
  readonly dropped: number;
}

/** Merging `from` into `into`: how the relations of `from` fare. */
export function previewMerge(graph: Graph, from: string, into: string): MergePreview {
  if (from === into) return { moved: 0, joined: 0, dropped: 0 };
  const touching = graph.relations.filter((r) => r.source === from || r.target === from);
  const dropped = touching.filter((r) => r.source === into || r.target === into).length;
  const after = applyEdits(graph, [{ op: 'mergeActors', from, into }]);
  const joined = graph.relations.length - after.relations.length - dropped;
  return { moved: touching.length - dropped - joined, joined, dropped };
}

/** Deleting an actor: the relations that go with it. */
export const relationsOfActor = (graph: Graph, actorId: string): number =>
  graph.relations.filter((r) => r.source === actorId || r.target === actorId).length;
