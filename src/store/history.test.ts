import { beforeEach, describe, expect, it } from 'vitest';
import { actor, relationType } from '../domain/testing';
import type { Graph } from '../domain/types';
import { EMPTY_WORKSPACE } from '../domain/workspace';
import { HISTORY_LIMIT } from './history';
import { forgetHistory, history, redo, undo, useAppStore } from './index';

const ev = { sourceId: 's1', start: 0, end: 1, quote: 'x', confidence: 0.6 };
const seed: Graph = {
  schemaVersion: 1,
  sources: [{ id: 's1', title: 'S', author: '', publisher: '', published: '2025-01-01', text: 'x' }],
  actors: [actor('a', 'A'), actor('b', 'B')],
  relationTypes: [relationType('praises', 1), relationType('warns', 3)],
  relations: [{ id: 'ab', source: 'a', target: 'b', type: 'praises', evidence: [ev] }],
};
const file: Graph = {
  ...seed,
  sources: [],
  actors: [actor('b', 'B'), actor('c', 'C')],
  relationTypes: [
    { id: 'knows', label: 'knows', directed: true, polarity: 'unknown', cameo: [], plover: '' },
  ],
  relations: [{ id: 'bc', source: 'b', target: 'c', type: 'knows', evidence: [] }],
};
const store = useAppStore;
const ids = () => store.getState().graph.relations.map((r) => r.id);

beforeEach(() => {
  store.getState().initWorkspace(seed, EMPTY_WORKSPACE);
  forgetHistory();
});

describe('workspace history', () => {
  it('a curation edit changes the graph on screen; undo and redo step it back and forth', () => {
    store.getState().curate({ op: 'updateRelation', relationId: 'ab', type: 'warns' });
    expect(store.getState().graph.relations[0]?.type).toBe('warns');
    expect(undo()).toBe(true);
    expect(store.getState().graph.relations[0]?.type).toBe('praises');
    expect(redo()).toBe(true);
    expect(store.getState().graph.relations[0]?.type).toBe('warns');
    expect(redo()).toBe(false);
  });

  it('Open… replace drops what was there; merge keeps it; both undo', () => {
    store.getState().curate({ op: 'review', relationId: 'ab', status: 'accepted' });
    store.getState().importGraph(file, 'map.gexf', 'merge');
    expect(ids()).toEqual(['ab', 'bc']);
    expect(store.getState().graph.relations[0]?.evidence[0]?.status).toBe('accepted'); // edits stay on top
    expect(store.getState().workspace.base).toMatchObject({ fileName: 'curated data + map.gexf' });
    store.getState().importGraph(file, 'map.gexf', 'replace');
    expect(ids()).toEqual(['bc']);
    expect(store.getState().workspace.edits).toEqual([]);
    undo();
    expect(ids()).toEqual(['ab', 'bc']);
    undo();
    expect(ids()).toEqual(['ab']);
  });

  it('reset and article removal undo too; start-up is not a step', () => {
    store.getState().curate({ op: 'deleteRelation', relationId: 'ab' });
    store.getState().resetWorkspace();
    expect(ids()).toEqual(['ab']);
    undo();
    expect(ids()).toEqual([]);
    store.getState().initWorkspace(seed, EMPTY_WORKSPACE);
    forgetHistory();
    expect(undo()).toBe(false);
  });

  it(`keeps ${HISTORY_LIMIT} steps`, () => {
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      store.getState().curate({ op: 'updateRelation', relationId: 'ab', note: `note ${i}` });
    }
    expect(history.getState().pastStates).toHaveLength(HISTORY_LIMIT);
    let steps = 0;
    while (undo()) steps++;
    expect(steps).toBe(HISTORY_LIMIT);
    expect(store.getState().graph.relations[0]?.note).toBe('note 19');
  });

  it('actions outside React: a group of edits is one step', () => {
    store.getState().curate([
      { op: 'addActor', actor: actor('d', 'D') },
      { op: 'mergeActors', from: 'd', into: 'a' },
    ]);
    expect(store.getState().graph.actors.find((a) => a.id === 'a')?.aliases).toEqual(['D']);
    undo();
    expect(store.getState().graph.actors.find((a) => a.id === 'a')?.aliases).toEqual([]);
  });
});
