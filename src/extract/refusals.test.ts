import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation } from './testing/sortedIds';

const relations = sortedIdsMarkingNegation;

describe('a refusal to meet or deal with someone', () => {
  it('rejects them, whichever of the listed verbs follows "refused to" or "declined to"', () => {
    expect(relations("Russia refused to receive Georgia's envoy.")).toEqual(['russia>georgia:rejects']);
    expect(relations('Russia refuses to deal with President Mikheil Saakashvili.')).toEqual([
      'russia>mikheil-saakashvili:rejects',
    ]);
    expect(relations('Serbia declined to negotiate with Kosovo.')).toEqual(['serbia>kosovo:rejects']);
    expect(relations('Russia declined to talk to Georgia.')).toEqual(['russia>georgia:rejects']);
  });

  it('does not read dealing with someone, unrefused, as any relation', () => {
    expect(relations('Russia will deal with Georgia later.')).toEqual([]);
  });
});
