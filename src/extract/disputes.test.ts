import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation } from './testing/sortedIds';

// Standing disputes (each side opposes the other) and bloc members named in apposition.

const relations = sortedIdsMarkingNegation;

const MUTUAL = (a: string, b: string) => [`${a}>${b}:opposes`, `${b}>${a}:opposes`].sort();

describe('fighting between two sides', () => {
  it('reads a clash, a skirmish or a battle between them, also when they share a name', () => {
    const both = ['north-korea>south-korea:attacks', 'south-korea>north-korea:attacks'];
    expect(
      relations("Tuesday's naval clash between North and South Korea will not derail the talks."),
    ).toEqual(both);
    expect(relations('A skirmish between North Korea and South Korea left two dead.')).toEqual(both);
    expect(relations('The battle between Russia and Ukraine raged on.')).toEqual([
      'russia>ukraine:attacks',
      'ukraine>russia:attacks',
    ]);
  });
});

describe('standing disputes', () => {
  it('reads a pair locked in, having or at odds in a dispute', () => {
    expect(relations('Vietnam and China are locked in a dispute over the Paracel Islands.')).toEqual(
      MUTUAL('china', 'vietnam'),
    );
    expect(relations('Germany and France have a dispute about the budget.')).toEqual(
      MUTUAL('france', 'germany'),
    );
    expect(relations('Ethiopia and Egypt have long been at odds over the dam.')).toEqual(
      MUTUAL('egypt', 'ethiopia'),
    );
    expect(relations('China and Japan have competing claims to the islands.')).toEqual(
      MUTUAL('china', 'japan'),
    );
  });

  it('reads one side with a partner after "with", and the pair after "between"', () => {
    expect(relations('China is involved in a territorial dispute with Japan.')).toEqual(
      MUTUAL('china', 'japan'),
    );
    expect(relations("Japan's dispute with China over the islands has hurt trade.")).toEqual(
      MUTUAL('china', 'japan'),
    );
    expect(relations('There is a territorial dispute between India and Pakistan over Kashmir.')).toEqual(
      MUTUAL('india', 'pakistan'),
    );
  });

  it('reads preventing or thwarting what a state does as opposing it', () => {
    expect(relations('Russia would do anything to prevent Ukraine from joining the alliance.')).toEqual([
      'russia>ukraine:opposes',
    ]);
    expect(relations('Japan thwarted China.')).toEqual(['japan>china:opposes']);
  });

  it('reads a common enemy as joining the pair that faces it', () => {
    expect(relations('Afghanistan and Pakistan face common enemies.')).toEqual([
      'afghanistan>pakistan:cooperates_with',
    ]);
  });

  it('reads a rift and tensions with a partner as a dispute', () => {
    expect(relations('The visit caused a diplomatic rift between Japan and South Korea.')).toEqual(
      MUTUAL('japan', 'south-korea'),
    );
    expect(relations('Japan has tensions with China.')).toEqual(MUTUAL('china', 'japan'));
    expect(relations('The insurgency has strained ties between Afghanistan and Pakistan.')).toEqual(
      MUTUAL('afghanistan', 'pakistan'),
    );
    // The owner of the relations is a side, not the clause's subject.
    expect(
      relations("China is not involved in Venezuela's often tense relationship with the United States."),
    ).toEqual(MUTUAL('usa', 'venezuela'));
    expect(relations("Japan's rift with China deepened.")).toEqual(MUTUAL('china', 'japan'));
    expect(relations('Japan has chilly ties with China.')).toEqual(MUTUAL('china', 'japan'));
  });

  it('reads sparring, quarrelling and feuding as a dispute', () => {
    expect(relations('The United States and Russia sparred on Sunday about cyberattacks.')).toEqual(
      MUTUAL('russia', 'usa'),
    );
    expect(relations('Greece has been feuding with Macedonia over the name.')).toEqual(
      MUTUAL('greece', 'north-macedonia'),
    );
  });

  it('does not make a speaker or a bystander a side', () => {
    // Written with a hyphen or without, the noun's own frame decides: Kenya is no side here.
    expect(relations('Kenya welcomed an end to the standoff with Somalia.')).toEqual([]);
    expect(relations('Kenya welcomed an end to the stand-off with Somalia.')).toEqual([]);
    expect(
      relations('The United States and the European Union urged calm in the dispute over the islands.'),
    ).toEqual([]);
    expect(relations('The dispute with the Philippines will be the toughest, Kenya said.')).toEqual([]);
    expect(relations('China stopped buying Australian coal in 2020 amid a diplomatic dispute.')).toEqual([]);
    expect(relations('China has a large army.')).toEqual([]);
  });
});

