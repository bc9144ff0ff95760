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

describe('a denial of accusations made by someone', () => {
  it('rejects the accuser, after "by", "from" or "coming from"', () => {
    expect(relations('Botswana rejected accusations by Zimbabwe that it trained rebels.')).toEqual([
      'botswana>zimbabwe:rejects',
    ]);
    expect(relations('Georgia denies the charges coming from Moscow.')).toEqual(['georgia>russia:rejects']);
    expect(relations('Syria dismissed claims from Israel.')).toEqual(['syria>israel:rejects']);
  });

  it('rejects no one when the accusation names no accuser', () => {
    expect(relations('Syria dismissed the claims as lies.')).toEqual([]);
  });
});
