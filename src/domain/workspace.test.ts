import { describe, expect, it } from 'vitest';
import type { CurationEdit } from './curation';
import { actor, evidence, relation, relationType } from './testing';
import type { Graph } from './types';
import { composeGraph, createComposer, EMPTY_WORKSPACE, type Workspace } from './workspace';

const seed: Graph = {
  schemaVersion: 1,
  sources: [],
  actors: [actor('a'), actor('b'), actor('c')],
  relationTypes: [relationType('praises', 1), relationType('warns', 3)],
  relations: [
    relation('ab', 'a', 'b', 'praises', [evidence('s1', { confidence: 0.5 })]),
    relation('bc', 'b', 'c', 'warns', [evidence('s1')]),
  ],
};
const steps: CurationEdit[] = [
  { op: 'review', relationId: 'ab', status: 'accepted' },
  { op: 'updateRelation', relationId: 'bc', type: 'praises', note: 'n' },
  { op: 'mergeActors', from: 'c', into: 'a' },
  { op: 'updateRelation', relationId: 'ab', source: 'b', target: 'a' },
];

describe('createComposer', () => {
  it('gives what composeGraph gives, one step at a time, and after jumping back (undo)', () => {
    const compose = createComposer();
    const history: Workspace[] = [EMPTY_WORKSPACE];
    for (const step of steps) {
      const prev = history[history.length - 1]!;
      history.push({ ...prev, edits: [...prev.edits, step] });
    }
    const results = history.map((w) => compose(seed, w));
    history.forEach((w, i) => expect(results[i]).toEqual(composeGraph(seed, w)));
    // Undo: the step next door comes back as the very same graph.
    expect(compose(seed, history[3]!)).toBe(results[3]);
    // A branch after undo (a new edit on an earlier step) is composed afresh and still right.
    const branch = { ...history[1]!, edits: [...history[1]!.edits, steps[2]!] };
    expect(compose(seed, branch)).toEqual(composeGraph(seed, branch));
  });

  it('an undo far back starts from a checkpoint and still gives what composeGraph gives', () => {
    const compose = createComposer();
    const history: Workspace[] = [EMPTY_WORKSPACE];
    for (let i = 0; i < 40; i++) {
      const prev = history[history.length - 1]!;
      const edit: CurationEdit = { op: 'updateRelation', relationId: i % 2 ? 'ab' : 'bc', note: `n${i}` };
      history.push({ ...prev, edits: [...prev.edits, edit] });
      compose(seed, history[history.length - 1]!);
    }
    for (const back of [35, 20, 3])
      expect(compose(seed, history[back]!)).toEqual(composeGraph(seed, history[back]!));
  });

  it('leaves untouched collections as the same arrays, so indexes can be reused', () => {
    const compose = createComposer();
    const g = compose(seed, { ...EMPTY_WORKSPACE, edits: [steps[0]!] });
    expect(g.actors).toBe(seed.actors);
    expect(g.relationTypes).toBe(seed.relationTypes);
    expect(g.relations).not.toBe(seed.relations);
  });
});
