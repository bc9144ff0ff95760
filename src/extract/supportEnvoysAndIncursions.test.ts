import { describe, expect, it } from 'vitest';
import { sortedIds } from './testing/sortedIds';

const ids = sortedIds;

describe('support won from another', () => {
  it('"won the support of X" is X supporting the one who won it, as "won support from X" is', () => {
    expect(ids('Fidel Castro soon won the support of the Soviet Union.')).toEqual([
      'soviet-union>fidel-castro:supports',
    ]);
    expect(ids('Cuba gained the backing of Russia.')).toEqual(['russia>cuba:supports']);
    expect(ids('Cuba won support from Russia.')).toEqual(['russia>cuba:supports']);
    expect(ids('Mugabe is likely to find support from Mozambique and Namibia.')).toEqual([
      'mozambique>robert-mugabe:supports',
      'namibia>robert-mugabe:supports',
    ]);
  });
});

describe('arms dealt', () => {
  it('reads an arms deal with a state, or an arms sale to it, as aid to it', () => {
    expect(ids('The United States announced an arms deal with Taiwan.')).toEqual(['usa>taiwan:aids']);
    expect(ids('The United States approved an arms sale to Taiwan.')).toEqual(['usa>taiwan:aids']);
    // The weapons named between "sale of" and "to".
    expect(ids('The U.S. approved a $360 million sale of missiles to Taiwan.')).toEqual(['usa>taiwan:aids']);
    expect(ids('Russia halted deliveries of gas to Ukraine.')).toEqual([]);
  });

  it('reads a partner of a state as its ally, as an ally of it is', () => {
    expect(ids('Indonesia has been a strategic partner of the U.S. since 2015.')).toEqual([
      'indonesia>usa:allies_with',
    ]);
  });
});

describe('envoys recalled', () => {
  it('reads ambassadors and envoys recalled in the plural, by each state that recalls them', () => {
    expect(ids('Saudi Arabia and Bahrain have recalled their ambassadors from Qatar.')).toEqual([
      'bahrain>qatar:sanctions',
      'saudi-arabia>qatar:sanctions',
    ]);
    expect(ids('Saudi Arabia recalled its envoys from Qatar.')).toEqual(['saudi-arabia>qatar:sanctions']);
  });
});

describe('troops that cross into another state', () => {
  it('attack it; refugees who cross do not act for their state', () => {
    expect(ids('That led to war when Eritrean soldiers crossed into Ethiopia and seized territory.')).toEqual(
      ['eritrea>ethiopia:attacks'],
    );
    expect(ids("Colombia's government has apologized for crossing into Ecuador.")).toEqual([
      'colombia>ecuador:attacks',
    ]);
    expect(ids('Thousands of Somali refugees crossed into Kenya.')).toEqual([]);
  });
});
