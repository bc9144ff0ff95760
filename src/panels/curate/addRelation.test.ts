import { beforeEach, describe, expect, it } from 'vitest';
import { actor, relationType } from '../../domain/testing';
import type { Graph } from '../../domain/types';
import { EMPTY_WORKSPACE } from '../../domain/workspace';
import { forgetHistory, undo, useAppStore } from '../../store';
import { planAddRelation, type AddRelationInput } from './addRelation';
import * as act from './curateActions';

const text = 'China praised Russia. Beijing warned Washington. The PRC Navy sailed.';
const span = (sentence: string) => ({
  sourceId: 's1',
  start: text.indexOf(sentence),
  end: text.indexOf(sentence) + sentence.length,
});
const seed: Graph = {
  schemaVersion: 1,
  sources: [{ id: 's1', title: 'S', author: '', publisher: '', published: '2025-01-01', text }],
  actors: [
    { ...actor('china', 'China'), aliases: ['Beijing'] },
    actor('russia', 'Russia'),
    actor('usa', 'United States'),
  ],
  relationTypes: [relationType('praises', 1), relationType('allies_with', 1, false)],
  relations: [
    {
      id: 'china>russia:praises',
      source: 'china',
      target: 'russia',
      type: 'praises',
      evidence: [{ ...span('China praised Russia.'), quote: 'China praised Russia.' }],
    },
  ],
};
const vocabulary = [relationType('warns', 3), relationType('praises', 1)];
const input = (over: Partial<AddRelationInput>): AddRelationInput => ({
  span: span('Beijing warned Washington.'),
  source: { name: 'Beijing', kind: 'unknown' },
  target: { name: 'united states', kind: 'unknown' },
  type: 'warns',
  negated: false,
  ...over,
});
const state = () => useAppStore.getState();

beforeEach(() => {
  state().initWorkspace(seed, EMPTY_WORKSPACE);
  forgetHistory();
  state().clearSelection();
});

describe('planAddRelation', () => {
  it('cites the whole sentence by offsets, names actors by alias, and brings a vocabulary type along', () => {
    const plan = planAddRelation(seed, input({}), vocabulary);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.relationId).toBe('china>usa:warns');
    expect(plan.edits).toEqual([
      {
        op: 'addRelation',
        relation: {
          id: 'china>usa:warns',
          source: 'china',
          target: 'usa',
          type: 'warns',
          evidence: [
            { ...span('Beijing warned Washington.'), quote: 'Beijing warned Washington.', status: 'curated' },
          ],
        },
        typeDef: vocabulary[0],
      },
    ]);
  });

  it('creates a new actor with a unique slug id from its label and kind', () => {
    const withNew = planAddRelation(
      { ...seed, actors: [...seed.actors, actor('prc-navy', 'Old navy')] },
      input({
        span: span('The PRC Navy sailed.'),
        source: { name: 'PRC Navy', kind: 'organization' },
        negated: true,
      }),
      vocabulary,
    );
    expect(withNew.ok && withNew.edits[0]).toEqual({
      op: 'addActor',
      actor: { id: 'prc-navy-2', label: 'PRC Navy', kind: 'organization', aliases: [] },
    });
    expect(withNew.ok && withNew.evidence.negated).toBe(true);
  });

  it('joins the relation that already has those ends and type, symmetric types either way round', () => {
    const plan = planAddRelation(
      seed,
      input({
        source: { name: 'Russia', kind: 'unknown' },
        target: { name: 'China', kind: 'unknown' },
        type: 'praises',
      }),
      vocabulary,
    );
    expect(plan.ok && plan.relationId).toBe('russia>china:praises');
    const held = { ...seed.relations[0]!, id: 'ally', type: 'allies_with' };
    const plan2 = planAddRelation(
      { ...seed, relations: [held] },
      input({
        source: { name: 'Russia', kind: 'unknown' },
        target: { name: 'China', kind: 'unknown' },
        type: 'allies_with',
      }),
      vocabulary,
    );
    expect(plan2.ok && plan2.relationId).toBe('ally');
  });

  it('says what is missing, field by field', () => {
    const plan = planAddRelation(
      seed,
      input({
        source: { name: ' ', kind: 'unknown' },
        type: '',
        span: { sourceId: 'gone', start: 0, end: 3 },
      }),
      vocabulary,
    );
    expect(plan.ok ? [] : plan.problems.map((p) => p.field)).toEqual(['sentence', 'source', 'type']);
    const same = planAddRelation(
      seed,
      input({ source: { name: 'China', kind: 'unknown' }, target: { name: 'beijing ', kind: 'unknown' } }),
      vocabulary,
    );
    expect(same.ok ? [] : same.problems).toEqual([
      { field: 'target', message: 'Source and target are the same actor: a relation joins two.' },
    ]);
  });
});

describe('curation actions', () => {
  it('adds a relation in one undoable step and selects it on its new sentence', () => {
    const plan = planAddRelation(seed, input({ source: { name: 'Navy', kind: 'organization' } }), vocabulary);
    if (!plan.ok) throw new Error('plan failed');
    act.addRelation(plan);
    const added = state().index.relations.get('navy>usa:warns');
    expect(added?.evidence[0]?.quote).toBe('Beijing warned Washington.');
    expect(state().index.actors.get('navy')?.kind).toBe('organization');
    expect(state().selection).toEqual({ kind: 'relation', id: 'navy>usa:warns', evidenceIndex: 0 });
    undo();
    expect(state().index.actors.has('navy')).toBe(false);
    expect(state().index.relations.has('navy>usa:warns')).toBe(false);
  });

  it('adds a sentence as evidence and makes it the active one', () => {
    const relation = state().index.relations.get('china>russia:praises')!;
    expect(act.addEvidence(relation, span('The PRC Navy sailed.'))).toBe(true);
    expect(
      state()
        .index.relations.get(relation.id)
        ?.evidence.map((e) => e.quote),
    ).toEqual(['China praised Russia.', 'The PRC Navy sailed.']);
    expect(state().selection).toEqual({ kind: 'relation', id: relation.id, evidenceIndex: 1 });
  });

  it('removes the active last sentence and keeps the relation selected on the one before', () => {
    const relation = state().index.relations.get('china>russia:praises')!;
    act.addEvidence(relation, span('The PRC Navy sailed.'));
    act.removeEvidence(state().index.relations.get(relation.id)!, 1, 1);
    expect(state().index.relations.get(relation.id)?.evidence).toHaveLength(1);
    expect(state().selection).toEqual({ kind: 'relation', id: relation.id, evidenceIndex: 0 });
  });

  it('follows a relation that joins another when it is reversed', () => {
    const plan = planAddRelation(
      seed,
      input({
        source: { name: 'Russia', kind: 'unknown' },
        target: { name: 'China', kind: 'unknown' },
        type: 'praises',
      }),
      vocabulary,
    );
    if (!plan.ok) throw new Error('plan failed');
    act.addRelation(plan);
    const reversed = state().index.relations.get('russia>china:praises')!;
    act.updateRelation(reversed, { source: 'china', target: 'russia' });
    expect(state().index.relations.has('russia>china:praises')).toBe(false);
    expect(state().index.relations.get('china>russia:praises')?.evidence).toHaveLength(2);
    expect(state().selection).toMatchObject({ kind: 'relation', id: 'china>russia:praises' });
  });

  it('merges an actor into another and selects the one kept', () => {
    act.mergeActors('usa', 'china');
    expect(state().index.actors.has('usa')).toBe(false);
    expect(state().index.actors.get('china')?.aliases).toContain('United States');
    expect(state().selection).toEqual({ kind: 'actor', id: 'china' });
  });
});