describe('bloc members in apposition', () => {
  it('relates the bloc to each state it names as a member', () => {
    expect(relations('EU members Hungary and Slovakia objected.')).toEqual([
      'eu>hungary:allies_with',
      'eu>slovakia:allies_with',
    ]);
    expect(
      relations(
        'China has been involved in ongoing maritime incidents with ASEAN members Vietnam and the Philippines.',
      ),
    ).toEqual(
      [
        'asean>philippines:allies_with',
        'asean>vietnam:allies_with',
        ...MUTUAL('china', 'philippines'),
        ...MUTUAL('china', 'vietnam'),
      ].sort(),
    );
    // The bloc after "member of" may follow a description.
    expect(relations('Nigeria is a member of regional body ECOWAS.')).toEqual(['ecowas>nigeria:allies_with']);
    // A plural after the copula needs no article; "the" may open the bloc's own name.
    expect(relations('Indonesia, Malaysia and Thailand are members of ASEAN.')).toEqual([
      'asean>indonesia:allies_with',
      'asean>malaysia:allies_with',
      'asean>thailand:allies_with',
    ]);
    expect(relations('Kenya is a member of the African Union.')).toEqual(['african-union>kenya:allies_with']);
  });

  it('reads no membership without named members', () => {
    expect(relations('AU members have endorsed a plan.')).toEqual([]);
    expect(relations('NATO members declared their support.')).toEqual([]);
  });
});

describe('an opponent of the possessor', () => {
  it('opposes the possessor and is opposed by it, as an ally is allied', () => {
    expect(relations("Vietnam is China's biggest opponent.")).toEqual(MUTUAL('china', 'vietnam'));
    expect(relations("Vietnam and the Philippines are among China's biggest opponents.")).toEqual(
      [...MUTUAL('china', 'vietnam'), ...MUTUAL('china', 'philippines')].sort(),
    );
  });

  it('leaves "rival" before a name an adjective', () => {
    expect(
      relations(
        'The Saudi deputy defense minister, Khalid bin Salman, accused rival Iran of ordering the attacks.',
      ),
    ).toEqual(['khalid-bin-salman>iran:accuses']);
  });
});

describe('secession', () => {
  it('reads declaring independence from a state as opposing it; gaining it is history, read by no cue', () => {
    expect(
      relations('South Ossetia and Abkhazia declared independence from Georgia in the early 1990s.'),
    ).toEqual(['abkhazia>georgia:opposes', 'south-ossetia>georgia:opposes']);
    expect(
      relations('Kosovo is expected to declare its independence from Serbia in the coming days.'),
    ).toEqual(['kosovo>serbia:opposes']);
    expect(relations('Eritrea gained independence from Ethiopia seven years ago.')).toEqual([]);
  });

  it('reads "ethnic" before a demonym as a people, not the state of that name', () => {
    expect(relations("Kosovo's ethnic Albanians will declare independence from Serbia anyway.")).toEqual([
      'kosovo>serbia:opposes',
    ]);
  });
});

describe('plain relations with someone', () => {
  it('are a dispute when said to have gone bad, past a list of partners', () => {
    // VOA: "Turkey's relations with the European Union and the United States have been strained",
    // "U.S. relations with Bolivia have been cool since ... 2006".
    expect(relations("Turkey's relations with the European Union have been strained.")).toEqual([
      'turkiye>eu:opposes',
    ]);
    expect(relations('U.S. relations with Bolivia have been cool since 2006.')).toEqual([
      'usa>bolivia:opposes',
    ]);
    expect(
      relations("Turkey's relations with the European Union and the United States have been strained."),
    ).toEqual(['turkiye>eu:opposes']);
    expect(relations("Turkey's ties with Germany and France have been strained.")).toEqual([
      'turkiye>germany:opposes',
    ]);
  });

  it('relate nobody otherwise', () => {
    expect(relations('Russia wants relations with the West.')).toEqual([]);
    expect(relations("Turkey's relations with the EU have improved.")).toEqual([]);
  });
});

describe('a bare dispute or war noun after a hyphen pair', () => {
  it('relates the pair', () => {
    // VOA, 2013: "The festering China-Japan dispute is one of several maritime controversies …"
    expect(relations('The festering China-Japan dispute is one of several controversies.')).toEqual(
      MUTUAL('china', 'japan'),
    );
    // VOA, 1990: "When the Iran-Iraq war ended in 1988, Iraq controlled the waterway."
    expect(relations('When the Iran-Iraq war ended in 1988, Iraq controlled the waterway.')).toEqual([
      'iran>iraq:attacks',
      'iraq>iran:attacks',
    ]);
  });

  it('relates nobody else, and not as a modifier of another noun', () => {
    expect(relations('Russia and the US discussed tensions in Syria.')).toEqual([]);
    expect(relations('The war in Ukraine goes on.')).toEqual([]);
    expect(relations('Pyongyang condemned the U.S.-South Korean war drills.')).toEqual([
      'north-korea>south-korea:denounces',
      'north-korea>usa:denounces',
    ]);
  });
});
