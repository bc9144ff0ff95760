/**
 * "Add relation…" as edits: a new relation (or more evidence for the one with the same ends and type)
 * cited by a whole sentence of a source, with any new actor it names. Pure: checks the form against
 * the graph and says what is wrong field by field.
 */
import type { CurationEdit } from '../../domain/curation';
import { actorIdFor, relationIdFor } from '../../domain/ids';
import { relationKey } from '../../domain/merge';
import type { Actor, ActorKind, Evidence, Graph, RelationType } from '../../domain/types';
import { findActorByName } from './actorNames';
import { citedEvidence, type CitedSpan } from './citedEvidence';
import { typeDefToBring } from './typeChoices';

export type { CitedSpan } from './citedEvidence';

export interface ActorInput {
  /** An actor's label or alias, or the label of a new actor. */
  readonly name: string;
  /** The kind of a new actor; ignored when the name is an existing actor's. */
  readonly kind: ActorKind;
}

export interface AddRelationInput {
  readonly span: CitedSpan;
  readonly source: ActorInput;
  readonly target: ActorInput;
  readonly type: string;
  readonly negated: boolean;
}

export type AddRelationField = 'source' | 'target' | 'type' | 'sentence';

export type AddRelationPlan =
  | {
      readonly ok: true;
      readonly edits: readonly CurationEdit[];
      /** The relation that will hold the sentence: an existing one with the same ends and type, or the new one. */
      readonly relationId: string;
      readonly evidence: Evidence;
    }
  | { readonly ok: false; readonly problems: ReadonlyArray<{ field: AddRelationField; message: string }> };

export function planAddRelation(
  graph: Graph,
  input: AddRelationInput,
  vocabulary: readonly RelationType[],
): AddRelationPlan {
  const problems: Array<{ field: AddRelationField; message: string }> = [];
  const evidence = citedEvidence(graph, input.span, input.negated);
  if (!evidence) problems.push({ field: 'sentence', message: 'The sentence is no longer in its article.' });

  const takenActors = new Set(graph.actors.map((a) => a.id));
  const newActors: Actor[] = [];
  const resolve = (field: 'source' | 'target', who: ActorInput): string | undefined => {
    const name = who.name.trim();
    if (name === '') {
      problems.push({ field, message: field === 'source' ? 'Name who acts.' : 'Name on whom they act.' });
      return undefined;
    }
    const found = findActorByName(graph.actors, name) ?? findActorByName(newActors, name);
    if (found) return found.id;
    const id = actorIdFor(name, (candidate) => takenActors.has(candidate));
    takenActors.add(id);
    newActors.push({ id, label: name, kind: who.kind, aliases: [] });
    return id;
  };
  const source = resolve('source', input.source);
  const target = resolve('target', input.target);
  if (source !== undefined && source === target) {
    problems.push({
      field: 'target',
      message: 'Source and target are the same actor: a relation joins two.',
    });
  }

  const typeDef = typeDefToBring(input.type, graph.relationTypes, vocabulary);
  const type = graph.relationTypes.find((t) => t.id === input.type) ?? typeDef;
  if (!type) problems.push({ field: 'type', message: 'Choose a relation type.' });

  if (problems.length > 0 || !evidence || !type || source === undefined || target === undefined) {
    return { ok: false, problems };
  }
  const key = relationKey(source, target, type.id, type.directed);
  const directedOf = new Map(graph.relationTypes.map((t) => [t.id, t.directed]));
  const held = graph.relations.find(
    (r) => relationKey(r.source, r.target, r.type, directedOf.get(r.type) ?? true) === key,
  );
  const takenRelations = new Set(graph.relations.map((r) => r.id));
  const relationId = held?.id ?? relationIdFor(source, target, type.id, (id) => takenRelations.has(id));
  const edits: CurationEdit[] = [
    ...newActors.map((actor): CurationEdit => ({ op: 'addActor', actor })),
    {
      op: 'addRelation',
      relation: { id: relationId, source, target, type: type.id, evidence: [evidence] },
      ...(typeDef ? { typeDef } : {}),
    },
  ];
  return { ok: true, edits, relationId, evidence };
}
