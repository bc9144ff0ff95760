import { describe, expect, it } from 'vitest';
import { actor } from '../../domain/testing';
import { EMPTY_WORKSPACE, type Workspace } from '../../domain/workspace';
import { describeStep } from './stepWords';
import { deleteActorQuestion, mergeQuestion } from './wording';

describe('mergeQuestion', () => {
  it('says how many relations move, join and go', () => {
    expect(mergeQuestion('PRC', 'China', { moved: 3, joined: 1, dropped: 0 })).toBe(
      'PRC will be merged into China: 3 relations move, 1 joins an existing one, adding its sentences. ' +
        'PRC and its aliases become aliases of China.',
    );
    expect(mergeQuestion('A', 'B', { moved: 1, joined: 2, dropped: 2 })).toContain(
      '1 relation moves, 2 join existing ones, adding their sentences, 2 relations between them go',
    );
    expect(mergeQuestion('A', 'B', { moved: 0, joined: 0, dropped: 0 })).toContain(
      'it has no relations to move',
    );
  });
});

describe('deleteActorQuestion', () => {
  it('counts the relations that go', () => {
    expect(deleteActorQuestion('PRC', 4)).toBe('All 4 relations go with it, sentences and all.');
    expect(deleteActorQuestion('PRC', 1)).toBe('Its 1 relation goes with it, sentences and all.');
    expect(deleteActorQuestion('PRC', 0)).toBe('PRC has no relations; only the actor goes.');
  });
});

describe('describeStep', () => {
  const withEdits = (...edits: Workspace['edits']): Workspace => ({ ...EMPTY_WORKSPACE, edits });
  const merge = { op: 'mergeActors', from: 'a', into: 'b' } as const;

  it('names the edit a step added, not the actors it created on the way', () => {
    const added = withEdits(
      merge,
      { op: 'addActor', actor: actor('n') },
      {
        op: 'addRelation',
        relation: { id: 'r', source: 'n', target: 'b', type: 't', evidence: [] },
      },
    );
    expect(describeStep(withEdits(merge), added)).toBe('adding a relation');
    expect(describeStep(EMPTY_WORKSPACE, withEdits(merge))).toBe('merging two actors');
    expect(describeStep(EMPTY_WORKSPACE, withEdits({ op: 'addActor', actor: actor('n') }))).toBe(
      'adding an actor',
    );
  });

  it('names articles, files and resets', () => {
    const graph = { schemaVersion: 1, sources: [], actors: [], relationTypes: [], relations: [] } as const;
    const article: Workspace = { ...EMPTY_WORKSPACE, articles: [{ id: 'x', addedAt: '', graph }] };
    expect(describeStep(EMPTY_WORKSPACE, article)).toBe('adding an article');
    expect(describeStep(article, { ...article, articles: [] })).toBe('removing an article');
    expect(describeStep(article, EMPTY_WORKSPACE)).toBe('resetting to default data');
    const opened: Workspace = { ...EMPTY_WORKSPACE, base: { kind: 'imported', fileName: 'f', graph } };
    expect(describeStep(EMPTY_WORKSPACE, opened)).toBe('opening a graph file');
    expect(describeStep(withEdits(merge), EMPTY_WORKSPACE)).toBe('resetting to default data');
  });
});
