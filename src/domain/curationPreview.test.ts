import { describe, expect, it } from 'vitest';
import { previewMerge, relationsOfActor } from './curationPreview';
import { actor, evidence, relation, relationType } from './testing';
import type { Graph } from './types';

const graph: Graph = {
  schemaVersion: 1,
  sources: [],
  actors: [actor('china'), actor('prc', 'PRC'), actor('russia'), actor('usa')],
  relationTypes: [
    relationType('supports', 1),
    relationType('accuses', 3),
    relationType('allies_with', 1, false),
  ],
  relations: [
    relation('c>r:supports', 'china', 'russia', 'supports', [evidence('s', { start: 1, end: 2 })]),
    // Coincides with the one above once PRC is China.
    relation('p>r:supports', 'prc', 'russia', 'supports', [evidence('s', { start: 3, end: 4 })]),
    relation('p>u:accuses', 'prc', 'usa', 'accuses', [evidence('s', { start: 5, end: 6 })]),
    relation('r>p:accuses', 'russia', 'prc', 'accuses', [evidence('s', { start: 7, end: 8 })]),
    // Between the two: it goes.
    relation('p>c:allies_with', 'prc', 'china', 'allies_with', [evidence('s', { start: 9, end: 10 })]),
  ],
};

describe('previewMerge', () => {
  it('counts relations that move, join an existing one, and go', () => {
    expect(previewMerge(graph, 'prc', 'china')).toEqual({ moved: 2, joined: 1, dropped: 1 });
  });

  it('counts nothing for an actor without relations or an actor merged into itself', () => {
    expect(previewMerge(graph, 'usa', 'usa')).toEqual({ moved: 0, joined: 0, dropped: 0 });
    const lone: Graph = { ...graph, actors: [...graph.actors, actor('lone')] };
    expect(previewMerge(lone, 'lone', 'china')).toEqual({ moved: 0, joined: 0, dropped: 0 });
  });
});

describe('relationsOfActor', () => {
  it('counts every relation an actor takes part in, either way round', () => {
    expect(relationsOfActor(graph, 'prc')).toBe(4);
    expect(relationsOfActor(graph, 'usa')).toBe(1);
  });
});
