import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../store/analysisSlice';
import { analysisCaptionNotes } from './captionNotes';

const result: AnalysisResult = {
  actorIds: ['a', 'b', 'c'],
  relationCount: 2,
  measure: { measure: 'pagerank', values: Float64Array.from([0.2, 0.5, 0.3]) },
  communities: { of: Uint32Array.from([0, 0, 1]), count: 2, modularity: 0.314 },
};

describe('analysisCaptionNotes', () => {
  it('says what size and colour mean, with the range of the measure', () => {
    expect(analysisCaptionNotes('pagerank', true, result)).toEqual([
      'Actor size: PageRank, from 0.200 to 0.500, on the graph as filtered.',
      'Actor colour: Louvain community (2 communities, modularity 0.31); shape: kind.',
    ]);
  });

  it('says nothing the canvas does not show', () => {
    expect(analysisCaptionNotes('none', false, result)).toEqual([]);
    // A result for another measure (the new one is still being computed) is not described.
    expect(analysisCaptionNotes('degree', false, result)).toEqual([]);
  });
});
