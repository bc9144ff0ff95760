import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation as relations } from './testing/sortedIds';

describe('an object list whose first item names no actor', () => {
  it('still has the actor after "and" as the object, before "of" or the sentence end', () => {
    expect(
      relations(
        'Lesotho Prime Minister Thomas Thabane fled. Thabane accused the army and Deputy Prime Minister Mothetjoa Metsing of seeking to oust him.',
      ),
    ).toEqual(['thomas-thabane>mothetjoa-metsing:accuses']);
    expect(relations('Russia attacked the rebels and Georgia.')).toEqual(['russia>georgia:attacks']);
  });

  it('leaves an actor after "and" that may open its own clause', () => {
    expect(relations('Russia attacked the rebels and Georgia protested.')).toEqual([]);
  });
});
