import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation as relations } from './testing/sortedIds';

// Joining: someone joined in an act does it too (joinedIn.ts); joined by someone, or joining a body in
// an act, is no alliance.

describe('joining someone in an act', () => {
  it('reads "X joined Y in <doing> Z" as both X and Y doing it', () => {
    expect(relations('Kenya joined Uganda in condemning Sudan.')).toEqual([
      'kenya>sudan:denounces',
      'uganda>sudan:denounces',
    ]);
    expect(
      relations('The United States joined major European allies in recognizing the independence of Kosovo.'),
    ).toEqual(['europe>kosovo:supports', 'usa>kosovo:supports']);
    expect(relations('Kenya joined NATO in 2004.')).toEqual(['kenya>nato:allies_with']);
    // A date may stand between: "joined the US on March 26 in expelling".
    expect(relations('Kenya joined Uganda on March 26 in condemning Sudan.')).toEqual([
      'kenya>sudan:denounces',
      'uganda>sudan:denounces',
    ]);
  });

  it('is no membership of a body joined in an act', () => {
    expect(relations('The United States has joined the African Union in condemning the coup.')).toEqual([]);
    expect(relations('The United States joined the African Union in condemning Guinea.')).toEqual([
      'african-union>guinea:denounces',
      'usa>guinea:denounces',
    ]);
  });
});

describe('joined by someone', () => {
  it('does not make a pair that was joined by someone allies', () => {
    expect(
      relations('Putin met Erdogan. The two leaders were later joined by French President Emmanuel Macron.'),
    ).toEqual(['putin>recep-tayyip-erdogan:negotiates_with']);
    expect(relations('Iran and Saudi Arabia joined BRICS.')).toEqual([
      'brics>iran:allies_with',
      'brics>saudi-arabia:allies_with',
    ]);
  });
});

describe('helping someone act', () => {
  it('has the helper act too', () => {
    expect(relations('Kenya helped Somalia fight al-Shabab.')).toEqual([
      'kenya>al-shabaab:attacks',
      'kenya>somalia:aids',
      'somalia>al-shabaab:attacks',
    ]);
    // "helping" after "for" has a subject of its own, not the praiser.
    expect(relations('Solana praised Medvedev for helping the European Union hold talks with Iran.')).toEqual(
      ['dmitry-medvedev>eu:aids', 'eu>iran:negotiates_with', 'javier-solana>dmitry-medvedev:praises'],
    );
  });
});
