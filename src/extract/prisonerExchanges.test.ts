import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation as relations } from './testing/sortedIds';

describe('a prisoner exchange', () => {
  it('has each side yield to the other: the pair that carries it out, or the pair after "between"', () => {
    expect(relations('Israel and Hezbollah carried out a prisoner exchange on Wednesday.')).toEqual([
      'hezbollah>israel:concedes_to',
      'israel>hezbollah:concedes_to',
    ]);
    expect(relations('A long-awaited prisoner swap between Russia and Ukraine has taken place.')).toEqual([
      'russia>ukraine:concedes_to',
      'ukraine>russia:concedes_to',
    ]);
  });

  it('relates nobody when no side is named', () => {
    expect(relations('Kyiv confirmed that another prisoner swap was scheduled.')).toEqual([]);
  });
});
