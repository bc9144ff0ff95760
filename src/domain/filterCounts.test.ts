import { describe, expect, it } from 'vitest';
import { countWhatFiltersLeave, type VisibilityOf } from './filterCounts';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { actor, evidence, relation, relationType, source } from './testing';
import type { Graph } from './types';
import { visibilityChain } from './visibilityUpdate';

const graph: Graph = {
  schemaVersion: 1,
  sources: [source('s1', ''), source('s2', '')],
  actors: [actor('ru'), actor('cn'), actor('xi', 'Xi', 'person'), actor('alone', 'Alone', 'group')],
  relationTypes: [relationType('praises', 1), relationType('accuses', 3), relationType('warns', 3)],
  relations: [
    relation('r1', 'ru', 'cn', 'praises', [evidence('s1')]),
    relation('r2', 'xi', 'ru', 'accuses', [evidence('s2')]),
    relation('r3', 'cn', 'xi', 'accuses', [evidence('s1'), evidence('s2')]),
  ],
};

const counts = (filters: Partial<Filters> = {}) => {
  const c = countWhatFiltersLeave(graph, { ...DEFAULT_FILTERS, ...filters });
  return {
    byType: Object.fromEntries(c.byType),
    byKind: Object.fromEntries(c.byKind),
    inGraph: Object.fromEntries(c.inGraph),
  };
};

describe('countWhatFiltersLeave', () => {
  it('counts relations per type and actors in them per kind; an actor with no relation is not counted', () => {
    expect(counts()).toEqual({
      byType: { praises: 1, accuses: 2 },
      byKind: { state: 2, person: 1 },
      inGraph: { praises: 1, accuses: 2 },
    });
  });

  it('follows the sources filter', () => {
    expect(counts({ hiddenSources: ['s2'] })).toMatchObject({
      byType: { praises: 1, accuses: 1 },
      byKind: { state: 2, person: 1 },
      inGraph: { praises: 1, accuses: 2 },
    });
    expect(counts({ hiddenSources: ['s1'] })).toMatchObject({
      byType: { accuses: 2 },
      byKind: { state: 2, person: 1 },
    });
    expect(counts({ hiddenSources: ['s1', 's2'] })).toEqual({
      byType: {},
      byKind: {},
      inGraph: { praises: 1, accuses: 2 },
    });
  });

  it('counts a hidden type or kind as what switching it back on would show', () => {
    const inGraph = { praises: 1, accuses: 2 };
    expect(counts({ hiddenTypes: ['accuses'] })).toEqual({
      byType: { praises: 1, accuses: 2 },
      byKind: { state: 2 },
      inGraph,
    });
    expect(counts({ hiddenKinds: ['person'] })).toEqual({
      byType: { praises: 1 },
      byKind: { state: 2, person: 1 },
      inGraph,
    });
  });

  it('gives the same counts when each variant is updated from its last answer, as the store does', () => {
    const dated: Graph = {
      ...graph,
      sources: [source('s1', '2025-01-10'), source('s2', '2025-02-10')],
    };
    const chains = new Map<string, ReturnType<typeof visibilityChain>>();
    const updating: VisibilityOf = (g, filters, variant) => {
      if (!chains.has(variant)) chains.set(variant, visibilityChain());
      return chains.get(variant)!({ graph: g, filters, focus: null });
    };
    const plain = (c: ReturnType<typeof countWhatFiltersLeave>) => ({
      byType: Object.fromEntries(c.byType),
      byKind: Object.fromEntries(c.byKind),
    });
    const january = { from: '2025-01-01', to: '2025-01-31' };
    const february = { from: '2025-02-01', to: '2025-02-28' };
    const hiddenTypes = ['praises'];
    const hiddenKinds = ['person' as const];
    // A Play run, then the same with a type and then a kind switched off.
    const steps: Partial<Filters>[] = [
      {},
      { timeWindow: january },
      { timeWindow: february },
      { timeWindow: january, hiddenTypes },
      { timeWindow: february, hiddenTypes },
      { timeWindow: february, hiddenKinds },
      { timeWindow: january, hiddenKinds },
      { hiddenKinds },
    ];
    const seen = steps.map((step) => {
      const filters = { ...DEFAULT_FILTERS, ...step };
      const updated = plain(countWhatFiltersLeave(dated, filters, updating));
      expect(updated).toEqual(plain(countWhatFiltersLeave(dated, filters)));
      return updated;
    });
    // The window does change the counts, so the comparison above compares something.
    expect(seen[1]).toEqual({ byType: { praises: 1, accuses: 1 }, byKind: { state: 2, person: 1 } });
    expect(seen[2]).toEqual({ byType: { accuses: 2 }, byKind: { state: 2, person: 1 } });
  });
});
