/**
 * The curation edits behind each review action, and where the relation stands after one: pure, so
 * the panel stays thin and the rules are tested without a browser.
 */
import type { CurationEdit, ReviewStatus } from '../../domain/curation';
import { isNegatedOnly } from '../../domain/graphIndex';
import { foldForSearch, searchActors } from '../../domain/search';
import type { Actor, Graph, Relation, RelationType } from '../../domain/types';

export const reviewEdit = (relation: Relation, status: ReviewStatus): CurationEdit => ({
  op: 'review',
  relationId: relation.id,
  status,
});

/** Symmetric types read the same both ways: there is nothing to reverse. */
export const canReverse = (type: RelationType | undefined): boolean => type?.directed !== false;

export const reverseEdit = (relation: Relation): CurationEdit => ({
  op: 'updateRelation',
  relationId: relation.id,
  source: relation.target,
  target: relation.source,
});

/** Negated when every sentence says it happened, and the other way round. */
export const toggleNegatedEdit = (relation: Relation): CurationEdit => ({
  op: 'updateRelation',
  relationId: relation.id,
  negated: !isNegatedOnly(relation),
});

/** A type the graph does not have yet brings its definition along. */
export function changeTypeEdit(relation: Relation, type: RelationType, graph: Graph): CurationEdit {
  const known = graph.relationTypes.some((t) => t.id === type.id);
  return {
    op: 'updateRelation',
    relationId: relation.id,
    type: type.id,
    ...(known ? {} : { typeDef: type }),
  };
}

export type End = 'source' | 'target';

export const changeActorEdit = (relation: Relation, end: End, actorId: string): CurationEdit => ({
  op: 'updateRelation',
  relationId: relation.id,
  [end]: actorId,
});

/** The graph's types first, then those of the vocabulary it does not have yet. */
export function typeChoices(
  graph: Graph,
  vocabulary: readonly RelationType[],
): { inGraph: readonly RelationType[]; more: readonly RelationType[] } {
  const known = new Set(graph.relationTypes.map((t) => t.id));
  return { inGraph: graph.relationTypes, more: vocabulary.filter((t) => !known.has(t.id)) };
}

/**
 * The actor a typed name means: one whose label or alias is exactly that name (ignoring case and
 * accents), else the best match of the actor search. Undefined when nothing matches.
 */
export function resolveActor(actors: readonly Actor[], name: string): Actor | undefined {
  const folded = foldForSearch(name);
  if (folded === '') return undefined;
  const exact = actors.find((a) => [a.label, ...a.aliases].some((n) => foldForSearch(n) === folded));
  return exact ?? searchActors(actors, name, 1)[0]?.actor;
}

/** Why an actor cannot take that end of the relation, or null when it can. */
export function actorProblem(relation: Relation, end: End, actor: Actor | undefined): string | null {
  if (!actor) return 'No actor has that name or alias.';
  if (actor.id === relation[end]) return `${actor.label} is already the ${end}.`;
  const other = end === 'source' ? relation.target : relation.source;
  if (actor.id === other) return `${actor.label} cannot act on itself.`;
  return null;
}

/**
 * Where a relation went after an edit: itself when its id stays; else the relation that took in its
 * first sentence (an edit that makes two relations coincide joins them under the other's id).
 */
export function followRelation(before: Relation, after: Graph): Relation | undefined {
  const same = after.relations.find((r) => r.id === before.id);
  if (same) return same;
  const first = before.evidence[0];
  if (!first) return undefined;
  return after.relations.find((r) =>
    r.evidence.some((e) => e.sourceId === first.sourceId && e.start === first.start && e.end === first.end),
  );
}

/** The item to move to when `id` leaves the list: the one after it, else the one before. */
export function neighbourOf(ids: readonly string[], id: string): string | null {
  const at = ids.indexOf(id);
  if (at < 0) return ids[0] ?? null;
  return ids[at + 1] ?? ids[at - 1] ?? null;
}
