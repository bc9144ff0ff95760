import { describe, expect, it } from 'vitest';
import { countWhatFiltersLeave } from './filterCounts';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { actor, evidence, relation, relationType, source } from './testing';
import type { Graph } from './types';

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
});
