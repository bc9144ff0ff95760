import { describe, expect, it } from 'vitest';
import { analyseText } from './extract';
import { sortedIds as ids } from './testing/sortedIds';

describe('an actor set off by commas after a role noun', () => {
  it('holds that role for the possessor', () => {
    expect(ids("India's close ally, Bhutan, borders China.")).toEqual(['bhutan>india:allies_with']);
    expect(ids("Israel's chief backer, the United States, vetoed the resolution.")).toEqual([
      'usa>israel:supports',
    ]);
  });

  it('holds it too right after the role noun, or set off before the possessor', () => {
    expect(ids("Russia's ally Belarus voted no.")).toEqual(['belarus>russia:allies_with']);
    expect(ids("Belarus, Russia's closest ally, voted no.")).toEqual(['belarus>russia:allies_with']);
    // The sentence may close the apposition, as it does after a modified role noun.
    expect(ids("The statement was backed by China, North Korea's ally.")).toEqual([
      'china>north-korea:allies_with',
    ]);
    expect(ids("Russia's partners in Asia met.")).toEqual([]);
  });

  it('is set off by a dash typed as two hyphens too', () => {
    expect(ids("Russia's allies -- Belarus and Iran -- voted no.")).toEqual([
      'belarus>russia:allies_with',
      'iran>russia:allies_with',
    ]);
  });

  it('is not owned by a pronoun whose antecedent is a noun that names no actor', () => {
    // "their" is the rebel factions', not the states' named before; "its" is the Congolese
    // government's, and the dashes, not the commas, close its allies.
    const sentence =
      'It includes the Congolese government and its allies -- Angola, Zimbabwe and Namibia -- as well as the rebel factions and their allies, Rwanda and Uganda.';
    expect(ids(sentence)).toEqual([
      'angola>dr-congo:allies_with',
      'dr-congo>namibia:allies_with',
      'dr-congo>zimbabwe:allies_with',
    ]);
    expect(ids('The rebel factions and their allies attacked Uganda.')).toEqual([]);
    // A demonym before the noun still names whose forces they are.
    expect(ids('Ugandan forces and their allies, Rwanda and Burundi, attacked Congo.')).toEqual([
      'burundi>dr-congo:attacks',
      'burundi>uganda:allies_with',
      'rwanda>dr-congo:attacks',
      'rwanda>uganda:allies_with',
    ]);
    expect(ids('Russia and China strengthened their partnership.')).toEqual(['china>russia:allies_with']);
  });

  it('relates each one named to the possessor, not to each other, and stops at the closing comma', () => {
    expect(ids("Russia's allies, China and Iran, met.")).toEqual([
      'china>iran:negotiates_with',
      'china>russia:allies_with',
      'iran>russia:allies_with',
    ]);
    expect(ids("Troops sat between India's close ally, Bhutan, and China.")).toEqual([
      'bhutan>india:allies_with',
    ]);
  });

  it('is the holder of a title a state gives, or a pronoun owns, in a list or as an object', () => {
    expect(ids('Chavez and his Ecuadorian counterpart, Rafael Correa, met Tuesday.')).toEqual([
      'hugo-chavez>rafael-correa:negotiates_with',
    ]);
    expect(
      ids("Barack Obama met Wednesday with Argentina's new pro-market president, Mauricio Macri."),
    ).toEqual(['barack-obama>mauricio-macri:negotiates_with']);
    // A state's title after "and" or "as well as": its holder is the list's next member, not the state.
    expect(
      ids(
        "Castro has forged close ties with Bolivian President Evo Morales as well as Venezuela's leftist president, Hugo Chavez.",
      ),
    ).toEqual(['evo-morales>fidel-castro:cooperates_with', 'fidel-castro>hugo-chavez:cooperates_with']);
    expect(ids("Uganda's president, Museveni, and Sudan's president, Omar al-Bashir, met.")).toEqual([
      'omar-al-bashir>yoweri-museveni:negotiates_with',
    ]);
    // Not a role that is no title: the ally is related to its possessor, as above.
    expect(ids('Serbia and its traditional ally, Russia, oppose the plan.')).toEqual([
      'russia>serbia:allies_with',
    ]);
  });

  it('is the one named after the comma past a title the name leaves out', () => {
    expect(ids('Kiir met with his rival, opposition leader Riek Machar, in Ethiopia.')).toEqual([
      'riek-machar>salva-kiir:negotiates_with',
    ]);
    expect(ids('Kiir met with his rival, former Vice President Riek Machar.')).toEqual([
      'riek-machar>salva-kiir:negotiates_with',
    ]);
    // Words that are no title between the comma and the name: nobody is apposed.
    expect(ids('Kiir met with his rival, and later Riek Machar spoke.')).toEqual([]);
  });

  it('is the object of a verb or a noun cue when it follows a role noun the pronoun owns', () => {
    expect(ids('Pakistan criticized its neighbor Afghanistan.')).toEqual(['pakistan>afghanistan:denounces']);
    expect(ids('Russia ordered sanctions on its neighbor Turkey.')).toEqual(['russia>turkiye:sanctions']);
    // The role is read as well: an ally criticized is still an ally.
    expect(ids('Pakistan criticized its ally Afghanistan.')).toEqual([
      'afghanistan>pakistan:allies_with',
      'pakistan>afghanistan:denounces',
    ]);
  });

  it('keeps "X and its ... allies" one list, so X acts too', () => {
    expect(ids('The United States and its European allies condemned Russia.')).toEqual([
      'europe>russia:denounces',
      'europe>usa:allies_with',
      'usa>russia:denounces',
    ]);
    expect(ids('Yemen and its Saudi and UAE allies accused the Houthis.')).toEqual(
      expect.arrayContaining(['yemen>houthis:accuses', 'saudi-arabia>yemen:allies_with']),
    );
  });

  it('closes a comma list at ", and their allies", whose members are not allied to each other', () => {
    expect(ids('The White House warned Syria, Iran, Hezbollah, and their allies not to attack.')).toEqual([
      'usa>hezbollah:warns',
      'usa>iran:warns',
      'usa>syria:warns',
    ]);
    expect(ids('Kenya and Uganda and their allies condemned Sudan.')).toEqual([
      'kenya>sudan:denounces',
      'uganda>sudan:denounces',
    ]);
  });

  it('is not a speaker set off by commas', () => {
    expect(ids("China's ally, India said, is Russia.")).toEqual([]);
  });
});

