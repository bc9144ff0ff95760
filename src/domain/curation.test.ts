import { describe, expect, it } from 'vitest';
import { applyEdits, type CurationEdit } from './curation';
import { isRejected, isUnreviewed, statusOf } from './review';
import { actor, evidence, relation, relationType } from './testing';
import type { Graph, Relation } from './types';

const extracted = (start: number) => evidence('s1', { start, end: start + 1, confidence: 0.7 });

function graph(): Graph {
  return {
    schemaVersion: 1,
    sources: [],
    actors: [actor('china'), actor('russia'), actor('usa'), actor('prc', 'PRC')],
    relationTypes: [
      relationType('supports', 1),
      relationType('accuses', 3),
      relationType('allies_with', 2, false),
      { id: 'likes', label: 'likes', directed: true, polarity: 'unknown', cameo: [], plover: '' },
    ],
    relations: [
      relation('c>r:supports', 'china', 'russia', 'supports', [extracted(1)]),
      relation('u>c:accuses', 'usa', 'china', 'accuses', [evidence('s1', { start: 5, end: 6 })]),
      relation('p>u:accuses', 'prc', 'usa', 'accuses', [extracted(9)]),
      relation('p>r:supports', 'prc', 'russia', 'supports', [extracted(12)]),
      relation('u>r:likes', 'usa', 'russia', 'likes', []),
      relation('p>c:supports', 'prc', 'china', 'supports', [extracted(20)]),
    ],
  };
}

const run = (...edits: CurationEdit[]) => applyEdits(graph(), edits);
const rel = (g: Graph, id: string): Relation | undefined => g.relations.find((r) => r.id === id);

