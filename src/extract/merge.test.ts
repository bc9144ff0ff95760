import { describe, expect, it } from 'vitest';
import type { Evidence, Graph, Relation } from '../domain/types';
import { extract } from './extract';
import { mergeGraphs } from '../domain/merge';
import { RELATION_TYPES } from './vocabulary';

const text = 'Iran accused Israel. Egypt and Qatar held talks.';
const evidence = (start: number, end: number, extra: Partial<Evidence> = {}): Evidence => ({
  sourceId: 's1',
  start,
  end,
  quote: text.slice(start, end),
  ...extra,
});
const relation = (
  id: string,
  source: string,
  target: string,
  type: string,
  items: Evidence[],
  automatic?: boolean,
): Relation => ({
  id,
  source,
  target,
  type,
  evidence: items,
  ...(automatic ? { automatic } : {}),
});

function graph(relations: Relation[], overrides: Partial<Graph> = {}): Graph {
  return {
    schemaVersion: 1,
    sources: [{ id: 's1', title: 'T', author: '', publisher: '', published: '2025-01-01', text }],
    actors: [
      { id: 'iran', label: 'Iran', kind: 'state', aliases: ['Tehran'] },
      { id: 'israel', label: 'Israel', kind: 'state', aliases: [] },
    ],
    relationTypes: RELATION_TYPES,
    relations,
    ...overrides,
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

describe('mergeGraphs', () => {
  it('joins relations with the same source, target and type and adds their evidence', () => {
    const base = graph([relation('iran>israel:accuses', 'iran', 'israel', 'accuses', [evidence(0, 20)])]);
    const add = graph([
      relation('x', 'iran', 'israel', 'accuses', [evidence(0, 20), evidence(21, 49)], true),
    ]);
    const merged = mergeGraphs(base, add);
    expect(merged.relations).toHaveLength(1);
    expect(merged.relations[0]?.id).toBe('iran>israel:accuses');
    expect(merged.relations[0]?.evidence.map((e) => e.start)).toEqual([0, 21]);
    expect(merged.relations[0]?.automatic).toBeUndefined();
  });

  it('joins symmetric relations whatever the order of their ends', () => {
    const base = graph([
      relation('egypt>qatar:negotiates_with', 'egypt', 'qatar', 'negotiates_with', [evidence(21, 49)]),
    ]);
    const add = graph([
      relation('qatar>egypt:negotiates_with', 'qatar', 'egypt', 'negotiates_with', [
        evidence(21, 49, { confidence: 0.8 }),
      ]),
    ]);
    const merged = mergeGraphs(base, add);
    expect(merged.relations).toHaveLength(1);
    // Identical evidence (same sentence, same negation) is kept once, the base's copy.
    expect(merged.relations[0]?.evidence).toEqual([evidence(21, 49)]);
  });

  it('keeps directed relations in opposite directions apart, and negated evidence beside positive', () => {
    const base = graph([relation('iran>israel:accuses', 'iran', 'israel', 'accuses', [evidence(0, 20)])]);
    const add = graph([
      relation('israel>iran:accuses', 'israel', 'iran', 'accuses', [evidence(0, 20)]),
      relation('iran>israel:accuses', 'iran', 'israel', 'accuses', [evidence(0, 20, { negated: true })]),
    ]);
    const merged = mergeGraphs(base, add);
    expect(merged.relations.map((r) => r.id)).toEqual(['iran>israel:accuses', 'israel>iran:accuses']);
    expect(merged.relations[0]?.evidence).toHaveLength(2);
  });

  it('unions actors, relation types and sources by id, the base winning', () => {
    const base = graph([], { relationTypes: RELATION_TYPES.slice(0, 3) });
    const add = graph([], {
      actors: [
        { id: 'iran', label: 'Islamic Republic', kind: 'state', aliases: ['Persia', 'Tehran'] },
        { id: 'qatar', label: 'Qatar', kind: 'state', aliases: [] },
      ],
      sources: [
        { id: 's2', title: 'Other', author: '', publisher: '', published: '2025-01-02', text: 'Other text.' },
      ],
    });
    const merged = mergeGraphs(base, add);
    expect(merged.actors.map((a) => a.id)).toEqual(['iran', 'israel', 'qatar']);
    expect(merged.actors[0]).toEqual({
      id: 'iran',
      label: 'Iran',
      kind: 'state',
      aliases: ['Tehran', 'Persia'],
    });
    expect(merged.relationTypes).toHaveLength(RELATION_TYPES.length);
    expect(merged.sources.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('treats a source with the same text as the same document', () => {
    const base = graph([]);
    const extracted = extract(text, { title: 'Again', published: '2025-01-01' });
    const merged = mergeGraphs(base, extracted);
    expect(merged.sources).toHaveLength(1);
    for (const r of merged.relations) for (const e of r.evidence) expect(e.sourceId).toBe('s1');
  });

  it('renames a different source whose id is taken, and its evidence with it', () => {
    const base = graph([]);
    const other = 'Iran praised Qatar.';
    const add: Graph = {
      ...graph([
        relation('iran>qatar:praises', 'iran', 'qatar', 'praises', [
          { sourceId: 's1', start: 0, end: other.length, quote: other },
        ]),
      ]),
      sources: [
        { id: 's1', title: 'Other', author: '', publisher: '', published: '2025-01-01', text: other },
      ],
    };
    const merged = mergeGraphs(base, add);
    expect(merged.sources.map((s) => s.id)).toEqual(['s1', 's1-2']);
    expect(merged.relations[0]?.evidence[0]?.sourceId).toBe('s1-2');
  });

  it('never mutates its inputs', () => {
    const base = deepFreeze(
      graph([relation('iran>israel:accuses', 'iran', 'israel', 'accuses', [evidence(0, 20)])]),
    );
    const add = deepFreeze(extract(text, { title: 'T', published: '2025-01-01' }));
    const before = JSON.stringify([base, add]);
    expect(() => mergeGraphs(base, add)).not.toThrow();
    expect(JSON.stringify([base, add])).toBe(before);
  });

  it('merging a graph into itself changes nothing', () => {
    const g = extract(text, { title: 'T', published: '2025-01-01' });
    expect(mergeGraphs(g, g)).toEqual(g);
  });
});
