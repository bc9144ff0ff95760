/**
 * Every change the curation panels make, as store actions: one `curate` call (one undoable step) per
 * user action, and the selection kept on what the user was working on.
 */
import type { CurationEdit } from '../../domain/curation';
import { relationKey } from '../../domain/merge';
import type { ActorKind, Evidence, Relation, RelationType } from '../../domain/types';
import { useAppStore } from '../../store';
import type { AddRelationPlan } from './addRelation';
import { citedEvidence, type CitedSpan } from './citedEvidence';

const sameSpan = (e: Evidence, span: CitedSpan) =>
  e.sourceId === span.sourceId && e.start === span.start && e.end === span.end;

/** Selects the relation that now holds `span` (the new sentence), with that sentence active. */
function selectSentence(relationId: string, span: CitedSpan): void {
  const { index, selectRelation } = useAppStore.getState();
  const relation = index.relations.get(relationId);
  if (!relation) return;
  selectRelation(
    relationId,
    Math.max(
      0,
      relation.evidence.findIndex((e) => sameSpan(e, span)),
    ),
  );
}

export function addRelation(plan: Extract<AddRelationPlan, { ok: true }>): void {
  useAppStore.getState().curate(plan.edits);
  selectSentence(plan.relationId, plan.evidence);
}

/** Cites a whole sentence for `relation`; false when the span is no longer in its source. */
export function addEvidence(relation: Relation, span: CitedSpan): boolean {
  const { graph, curate } = useAppStore.getState();
  const evidence = citedEvidence(graph, span);
  if (!evidence) return false;
  curate({ op: 'addEvidence', relationId: relation.id, evidence });
  selectSentence(relation.id, span);
  return true;
}

/** Removes sentence `index`; the active sentence stays the same one where it can. */
export function removeEvidence(relation: Relation, index: number, activeIndex: number): void {
  const evidence = relation.evidence[index];
  if (!evidence) return;
  const { selectRelation, curate } = useAppStore.getState();
  const left = relation.evidence.length - 1;
  const active = activeIndex > index ? activeIndex - 1 : Math.min(activeIndex, Math.max(0, left - 1));
  selectRelation(relation.id, active);
  curate({ op: 'removeEvidence', relationId: relation.id, ...pick(evidence) });
}

const pick = ({ sourceId, start, end }: Evidence) => ({ sourceId, start, end });

/**
 * Retype, reverse, negate or annotate. A relation that now has the ends and type of another joins it,
 * and the selection follows it there.
 */
export function updateRelation(
  relation: Relation,
  patch: Omit<Extract<CurationEdit, { op: 'updateRelation' }>, 'op' | 'relationId'>,
): void {
  useAppStore.getState().curate({ op: 'updateRelation', relationId: relation.id, ...patch });
  follow(
    relation.id,
    patch.source ?? relation.source,
    patch.target ?? relation.target,
    patch.type ?? relation.type,
  );
}

/** Every relation of type `from` becomes type `to`; the selected one stays selected wherever it went. */
export function mapType(relation: Relation, to: string, typeDef: RelationType | undefined): void {
  useAppStore.getState().curate({ op: 'mapType', from: relation.type, to, ...(typeDef ? { typeDef } : {}) });
  follow(relation.id, relation.source, relation.target, to);
}

function follow(id: string, source: string, target: string, type: string): void {
  const { index, graph, selectRelation } = useAppStore.getState();
  if (index.relations.has(id)) return;
  const directed = (t: string) => index.types.get(t)?.directed ?? true;
  const key = relationKey(source, target, type, directed(type));
  const joined = graph.relations.find(
    (r) => relationKey(r.source, r.target, r.type, directed(r.type)) === key,
  );
  if (joined) selectRelation(joined.id);
}

export function deleteRelation(relation: Relation): void {
  useAppStore.getState().curate({ op: 'deleteRelation', relationId: relation.id });
}

export function updateActor(
  actorId: string,
  patch: { label?: string; kind?: ActorKind; aliases?: readonly string[] },
): void {
  useAppStore.getState().curate({ op: 'updateActor', actorId, ...patch });
}

/** `from` disappears into `into`, which is selected. */
export function mergeActors(from: string, into: string): void {
  const { curate, selectActor } = useAppStore.getState();
  curate({ op: 'mergeActors', from, into });
  selectActor(into);
}

export function deleteActor(actorId: string): void {
  useAppStore.getState().curate({ op: 'deleteActor', actorId });
}