describe('applyEdits', () => {
  it('returns the same graph when there is nothing to apply, and never mutates its input', () => {
    const g = graph();
    expect(applyEdits(g, [])).toBe(g);
    const before = JSON.stringify(g);
    applyEdits(g, [
      { op: 'mergeActors', from: 'prc', into: 'china' },
      { op: 'deleteActor', actorId: 'usa' },
    ]);
    expect(JSON.stringify(g)).toBe(before);
  });

  it('accepts, rejects and restores a relation; curated sentences keep their status', () => {
    const accepted = run({ op: 'review', relationId: 'c>r:supports', status: 'accepted' });
    expect(rel(accepted, 'c>r:supports')?.evidence.map(statusOf)).toEqual(['accepted']);
    expect(isUnreviewed(rel(accepted, 'c>r:supports')!)).toBe(false);
    const rejected = run({ op: 'review', relationId: 'c>r:supports', status: 'rejected' });
    expect(isRejected(rel(rejected, 'c>r:supports')!)).toBe(true);
    const restored = run(
      { op: 'review', relationId: 'c>r:supports', status: 'rejected' },
      { op: 'review', relationId: 'c>r:supports', status: 'extracted' },
    );
    expect(isUnreviewed(rel(restored, 'c>r:supports')!)).toBe(true);
    const curated = run({ op: 'review', relationId: 'u>c:accuses', status: 'rejected' });
    expect(rel(curated, 'u>c:accuses')?.evidence.map(statusOf)).toEqual(['curated']);
  });

  it('retypes, reverses and negates; a relation that comes to coincide with another joins its evidence', () => {
    const retyped = run({ op: 'updateRelation', relationId: 'c>r:supports', type: 'accuses', negated: true });
    expect(rel(retyped, 'c>r:supports')).toMatchObject({ type: 'accuses' });
    expect(rel(retyped, 'c>r:supports')?.evidence.every((e) => e.negated === true)).toBe(true);
    const reversed = run({ op: 'updateRelation', relationId: 'u>c:accuses', source: 'china', target: 'usa' });
    expect(rel(reversed, 'u>c:accuses')).toMatchObject({ source: 'china', target: 'usa' });
    // PRC accuses the US, changed to the US accuses China: that relation exists, so the two join.
    const joined = run({ op: 'updateRelation', relationId: 'p>u:accuses', source: 'usa', target: 'china' });
    expect(rel(joined, 'p>u:accuses')).toBeUndefined();
    expect(rel(joined, 'u>c:accuses')?.evidence.map((e) => e.start)).toEqual([5, 9]);
  });

  it('a reversal swaps the marks of the two actor mentions; no edit makes an actor act on itself', () => {
    const spans = { cue: [2, 4] as const, source: [0, 1] as const, target: [5, 7] as const };
    const marked = {
      ...graph(),
      relations: [relation('c>r', 'china', 'russia', 'supports', [extracted(1)])],
    };
    marked.relations[0] = { ...marked.relations[0]!, evidence: [{ ...extracted(1), spans }] };
    const reversed = applyEdits(marked, [
      { op: 'updateRelation', relationId: 'c>r', source: 'russia', target: 'china' },
    ]);
    expect(rel(reversed, 'c>r')?.evidence[0]?.spans).toEqual({ cue: [2, 4], source: [5, 7], target: [0, 1] });
    const moved = applyEdits(marked, [{ op: 'updateRelation', relationId: 'c>r', target: 'usa' }]);
    expect(rel(moved, 'c>r')?.evidence[0]?.spans).toEqual(spans);
    const loop = run({ op: 'updateRelation', relationId: 'c>r:supports', target: 'china' });
    expect(rel(loop, 'c>r:supports')).toMatchObject({ source: 'china', target: 'russia' });
  });

  it('merges two actors: relations move, coinciding ones join, names become aliases, loops go', () => {
    const merged = run({ op: 'mergeActors', from: 'prc', into: 'china' });
    expect(merged.actors.map((a) => a.id)).toEqual(['china', 'russia', 'usa']);
    expect(merged.actors[0]?.aliases).toEqual(['PRC']);
    expect(rel(merged, 'p>u:accuses')).toMatchObject({ source: 'china', target: 'usa' });
    expect(rel(merged, 'p>r:supports')).toBeUndefined();
    expect(rel(merged, 'c>r:supports')?.evidence.map((e) => e.start)).toEqual([1, 12]);
    expect(rel(merged, 'p>c:supports')).toBeUndefined(); // PRC supports China: one actor now
  });

  it('adds a relation, or joins the one with the same ends and type; adds and removes sentences', () => {
    const sentence = evidence('s1', { start: 30, end: 31, status: 'curated' });
    const added = run({
      op: 'addRelation',
      relation: relation('r>u:allies_with', 'russia', 'usa', 'allies_with', [sentence]),
    });
    expect(rel(added, 'r>u:allies_with')?.evidence).toEqual([sentence]);
    // Symmetric: usa–russia is the same relation.
    const joined = run(
      {
        op: 'addRelation',
        relation: relation('r>u:allies_with', 'russia', 'usa', 'allies_with', [sentence]),
      },
      { op: 'addRelation', relation: relation('x', 'usa', 'russia', 'allies_with', [evidence('s1')]) },
    );
    expect(joined.relations.filter((r) => r.type === 'allies_with')).toHaveLength(1);
    expect(rel(joined, 'r>u:allies_with')?.evidence).toHaveLength(2);
    const more = run({ op: 'addEvidence', relationId: 'u>r:likes', evidence: sentence });
    expect(rel(more, 'u>r:likes')?.evidence).toEqual([sentence]);
    const less = run({ op: 'removeEvidence', relationId: 'c>r:supports', sourceId: 's1', start: 1, end: 2 });
    expect(rel(less, 'c>r:supports')?.evidence).toEqual([]);
  });

  it('brings a new type with the relation that needs it, and maps an imported type onto the vocabulary', () => {
    const condemns = relationType('denounces', 3);
    const added = run({
      op: 'addRelation',
      relation: relation('c>u:denounces', 'china', 'usa', 'denounces', [evidence('s1')]),
      typeDef: condemns,
    });
    expect(added.relationTypes.map((t) => t.id)).toContain('denounces');
    const mapped = run({ op: 'mapType', from: 'likes', to: 'supports' });
    expect(rel(mapped, 'u>r:likes')).toMatchObject({ type: 'supports' });
    expect(mapped.relationTypes.map((t) => t.id)).not.toContain('likes');
  });

  it('deletes actors with their relations, deletes relations, edits actors and notes', () => {
    const g = run(
      { op: 'deleteActor', actorId: 'usa' },
      { op: 'deleteRelation', relationId: 'c>r:supports' },
      { op: 'updateActor', actorId: 'prc', label: " People's Republic ", kind: 'state', aliases: ['PRC'] },
      { op: 'updateRelation', relationId: 'p>r:supports', note: 'check the date' },
    );
    expect(g.relations.map((r) => r.id)).toEqual(['p>r:supports', 'p>c:supports']);
    expect(g.actors.find((a) => a.id === 'prc')).toMatchObject({
      label: "People's Republic",
      aliases: ['PRC'],
    });
    expect(rel(g, 'p>r:supports')?.note).toBe('check the date');
    const cleared = applyEdits(g, [{ op: 'updateRelation', relationId: 'p>r:supports', note: '' }]);
    expect(rel(cleared, 'p>r:supports')).not.toHaveProperty('note');
  });

  it('skips edits whose actor or relation is gone (an article removed), applying the rest', () => {
    const g = run(
      { op: 'review', relationId: 'missing', status: 'accepted' },
      { op: 'mergeActors', from: 'ghost', into: 'china' },
      { op: 'addRelation', relation: relation('n', 'ghost', 'china', 'supports', [evidence('s1')]) },
      { op: 'review', relationId: 'c>r:supports', status: 'accepted' },
    );
    expect(g.relations).toHaveLength(6);
    expect(rel(g, 'c>r:supports')?.evidence.map(statusOf)).toEqual(['accepted']);
  });
});
