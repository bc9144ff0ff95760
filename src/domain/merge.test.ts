import { describe, expect, it } from 'vitest';
import { mergeGraphs, relationKey, sourceCount } from './merge';
import { actor, evidence, relation, relationType } from './testing';
import type { Graph } from './types';

const text = 'A praised B. B praised A. A and B are allies.';
const base: Graph = {
  schemaVersion: 1,
  sources: [{ id: 's1', title: 'T', author: 'X', publisher: 'P', published: '2025-01-01', text }],
  actors: [actor('a', 'A'), actor('b', 'B')],
  relationTypes: [
    relationType('praises', 1, true, { cameo: ['051'], plover: 'SUPPORT' }),
    relationType('allies_with', 1, false, { cameo: ['057'], plover: 'SUPPORT' }),
  ],
  relations: [
    {
      id: 'a>b:praises',
      source: 'a',
      target: 'b',
      type: 'praises',
      evidence: [{ sourceId: 's1', start: 0, end: 12, quote: 'A praised B.' }],
    },
    {
      id: 'a>b:allies_with',
      source: 'a',
      target: 'b',
      type: 'allies_with',
      evidence: [{ sourceId: 's1', start: 26, end: 45, quote: 'A and B are allies.' }],
    },
  ],
};

describe('mergeGraphs', () => {
  it('joins a symmetric relation given the other way round and adds its evidence once', () => {
    const text2 = 'B and A signed an alliance.';
    const add: Graph = {
      ...base,
      sources: [{ id: 's2', title: 'T2', author: 'Y', publisher: 'Q', published: '2025-02-01', text: text2 }],
      relations: [
        {
          id: 'x',
          source: 'b',
          target: 'a',
          type: 'allies_with',
          automatic: true,
          evidence: [{ sourceId: 's2', start: 0, end: 27, quote: text2 }],
        },
        base.relations[0]!,
      ],
    };
    const merged = mergeGraphs(base, add);
    expect(merged.relations).toHaveLength(2);
    const allies = merged.relations.find((r) => r.type === 'allies_with')!;
    expect(allies.id).toBe('a>b:allies_with');
    expect(allies.evidence.map((e) => e.sourceId)).toEqual(['s1', 's2']);
    expect(allies.automatic).toBeUndefined();
    expect(sourceCount(allies)).toBe(2);
    expect(merged.relations[0]!.evidence).toHaveLength(1);
    expect(merged.sources.map((s) => s.id)).toEqual(['s1', 's2']);
    // Inputs untouched.
    expect(base.relations[1]!.evidence).toHaveLength(1);
  });

  it("keeps the base's evidence order (most direct first) and puts new sentences after it", () => {
    const direct = { sourceId: 's1', start: 26, end: 45, quote: 'A and B are allies.' };
    const early = { sourceId: 's1', start: 0, end: 12, quote: 'A praised B.' };
    const curated: Graph = { ...base, relations: [relation('r', 'a', 'b', 'allies_with', [direct])] };
    const add: Graph = { ...base, relations: [relation('r', 'a', 'b', 'allies_with', [early])] };
    expect(mergeGraphs(curated, add).relations[0]?.evidence).toEqual([direct, early]);
  });

  it('keeps directed relations in opposite directions apart', () => {
    const add: Graph = {
      ...base,
      relations: [
        {
          id: 'b>a:praises',
          source: 'b',
          target: 'a',
          type: 'praises',
          evidence: [{ sourceId: 's1', start: 13, end: 25, quote: 'B praised A.' }],
        },
      ],
    };
    expect(mergeGraphs(base, add).relations).toHaveLength(3);
    expect(relationKey('b', 'a', 'praises', true)).toBe('b>a:praises');
    expect(relationKey('b', 'a', 'allies_with', false)).toBe('a>b:allies_with');
  });
});

describe('sourceCount', () => {
  it('counts distinct sources', () => {
    const ev = evidence('s1', { start: 3, end: 4 });
    const backed = relation('r', 'a', 'b', 'praises', [ev, { ...ev, start: 0 }, { ...ev, sourceId: 's2' }]);
    expect(sourceCount(backed)).toBe(2);
    expect(sourceCount(relation('r', 'a', 'b', 'praises', []))).toBe(0);
  });
});
