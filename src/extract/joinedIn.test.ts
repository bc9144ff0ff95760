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

describe('going somewhere to act', () => {
  it('gives the act of a purpose clause to the one who went, not to the place', () => {
    expect(relations('Merkel visited Russia to meet Putin.')).toEqual([
      'angela-merkel>putin:negotiates_with',
      'angela-merkel>russia:negotiates_with',
    ]);
    expect(relations('Ethiopian troops entered Somalia in 2006 to defeat the Islamic Courts Union.')).toEqual(
      ['ethiopia>islamic-courts-union:attacks'],
    );
    expect(relations('Kenya invaded Somalia to fight al-Shabab.')).toEqual([
      'kenya>al-shabaab:attacks',
      'kenya>somalia:attacks',
    ]);
    // A participle clause shares the main clause's subject.
    expect(relations('Putin met Xi before heading to Ghana to meet President John Kufuor.')).toEqual([
      'john-kufuor>putin:negotiates_with',
      'putin>xi-jinping:negotiates_with',
    ]);
  });

  it('leaves the one sent to act: no place was gone to', () => {
    expect(relations('The United States sent Blinken to meet Putin.')).toEqual([
      'antony-blinken>putin:negotiates_with',
    ]);
  });
});