describe('a formal protest or complaint', () => {
  it('denounces the actor it is lodged with or against', () => {
    expect(ids('Argentina lodged a formal protest with Britain.')).toEqual([
      'argentina>united-kingdom:denounces',
    ]);
    expect(ids('Kenya filed a complaint against Somalia at the court.')).toEqual(['kenya>somalia:denounces']);
  });
});

describe('a title set off by commas after a name', () => {
  it('leaves the name to act, not the state in the title', () => {
    expect(ids('Felipe Calderon, the president of Mexico, congratulated Mr. Obama.')).toEqual([
      'felipe-calderon>barack-obama:praises',
    ]);
    expect(ids("Mauricio Macri, Argentina's president, criticized Britain.")).toEqual([
      'mauricio-macri>united-kingdom:denounces',
    ]);
  });

  it('is no title when a capitalised title begins a name after the comma', () => {
    expect(
      ids('On Monday, President Nicolas Sarkozy of France, which holds the EU presidency, met Medvedev.'),
    ).toEqual(['dmitry-medvedev>nicolas-sarkozy:negotiates_with']);
  });
});

describe('blame laid on someone', () => {
  it('accuses the one after "on", and still the object of a plain "blamed"', () => {
    expect(ids('Afghanistan blamed the attack on the Pakistani intelligence service.')).toEqual([
      'afghanistan>pakistan:accuses',
    ]);
    expect(ids('Kiev blamed the shortfall on Moscow.')).toEqual(['ukraine>russia:accuses']);
    expect(ids('Afghanistan blamed Pakistan on Monday for the attack.')).toEqual([
      'afghanistan>pakistan:accuses',
    ]);
  });
});

describe('a membership set off by commas or after "become"', () => {
  it('relates the member to the bloc, and leaves the member to act', () => {
    expect(ids('The Philippines, another ASEAN member, accused Burma of lying.')).toEqual([
      'asean>philippines:allies_with',
      'philippines>myanmar:accuses',
    ]);
    // The ally is read for the name that modifies it (modifier-apposition).
    expect(ids('Japan, a key U.S. ally, criticized China.')).toEqual([
      'japan>china:denounces',
      'japan>usa:allies_with',
    ]);
  });

  it('relates a list set off before "both members of" the bloc', () => {
    expect(
      ids('Greece and Turkey, both members of the NATO military alliance, made little progress.'),
    ).toEqual(['greece>nato:allies_with', 'nato>turkiye:allies_with']);
    expect(ids('Russia criticized members of NATO.')).toEqual([]);
  });

  it('relates the subject of "became a NATO member", also past an aside', () => {
    expect(ids('Finland became a NATO member last year.')).toEqual(['finland>nato:allies_with']);
    expect(ids('Finland, which applied alongside Sweden, became a NATO member last year.')).toEqual([
      'finland>nato:allies_with',
    ]);
    expect(ids('Georgia wants to become a NATO member.')).toEqual([]);
  });
});

describe('", including X" after an actor', () => {
  it('lets those named after "including" act, and be acted on, with the one that holds them', () => {
    expect(ids('Western nations, including the United States and Britain, have condemned Russia.')).toEqual([
      'united-kingdom>russia:denounces',
      'usa>russia:denounces',
      'west>russia:denounces',
    ]);
    expect(
      ids('The U.S. has placed sanctions on North Korean officials, including leader Kim Jong-un.'),
    ).toEqual(['usa>kim-jong-un:sanctions', 'usa>north-korea:sanctions']);
  });

  it('does not pair the holder with those it holds', () => {
    expect(ids('The European Union, including Germany, held talks.')).toEqual([]);
  });
});

