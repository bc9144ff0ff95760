import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../domain/curation';
import { isNegatedOnly } from '../../domain/graphIndex';
import { actor, evidence, relation, relationType } from '../../domain/testing';
import type { Graph } from '../../domain/types';
import {
  actorProblem,
  canReverse,
  changeActorEdit,
  changeTypeEdit,
  followRelation,
  neighbourOf,
  resolveActor,
  reverseEdit,
  toggleNegatedEdit,
  typeChoices,
} from './reviewEdits';

const graph: Graph = {
  schemaVersion: 1,
  sources: [],
  actors: [
    actor('germany', 'Germany'),
    { ...actor('russia', 'Russia'), aliases: ['Moscow', 'the Kremlin'] },
    actor('poland', 'Poland'),
    actor('ukraine', 'Ukraine'),
  ],
  relationTypes: [relationType('accuses', 3), relationType('allies_with', 1, false)],
  relations: [
    relation('g>r', 'germany', 'russia', 'accuses', [evidence('s', { start: 4, confidence: 0.8 })]),
    relation('r>g', 'russia', 'germany', 'accuses', [evidence('s', { start: 9 })]),
  ],
};
const first = graph.relations[0]!;
const warns = relationType('warns', 3);

describe('review edits', () => {
  it('reverse swaps the ends; symmetric types are not offered it', () => {
    expect(canReverse(graph.relationTypes[0])).toBe(true);
    expect(canReverse(graph.relationTypes[1])).toBe(false);
    const after = applyEdits(graph, [reverseEdit(first)]);
    // Russia accuses Germany exists already: the two join, and the panel follows to the joined one.
    expect(followRelation(first, after)?.id).toBe('r>g');
    expect(followRelation(first, after)?.evidence.map((e) => e.start)).toEqual([9, 4]);
  });

  it('negation toggles every sentence', () => {
    const negated = applyEdits(graph, [toggleNegatedEdit(first)]);
    expect(isNegatedOnly(followRelation(first, negated)!)).toBe(true);
    const back = applyEdits(negated, [toggleNegatedEdit(followRelation(first, negated)!)]);
    expect(isNegatedOnly(followRelation(first, back)!)).toBe(false);
  });

  it('a type from the vocabulary the graph lacks brings its definition', () => {
    expect(changeTypeEdit(first, graph.relationTypes[1]!, graph)).not.toHaveProperty('typeDef');
    const edit = changeTypeEdit(first, warns, graph);
    expect(edit).toMatchObject({ type: 'warns', typeDef: warns });
    const after = applyEdits(graph, [edit]);
    expect(after.relationTypes.map((t) => t.id)).toContain('warns');
    expect(followRelation(first, after)?.type).toBe('warns');
    expect(typeChoices(graph, [graph.relationTypes[0]!, warns]).more).toEqual([warns]);
  });

  it('changes an actor found by label or alias, and refuses a loop or no change', () => {
    expect(resolveActor(graph.actors, 'the kremlin')?.id).toBe('russia');
    expect(resolveActor(graph.actors, 'Ukr')?.id).toBe('ukraine');
    expect(resolveActor(graph.actors, 'Atlantis')).toBeUndefined();
    expect(actorProblem(first, 'target', graph.actors[3])).toBeNull();
    expect(actorProblem(first, 'target', graph.actors[0])).toBe('Germany cannot act on itself.');
    expect(actorProblem(first, 'source', graph.actors[0])).toBe('Germany is already the source.');
    expect(actorProblem(first, 'source', undefined)).toMatch(/No actor/);
    const after = applyEdits(graph, [changeActorEdit(first, 'target', 'ukraine')]);
    expect(followRelation(first, after)).toMatchObject({ source: 'germany', target: 'ukraine' });
  });

  it('moves on to the next item, else the one before', () => {
    expect(neighbourOf(['a', 'b', 'c'], 'b')).toBe('c');
    expect(neighbourOf(['a', 'b', 'c'], 'c')).toBe('b');
    expect(neighbourOf(['a'], 'a')).toBeNull();
  });
});
