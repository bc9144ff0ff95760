import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation as relations } from './testing/sortedIds';

// Constructions read from the later real-news parts: judging the sides of a pair, recognition,
// and a relative clause after a quantifier.

describe('judging what passes between two sides', () => {
  it('judges both sides, but not the side the judge is on', () => {
    expect(
      relations(
        'The United States has strongly condemned renewed military violence between Sudan and South Sudan.',
      ),
    ).toEqual(['usa>south-sudan:denounces', 'usa>sudan:denounces']);
    expect(
      relations(
        'Modi thanked Putin and hailed the "special and privileged" partnership between India and Russia.',
      ),
    ).toEqual(['india>russia:allies_with', 'narendra-modi>putin:praises', 'narendra-modi>russia:praises']);
  });
});

describe('recognition', () => {
  it('granted to a state, or of it, supports it; loans granted are aid', () => {
    expect(relations('Russia granted formal recognition to Abkhazia.')).toEqual(['russia>abkhazia:supports']);
    expect(relations('Russia granted loans to Abkhazia.')).toEqual(['russia>abkhazia:aids']);
    expect(relations('The US recognition of Kosovo came in 2008.')).toEqual(['usa>kosovo:supports']);
  });
});

describe('a relative clause after a quantifier', () => {
  it('acts through the list before "both of which"', () => {
    expect(
      relations(
        'Burma faces the United States and the European Union, both of which have imposed sanctions on Burma.',
      ),
    ).toEqual(['eu>myanmar:sanctions', 'usa>myanmar:sanctions']);
  });
});
