import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation as relations } from './testing/sortedIds';

// Intention nouns (intentNouns.ts): who performs "<noun> to <act>", and what a verb on the noun targets.

describe('an intention held by an agent after "by"', () => {
  it('gives the act to the agent, not to the clause subject', () => {
    expect(relations('Kenya welcomed the decision by Uganda to withdraw its troops from Somalia.')).toEqual([
      'kenya>uganda:praises',
      'uganda>somalia:concedes_to',
    ]);
  });

  it('reads a verb on "efforts by X" as acting on X', () => {
    expect(
      relations(
        'The United States supports ongoing efforts by the governments of Ukraine and Georgia to develop closer ties with NATO.',
      ),
    ).toEqual([
      'georgia>nato:cooperates_with',
      'nato>ukraine:cooperates_with',
      'usa>georgia:supports',
      'usa>ukraine:supports',
    ]);
    expect(relations('Russia has praised efforts by Turkey to end the war.')).toEqual([
      'russia>turkiye:praises',
    ]);
  });

  it('leaves a bid unasserted, whoever holds it', () => {
    // Before: the United States was read as joining NATO.
    expect(relations('The United States supports efforts by Ukraine to join NATO.')).toEqual([
      'usa>ukraine:supports',
    ]);
    expect(relations("The United States supports Ukraine's bid to join NATO.")).toEqual([
      'usa>ukraine:supports',
    ]);
  });
});
