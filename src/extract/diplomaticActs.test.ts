import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation as relations } from './testing/sortedIds';

// Diplomatic acts as real news words them: envoys withdrawn or expelled, joint statements, pressure and
// concessions, memberships founded, standing ties of a list, and the near misses each must leave alone.

describe('diplomatic acts and standing ties', () => {
  it('knows the tribunals for the former Yugoslavia and Rwanda by name and acronym', () => {
    expect(
      relations('The International Criminal Tribunal for the former Yugoslavia indicted Serbia.'),
    ).toEqual(['icty>serbia:accuses']);
    expect(relations('The ICTR indicted Rwanda.')).toEqual(['ictr>rwanda:accuses']);
  });

  it('reads a verb form after a hyphenated compound as a noun no one before it does', () => {
    expect(relations('Ban Ki-moon awaits a report on the nerve-gas attack near Damascus.')).toEqual([]);
    expect(relations('Ban Ki-moon said Syria will attack Turkey.')).toEqual(['syria>turkiye:attacks']);
    // A hyphenated title is who acts.
    expect(relations('The UN secretary-general warned Israel.')).toEqual(['un>israel:warns']);
  });

  it('reads a verb form after "of a" and adjectives as a noun no one before it does', () => {
    const site = 'U.N. personnel will inspect the site of a major suspected chemical attack near Damascus.';
    expect(relations(site)).toEqual([]);
    // After a noun the verb keeps its subject: "the leader of the Ugandan army attacked".
    expect(relations('The leader of the Ugandan army attacked Sudan.')).toEqual(['uganda>sudan:attacks']);
  });

  it('relates each of a list to the partner of its ties, not to each other; a joint act still joins them', () => {
    expect(relations('Saudi Arabia and Egypt have close ties with Qatar.')).toEqual([
      'egypt>qatar:cooperates_with',
      'qatar>saudi-arabia:cooperates_with',
    ]);
    expect(relations('Japan and South Korea are close allies of the United States.')).toEqual([
      'japan>usa:allies_with',
      'south-korea>usa:allies_with',
    ]);
    expect(relations('France and Germany held joint drills with Poland.')).toEqual([
      'france>germany:cooperates_with',
      'france>poland:cooperates_with',
      'germany>poland:cooperates_with',
    ]);
  });

  it('reads founding a bloc as membership of it, and leaves "found dead" alone', () => {
    expect(relations('Venezuela and Cuba created the ALBA alliance in 2004.')).toEqual([
      'alba>cuba:allies_with',
      'alba>venezuela:allies_with',
    ]);
    expect(relations('Venezuela founded ALBA.')).toEqual(['alba>venezuela:allies_with']);
    expect(relations('Israeli soldiers found ALBA delegates dead.')).toEqual([]);
  });

  it('skips a possessive inside a cue, as it skips a possessive pronoun', () => {
    expect(relations("Rafael Correa recalled his nation's ambassador from Colombia.")).toEqual([
      'rafael-correa>colombia:sanctions',
    ]);
    expect(relations('Rafael Correa recalled his ambassador from Colombia.')).toEqual([
      'rafael-correa>colombia:sanctions',
    ]);
  });

  it('reads an envoy expelled or told to leave as their state, and one met as themselves', () => {
    expect(relations('Evo Morales ordered U.S. ambassador Philip Goldberg to leave.')).toEqual([
      'evo-morales>usa:demands',
    ]);
    expect(relations('Serbia expelled the Montenegrin ambassador Anka Vojvodic.')).toEqual([
      'serbia>montenegro:sanctions',
    ]);
    expect(relations('Condoleezza Rice met U.S. ambassador Zalmay Khalilzad.')).toEqual([
      'condoleezza-rice>zalmay-khalilzad:negotiates_with',
    ]);
  });

  it('reads an ambassador withdrawn to protest as a sanction, and a joint statement as acting together', () => {
    expect(relations('Australia has withdrawn its ambassador to Indonesia in protest.')).toEqual([
      'australia>indonesia:sanctions',
    ]);
    expect(
      relations('The prime ministers of Kenya and Somalia signed a joint statement in Nairobi.'),
    ).toEqual(['kenya>somalia:cooperates_with']);
    expect(relations('Xi and Putin met. Their joint statement criticized NATO.')).toEqual([
      'putin>nato:denounces',
      'putin>xi-jinping:negotiates_with',
      'xi-jinping>nato:denounces',
    ]);
  });

  it('reads defeating an armed group or a state as fighting it, and an election won as nothing', () => {
    expect(relations('Kenya and Somalia vowed to work together to defeat al-Shabab.')).toEqual([
      'kenya>al-shabaab:attacks',
      'kenya>somalia:cooperates_with',
      'somalia>al-shabaab:attacks',
    ]);
    expect(relations('Mauricio Macri defeated Daniel Scioli.')).toEqual([]);
  });

  it('reads pressing hard on someone as a demand', () => {
    expect(relations('The European Union had pressed hard on Ankara to sit down.')).toEqual([
      'eu>turkiye:demands',
    ]);
  });

  it('reads caving in or bowing to pressure as conceding to the one who pressed', () => {
    expect(relations('Viktor Yanukovych caved in to Russian pressure.')).toEqual([
      'viktor-yanukovych>russia:concedes_to',
    ]);
    expect(relations('Serbia bowed to EU pressure.')).toEqual(['serbia>eu:concedes_to']);
    expect(relations('The king bowed to the crowd.')).toEqual([]);
  });
});

