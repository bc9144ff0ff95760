import { describe, expect, it } from 'vitest';
import { mergedLabel, mergeParallel, pairKey } from './parallel';
import { relationType } from './testing';
import type { Relation } from './types';

const types = new Map(
  [
    relationType('praises', 1),
    relationType('courts', 1),
    relationType('allies_with', 1, false),
    relationType('warns', 3),
  ].map((t) => [t.id, t]),
);
const rel = (id: string, source: string, target: string, t: string, n = 1): Relation => ({
  id,
  source,
  target,
  type: t,
  evidence: Array.from({ length: n }, (_, i) => ({ sourceId: 's', start: i, end: i + 1, quote: 'x' })),
});

const relations = [
  rel('r1', 'ru', 'cn', 'praises', 2),
  rel('r2', 'ru', 'cn', 'courts', 1),
  rel('r3', 'cn', 'ru', 'allies_with', 3),
  rel('r4', 'ru', 'us', 'warns'),
  rel('r5', 'ru', 'us', 'warns', 2),
  rel('r6', 'cn', 'us', 'warns'),
];
const all = new Set(relations.map((r) => r.id));

describe('pairKey', () => {
  it('is the same whichever end comes first, and unambiguous', () => {
    expect(pairKey('a', 'b')).toBe(pairKey('b', 'a'));
    expect(pairKey('a|b', 'c')).not.toBe(pairKey('a', 'b|c'));
  });
});

describe('mergeParallel', () => {
  it('merges each pair with two or more visible relations, in either direction', () => {
    const view = mergeParallel(relations, all, types, new Set());
    expect(view.pairs.map((p) => p.relationIds)).toEqual([
      ['r1', 'r2', 'r3'],
      ['r4', 'r5'],
    ]);
    expect([...view.mergedAway].sort()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    const [mixed, same] = view.pairs;
    expect(mixed).toMatchObject({
      evidenceCount: 6,
      quad: 1,
      directed: false,
      typeLabels: ['praises', 'courts', 'allies with'],
    });
    expect(same).toMatchObject({ evidenceCount: 3, quad: 3, directed: true, typeLabels: ['warns'] });
  });

  it('leaves expanded pairs and hidden relations alone', () => {
    const view = mergeParallel(
      relations,
      new Set(['r1', 'r2', 'r4', 'r6']),
      types,
      new Set([pairKey('cn', 'ru')]),
    );
    expect(view.pairs).toEqual([]);
    expect(view.mergedAway.size).toBe(0);
  });

  it('labels a merged edge with its types and counts', () => {
    const view = mergeParallel(relations, all, types, new Set());
    expect(mergedLabel(view.pairs[0]!)).toBe('praises, courts, allies with\n3 relations · 6 sentences');
    const many = { ...view.pairs[0]!, typeLabels: ['a', 'b', 'c', 'd', 'e'] };
    expect(mergedLabel(many).split('\n')[0]).toBe('a, b, c +2');
  });
});
