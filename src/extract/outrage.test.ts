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

describe('patience lost', () => {
  it('is a judgement of the one it is lost with, in every form of the irregular verb', () => {
    // VOA, 2003: "… the United States has lost patience with the Burmese government over its treatment …".
    expect(relations('The United States has lost patience with the Burmese government.')).toEqual([
      'usa>myanmar:denounces',
    ]);
    expect(relations('Washington is losing patience with Iran.')).toEqual(['usa>iran:denounces']);
    expect(relations('Japan ran out of patience with North Korea.')).toEqual(['japan>north-korea:denounces']);
    expect(relations('Japan showed patience with North Korea.')).toEqual([]);
  });
});