describe('ships and people taken', () => {
  it('reads an interception, a kidnapping or an abduction as coercion of their state', () => {
    expect(relations('Panama has intercepted a North Korean ship.')).toEqual(['panama>north-korea:coerces']);
    expect(relations('Hezbollah kidnapped two Israeli soldiers.')).toEqual(['hezbollah>israel:coerces']);
    expect(relations('North Korea abducted Japanese citizens.')).toEqual(['north-korea>japan:coerces']);
  });
});

describe('an assurance given to someone', () => {
  it('courts them', () => {
    expect(relations('Syria has assured the United Nations it will comply.')).toEqual(['syria>un:courts']);
    expect(relations('I assure you we will win.')).toEqual([]);
  });
});

describe('good relations', () => {
  it('are cooperation, where plain relations say nothing and strained ones a dispute', () => {
    expect(relations('The United States enjoys friendly relations with Guatemala.')).toEqual([
      'guatemala>usa:cooperates_with',
    ]);
    expect(relations('The United States has relations with Cuba.')).toEqual([]);
    expect(relations('The United States has strained relations with Cuba.')).toEqual([
      'cuba>usa:opposes',
      'usa>cuba:opposes',
    ]);
  });

  it('between two, gone bad, are a dispute, and plain ones between two say nothing', () => {
    const dispute = ['israel>turkiye:opposes', 'turkiye>israel:opposes'];
    expect(relations('Ties between Israel and Turkey have been strained since May 2010.')).toEqual(dispute);
    expect(relations('Relations between Israel and Turkey have deteriorated.')).toEqual(dispute);
    expect(relations('Ties between Israel and Turkey soured.')).toEqual(dispute);
    expect(relations('Israeli-Turkish ties have deteriorated.')).toEqual(dispute);
    expect(relations('Ties between Israel and Turkey are close.')).toEqual([
      'israel>turkiye:cooperates_with',
    ]);
    expect(relations('Relations between Israel and Turkey improved.')).toEqual([]);
  });

  it('with one, said after it to have gone bad, are its dispute with the other', () => {
    expect(relations("Afghanistan's ties with Pakistan have frayed.")).toEqual([
      'afghanistan>pakistan:opposes',
    ]);
    expect(relations("Afghanistan's ties with Pakistan have grown.")).toEqual([
      'afghanistan>pakistan:cooperates_with',
    ]);
  });
});

