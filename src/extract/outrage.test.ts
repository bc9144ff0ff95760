import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation as relations } from './testing/sortedIds';

describe('outrage', () => {
  it('is a judgement of the one it is at or over', () => {
    expect(relations('Vietnamese outrage over the Chinese oil rig grew.')).toEqual([
      'vietnam>china:denounces',
    ]);
    expect(relations('Washington is outraged at the Syrian shelling of Turkey.')).toContain(
      'usa>syria:denounces',
    );
  });
});
