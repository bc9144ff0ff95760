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

describe('"with X doing"', () => {
  it('makes X the subject of the -ing verb, also when X is named with a title', () => {
    expect(
      relations(
        'Acrimony has grown since Israeli troops entered Gaza, with Turkish Prime Minister Recep Tayyip Erdogan calling Israel a terrorist state.',
      ),
    ).toEqual(['recep-tayyip-erdogan>israel:denounces']);
    // After another preposition the actor is no subject: "filed a case at the ICJ accusing Israel".
    expect(
      relations(
        'South Africa filed a case at the International Court of Justice accusing Israel of genocide in Gaza.',
      ),
    ).toEqual(['south-africa>israel:accuses']);
  });
});