describe('ties cut', () => {
  it('are sanctions on the one named after "with" or "to", and no cooperation among those who cut them', () => {
    expect(relations('Saudi Arabia, the United Arab Emirates and Bahrain severed diplomatic ties.')).toEqual(
      [],
    );
    expect(relations('Bahrain and Sudan cut their diplomatic ties to Tehran.')).toEqual([
      'bahrain>iran:sanctions',
      'sudan>iran:sanctions',
    ]);
    // A list of kinds of ties is one word of the cue's "*".
    expect(relations('Bahrain and Egypt severed diplomatic, trade and travel ties with Qatar.')).toEqual([
      'bahrain>qatar:sanctions',
      'egypt>qatar:sanctions',
    ]);
  });

  it('reads a terrorist designation as denunciation and being in touch with someone as talks', () => {
    expect(relations('The United States has designated the FARC as a terrorist group.')).toEqual([
      'usa>farc:denounces',
    ]);
    // With no evaluative word a designation relates nobody.
    expect(relations('Egypt designated Sudan as the venue.')).toEqual([]);
    expect(relations('ECOWAS is already in touch with the African Union.')).toEqual([
      'african-union>ecowas:negotiates_with',
    ]);
    expect(relations('Japan remains in close contact with South Korea.')).toEqual([
      'japan>south-korea:negotiates_with',
    ]);
  });

  it('reads advisers, engineers or police sent to a state as aid to it', () => {
    expect(relations('Earlier this year, the United States sent military advisors to Georgia.')).toEqual([
      'usa>georgia:aids',
    ]);
    expect(relations('Japan dispatched engineers to Cambodia.')).toEqual(['japan>cambodia:aids']);
    // Plain troops sent may be an invasion, and are not read.
    expect(relations('Russia sent troops to Georgia.')).toEqual([]);
  });
});

describe('states shut out', () => {
  it('reads suspending or banning a state, or its people, as a sanction', () => {
    expect(relations('The African Union has suspended Ivory Coast.')).toEqual([
      'african-union>ivory-coast:sanctions',
    ]);
    expect(relations('Zimbabwe has banned Swedish journalists from entering the country.')).toEqual([
      'zimbabwe>sweden:sanctions',
    ]);
    // A ban on a thing names no one it is imposed on, though a state is named after it.
    expect(relations('Kenya banned public gatherings in Somalia.')).toEqual([]);
  });

  it('reads envoys ordered out, or their expulsion ordered, as a sanction on their state', () => {
    expect(relations('Estonia ordered out the Russian defense attache.')).toEqual([
      'estonia>russia:sanctions',
    ]);
    expect(relations("Venezuela has ordered the expulsion of Colombia's ambassador.")).toEqual([
      'venezuela>colombia:sanctions',
    ]);
  });

  it('reads restrictions on a state as a sanction, and restrictions eased as one lifted', () => {
    expect(relations('Burma has increased restrictions on the United Nations.')).toEqual([
      'myanmar>un:sanctions',
    ]);
    expect(relations('Obama eased restrictions on Cuba.')).toEqual(['barack-obama>cuba:sanctions:not']);
  });
});

describe('restored relations', () => {
  it('reads restoring or establishing relations as cooperation, and strained relations as a dispute', () => {
    expect(relations('Kenya and Uganda restored diplomatic relations.')).toEqual([
      'kenya>uganda:cooperates_with',
    ]);
    expect(relations('Kenya re-established diplomatic relations with Uganda.')).toEqual([
      'kenya>uganda:cooperates_with',
    ]);
    expect(relations('Relations between Kenya and Uganda are strained.')).toEqual([
      'kenya>uganda:opposes',
      'uganda>kenya:opposes',
    ]);
  });
});

describe('an agent named by title', () => {
  it('is found after "by" past a title its name leaves out', () => {
    expect(relations('A visit to Juba by Secretary of State John Kerry ended.')).toEqual([
      'john-kerry>south-sudan:negotiates_with',
    ]);
  });
});

describe('land taken from a state', () => {
  it('reads seizing or capturing something from a state as coercing it', () => {
    expect(relations('The Soviet Union seized the islands from Japan at the end of World War II.')).toEqual([
      'soviet-union>japan:coerces',
    ]);
    // Taken from no actor: nobody is coerced.
    expect(relations('Russia seized weapons from the rebels.')).toEqual([]);
  });
});