describe('a role noun a name modifies with no possessive', () => {
  it('gives the role to the one named for the name that modifies it', () => {
    expect(ids('Serbia, a close Kremlin ally, objected.')).toEqual(['russia>serbia:allies_with']);
    expect(ids('Tensions rose with NATO ally Turkey.')).toEqual(['nato>turkiye:allies_with']);
    expect(ids('Kerry needs to include Hamas backers such as Qatar and Turkey.')).toEqual([
      'qatar>hamas:supports',
      'turkiye>hamas:supports',
    ]);
  });

  it('pairs the subject of a copula with the name', () => {
    expect(ids('Seoul is a close American ally.')).toEqual(['south-korea>usa:allies_with']);
  });

  it('reads no name that is not part of the noun phrase', () => {
    expect(ids('Russia and allies condemned the vote.')).toEqual([]);
  });
});

describe('a role named in apposition', () => {
  it("is the writer's description, with none of the modality of the clause around it", () => {
    const [role] = analyseText(
      'The resolution will fail unless it gains the backing of Serbia, a close Kremlin ally.',
    );
    expect(role?.rule).toBe('modifier-apposition');
    expect(role?.flags).toEqual([]);
  });
});

describe('a role named by example after its possessor', () => {
  it('holds for the last possessor, even inside what a verb asks', () => {
    expect(
      ids(
        "Rights groups have called on ASEAN and Burma's other allies, such as China and India, to persuade the army.",
      ),
    ).toEqual(['china>myanmar:allies_with', 'india>myanmar:allies_with']);
    expect(ids("Russia's allies, like Belarus, voted no.")).toEqual(['belarus>russia:allies_with']);
  });
});

describe('a person set off by a comma after a title that names no actor', () => {
  it('is the object of the verb or its preposition', () => {
    expect(ids('Benin met with incumbent president, Laurent Gbagbo, in Abidjan.')).toEqual([
      'benin>laurent-gbagbo:negotiates_with',
    ]);
    expect(ids('Benin met the incumbent president, Laurent Gbagbo, on Tuesday.')).toEqual([
      'benin>laurent-gbagbo:negotiates_with',
    ]);
  });

  it('is not a state that opens the next clause, nor a title inside a name', () => {
    expect(ids('Ghana met with the president, Benin said.')).toEqual([]);
    expect(
      ids('A Sudanese Armed Forces Spokesman, Lieutenant Colonel Sawarmy Khalid, denied the report.'),
    ).toEqual([]);
  });
});

describe('a body set off by commas after a description of it', () => {
  it('is the object, not a demonym in the description', () => {
    // VOA, 2016: "Davutoglu is blaming the Syrian Kurdish militia, the YPG, for killing 28 people".
    expect(ids('Davutoglu is blaming the Syrian Kurdish militia, the YPG, for killing 28 people.')).toEqual([
      'ahmet-davutoglu>ypg:accuses',
    ]);
    expect(ids('India accused the Pakistani militant group, Lashkar-e-Taiba, of the attacks.')).toEqual([
      'india>lashkar-e-taiba:accuses',
    ]);
  });

  it('is only a body: a state set off after "the group" is no apposition of it', () => {
    expect(ids('Turkey accused the group, Russia, of lying.')).toEqual([]);
    expect(ids('Turkey accused the group, Russia said.')).toEqual([]);
  });
});

describe('the regions of a state named after "of"', () => {
  it('are the object, not the state whose regions they are', () => {
    expect(ids("Russia recognised Georgia's breakaway regions of Abkhazia and South Ossetia.")).toEqual([
      'russia>abkhazia:supports',
      'russia>south-ossetia:supports',
    ]);
    expect(
      ids('Moscow has not withdrawn troops from the ex-Soviet republics of Georgia and Moldova.'),
    ).toEqual(['russia>georgia:concedes_to', 'russia>moldova:concedes_to']);
  });

  it('leave a state that owns any other noun as the object, and a region named by its name', () => {
    expect(ids("Russia recognised Georgia's independence.")).toEqual(['russia>georgia:supports']);
    // A region named by its own name is the object itself.
    expect(ids('Russia recognised the Abkhazia region of Georgia.')).toEqual(['russia>abkhazia:supports']);
  });
});

describe('a person set off by commas after a title of a state that opens the sentence', () => {
  it('is the one who acts, and the state only gives the title', () => {
    expect(
      ids('The Prime Minister of Greece, Costas Simitis, was in New York for a meeting with Kofi Annan.'),
    ).toEqual(['costas-simitis>kofi-annan:negotiates_with']);
  });

  it('leaves a title of a state in an object to the object reading', () => {
    expect(
      ids('Pena Nieto cancelled a meeting with the new president of the United States, Donald Trump.'),
    ).toEqual(['donald-trump>enrique-pena-nieto:negotiates_with']);
  });
});

describe('a role noun with a short phrase after it, inside the apposition', () => {
  it('holds the role for the name that modifies the noun', () => {
    expect(ids('Pakistan, a key U.S. ally in the war on terror, arrested him.')).toEqual([
      'pakistan>usa:allies_with',
    ]);
    // VOA, 2007: not "Serbia allies with the Security Council".
    expect(ids('But Russia, a traditional Serb ally with a Security Council veto, has objected.')).toEqual([
      'russia>serbia:allies_with',
    ]);
  });
});
