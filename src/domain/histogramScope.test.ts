import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filters';
import { countedByOtherFilters } from './histogramScope';
import { actor, evidence, relation, relationType, source } from './testing';
import { evidenceHistogram } from './timeline';
import type { Graph } from './types';

const graph: Graph = {
  schemaVersion: 1,
  sources: [source('may', '2025-05-10'), source('june', '2025-06-10')],
  actors: [actor('a'), actor('b'), actor('c')],
  relationTypes: [relationType('accuses', 3), relationType('praises', 1)],
  relations: [
    relation('r1', 'a', 'b', 'accuses', [evidence('may'), evidence('june')]),
    relation('r2', 'b', 'c', 'praises', [evidence('june')]),
  ],
};
const counts = (filters = DEFAULT_FILTERS, focus: Parameters<typeof countedByOtherFilters>[2] = null) =>
  evidenceHistogram(graph, countedByOtherFilters(graph, filters, focus))!.bars.map((b) => b.count);

describe('countedByOtherFilters', () => {
  it('counts what the other filters leave, whatever the window', () => {
    expect(counts()).toEqual([1, 2]);
    expect(counts({ ...DEFAULT_FILTERS, hiddenTypes: ['accuses'] })).toEqual([0, 1]);
    expect(counts({ ...DEFAULT_FILTERS, hiddenSources: ['june'] })).toEqual([1, 0]);
    // The window itself does not empty the bars outside it.
    expect(counts({ ...DEFAULT_FILTERS, timeWindow: { from: '2025-06-01', to: '' } })).toEqual([1, 2]);
  });

  it('follows a focus that hides the rest, not one that fades it', () => {
    const focus = { actorId: 'c', depth: 1, direction: 'both', mode: 'hide' } as const;
    expect(counts(DEFAULT_FILTERS, focus)).toEqual([0, 1]);
    expect(counts(DEFAULT_FILTERS, { ...focus, mode: 'fade' })).toEqual([1, 2]);
  });
});
