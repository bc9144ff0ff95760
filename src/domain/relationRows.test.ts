import { describe, expect, it } from 'vitest';
import { indexGraph } from './graphIndex';
import { DEFAULT_ROW_SORT, nextSort, relationRows, sortRows } from './relationRows';
import { actor, relationType } from './testing';
import type { Graph } from './types';

const ev = (sourceId: string, negated = false) => ({
  sourceId,
  start: 0,
  end: 1,
  quote: 'x',
  ...(negated ? { negated } : {}),
});
const graph: Graph = {
  schemaVersion: 1,
  sources: [],
  actors: [actor('ru', 'Russia'), actor('cn', 'China'), actor('us', 'USA')],
  relationTypes: [relationType('praises', 1), relationType('allies_with', 1, false)],
  relations: [
    { id: 'r1', source: 'ru', target: 'cn', type: 'praises', evidence: [ev('a'), ev('b'), ev('a')] },
    { id: 'r2', source: 'cn', target: 'us', type: 'allies_with', evidence: [ev('a', true)] },
    { id: 'r3', source: 'us', target: 'ru', type: 'praises', evidence: [ev('a'), ev('a')] },
  ],
};
const rows = relationRows(indexGraph(graph), ['r1', 'r2', 'r3', 'missing']);

describe('relationRows', () => {
  it('resolves labels and counts sentences and distinct sources', () => {
    expect(rows).toEqual([
      {
        id: 'r1',
        source: 'Russia',
        type: 'praises',
        target: 'China',
        directed: true,
        negated: false,
        evidence: 3,
        sources: 2,
      },
      {
        id: 'r2',
        source: 'China',
        type: 'allies with',
        target: 'USA',
        directed: false,
        negated: true,
        evidence: 1,
        sources: 1,
      },
      {
        id: 'r3',
        source: 'USA',
        type: 'praises',
        target: 'Russia',
        directed: true,
        negated: false,
        evidence: 2,
        sources: 1,
      },
    ]);
  });
});

describe('sortRows', () => {
  const order = (
    column: 'source' | 'type' | 'target' | 'evidence' | 'sources',
    direction: 'ascending' | 'descending',
  ) => sortRows(rows, { column, direction }).map((r) => r.id);

  it('sorts by each column both ways', () => {
    expect(order('source', 'ascending')).toEqual(['r2', 'r1', 'r3']);
    expect(order('source', 'descending')).toEqual(['r3', 'r1', 'r2']);
    expect(order('target', 'ascending')).toEqual(['r1', 'r3', 'r2']);
    expect(order('evidence', 'descending')).toEqual(['r1', 'r3', 'r2']);
    expect(order('evidence', 'ascending')).toEqual(['r2', 'r3', 'r1']);
  });

  it('breaks ties by source, type and target', () => {
    expect(order('sources', 'ascending')).toEqual(['r2', 'r3', 'r1']);
    expect(order('type', 'ascending')).toEqual(['r2', 'r1', 'r3']);
  });

  it('does not change its input', () => {
    const copy = [...rows];
    sortRows(rows, DEFAULT_ROW_SORT);
    expect(rows).toEqual(copy);
  });
});

describe('nextSort', () => {
  it('flips the current column and starts others in their natural direction', () => {
    expect(nextSort({ column: 'source', direction: 'ascending' }, 'source').direction).toBe('descending');
    expect(nextSort(DEFAULT_ROW_SORT, 'target')).toEqual({ column: 'target', direction: 'ascending' });
    expect(nextSort({ column: 'target', direction: 'ascending' }, 'sources')).toEqual({
      column: 'sources',
      direction: 'descending',
    });
  });
});
