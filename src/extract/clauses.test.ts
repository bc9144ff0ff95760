import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation } from './testing/sortedIds';

// Clause reading: pairs named after "between", adjunct phrases that are not clauses, adjuncts before
// a partner, second partners, and nominal cues that are the object of another verb.

const relations = sortedIdsMarkingNegation;

describe('"between X and Y" before a verb', () => {
  it('keeps both sides together when an auxiliary or a verb follows', () => {
    expect(relations('The talks between Kenya and Uganda have stalled.')).toEqual([
      'kenya>uganda:negotiates_with',
    ]);
    expect(relations('Talks between Ghana and Togo were suspended.')).toEqual(['ghana>togo:negotiates_with']);
    expect(relations('The dispute between India and Pakistan has worsened.')).toEqual([
      'india>pakistan:opposes',
      'pakistan>india:opposes',
    ]);
  });

  it('still splits a clause that starts after "and" outside "between"', () => {
    expect(relations('Kenya attacked Uganda and Tanzania has condemned it.')).toEqual([
      'kenya>uganda:attacks',
    ]);
  });
});

describe('"after" / "before" + a noun phrase', () => {
  it('reads "after a meeting with X" as an adjunct, not a clause with its own subject', () => {
    expect(relations('The IAEA indicated after a meeting with Iran that inspections would resume.')).toEqual([
      'iaea>iran:negotiates_with',
    ]);
    expect(relations('Kenya said before the talks with Uganda that it was hopeful.')).toEqual([
      'kenya>uganda:negotiates_with',
    ]);
    // With no article too, when "with" follows the noun.
    expect(relations('Mr. Erdogan spoke after talks with British Prime Minister Gordon Brown.')).toEqual([
      'gordon-brown>recep-tayyip-erdogan:negotiates_with',
    ]);
    // Or a few plain words before it, none a verb form.
    expect(relations('Libya agreed after months of secret talks with British officials.')).toEqual([
      'libya>united-kingdom:negotiates_with',
    ]);
    // A verb form among them makes a clause with a subject of its own.
    expect(relations('Kenya spoke after diplomats had met with Somalia.')).toEqual([]);
    // An adverb may open the fronted phrase.
    expect(
      relations(
        'Just before his meeting with Indian Prime Minister Manmohan Singh, Wen Jiabao said he was confident.',
      ),
    ).toEqual(['manmohan-singh>wen-jiabao:negotiates_with']);
    // Not an act named with no partner: its agent is unknown.
    expect(relations('Abdullah ordered action against militants after attacks inside Saudi Arabia.')).toEqual(
      [],
    );
  });

  it('still reads "after the army attacked" as a clause whose subject is not the main one', () => {
    expect(relations('Kenya, after the army had attacked, praised Uganda.')).toEqual([]);
    expect(relations('Kenya, after the rebels attacked, praised Uganda.')).toEqual([]);
  });
});

describe('a pronoun inside a fronted phrase', () => {
  it('is the person named right after its comma, not the one named before', () => {
    expect(
      relations(
        'Fidel Castro seized power in 1959. Speaking during his trip to Rwanda, U.S. President George Bush said he hopes for change in Cuba.',
      ),
    ).toEqual(['george-w-bush>rwanda:negotiates_with']);
    expect(
      relations(
        'Fidel Castro spoke on Monday. During her visit to Kenya, Secretary of State Condoleezza Rice said she was pleased.',
      ),
    ).toEqual(['condoleezza-rice>kenya:negotiates_with']);
  });

  it('leaves "his counterparts" to the fronted reading, which pairs them with the subject', () => {
    expect(
      relations(
        'In a meeting with his Bulgarian and Slovakian counterparts, Russian Prime Minister Vladimir Putin said Russia is doing its best.',
      ),
    ).toEqual(['bulgaria>putin:negotiates_with', 'putin>slovakia:negotiates_with']);
  });
});

describe('"he" opening a clause after ", and"', () => {
  it("is the sentence's first person, acting, not one named in between", () => {
    expect(
      relations('Mr. Mugabe has blasted Mr. Blair as a liar, and he has accused Britain of meddling.'),
    ).toEqual(['robert-mugabe>tony-blair:denounces', 'robert-mugabe>united-kingdom:accuses']);
  });

  it('is left to the nearest person when the first person owns a noun or does not act', () => {
    expect(
      relations("Mr. Mugabe's aide has blasted Mr. Blair as a liar, and he has accused Britain of meddling."),
    ).not.toContain('robert-mugabe>united-kingdom:accuses');
    expect(
      relations(
        'On Monday the court heard Mr. Mugabe and Mr. Blair, and he has accused Britain of meddling.',
      ),
    ).not.toContain('robert-mugabe>united-kingdom:accuses');
  });
});

describe('an act named as the object of a judging verb', () => {
  it('does not make the judge its agent', () => {
    expect(relations('India condemned the attack on Pakistan.')).toEqual([]);
    expect(relations('Ghana welcomed the new sanctions on Russia.')).toEqual([]);
    expect(relations('Kenya opposed the sanctions on Iran.')).toEqual([]);
  });

  it('keeps a "by" agent, a possessor agent and an agent that performs the act', () => {
    expect(relations('India condemned the attack on Pakistan by Russia.')).toEqual([
      'russia>pakistan:attacks',
    ]);
    expect(relations("India condemned Pakistan's attack on Nepal.")).toEqual([
      'india>pakistan:denounces',
      'pakistan>nepal:attacks',
    ]);
    expect(relations('India stepped up attacks on Pakistan.')).toEqual(['india>pakistan:attacks']);
  });
});

describe('partners after adjuncts', () => {
  it('skips time words, dates and places between the verb and its "with" partner', () => {
    expect(relations('Kenya is meeting Tuesday in Nairobi with representatives of Uganda.')).toEqual([
      'kenya>uganda:negotiates_with',
    ]);
    expect(relations('Kenya met on March 3 in Moscow with Uganda.')).toEqual([
      'kenya>uganda:negotiates_with',
    ]);
    expect(relations('Kenya held talks in Moscow with Uganda.')).toEqual(['kenya>uganda:negotiates_with']);
  });

  it('relates nobody when no partner follows the adjunct', () => {
    expect(relations('Kenya met in Moscow.')).toEqual([]);
    expect(relations('Kenya met on Tuesday in Cairo for talks on water.')).toEqual([]);
  });
});

describe('a second partner', () => {
  it('meets each partner of "with X and then with Y" and "X on Monday and Y on Tuesday"', () => {
    const both = ['kenya>tanzania:negotiates_with', 'kenya>uganda:negotiates_with'];
    expect(relations('Kenya held talks with Uganda and then with Tanzania.')).toEqual(both);
    expect(relations('Kenya met Uganda on Monday and Tanzania on Tuesday.')).toEqual(both);
    expect(relations('Kenya met separately with Uganda and later with Tanzania.')).toEqual(both);
  });

  it('does not take the subject of a new clause as a second partner', () => {
    expect(relations('Kenya met Uganda on Monday and Tanzania condemned it.')).toEqual([
      'kenya>uganda:negotiates_with',
    ]);
    expect(relations('Kenya met with Uganda and then Tanzania left.')).toEqual([
      'kenya>uganda:negotiates_with',
    ]);
  });
});

describe('a gerund after "by"', () => {
  it("acts for the clause's subject, not for the actor named just before it", () => {
    expect(
      relations(
        'Saudi Arabia compounded its mistake of executing Sheikh Nimr al-Nimr by cutting ties with Iran.',
      ),
    ).toEqual(['saudi-arabia>iran:sanctions']);
  });
});

describe('a list whose last member is qualified', () => {
  it('takes "and neighboring X", "and rival X" into the list', () => {
    expect(
      relations('The prime ministers of Hungary and neighboring Slovakia held talks on Wednesday.'),
    ).toEqual(['hungary>slovakia:negotiates_with']);
    expect(relations('Kenya accused Uganda and neighboring Somalia of arming rebels.')).toEqual([
      'kenya>somalia:accuses',
      'kenya>uganda:accuses',
    ]);
  });

  it('takes "and the militant group X" into the list', () => {
    expect(
      relations('Israel and the Islamic militant group Hamas have reached a cease-fire agreement.'),
    ).toEqual(['hamas>israel:agrees_with']);
    expect(relations('The fighting between Israel and the militant group Hamas continued.')).toEqual([
      'hamas>israel:attacks',
      'israel>hamas:attacks',
    ]);
    // A word with an inner apostrophe is as plain.
    expect(relations("Syria backs Iran and the Shi'ite militant group Hezbollah.")).toEqual([
      'syria>hezbollah:supports',
      'syria>iran:supports',
    ]);
  });

  it('takes a titled person after adjectives into the list', () => {
    expect(
      relations(
        'Medvedev held talks with President Boris Tadic and nationalist Prime Minister Vojislav Kostunica.',
      ),
    ).toEqual([
      'boris-tadic>dmitry-medvedev:negotiates_with',
      'dmitry-medvedev>vojislav-kostunica:negotiates_with',
    ]);
    // A lower-case role written as a title: "mediator", "negotiator".
    expect(
      relations('Laurent Gbagbo met with Guillaume Soro and mediator Blaise Compaore in Ouagadougou.'),
    ).toEqual([
      'blaise-compaore>laurent-gbagbo:negotiates_with',
      'guillaume-soro>laurent-gbagbo:negotiates_with',
    ]);
    // Only a capitalised title: "of" is no title, so "and critics of Western hegemony" lists nobody.
    expect(
      relations(
        'Xi and Putin touted their countries as champions of developing nations and critics of Western hegemony.',
      ),
    ).toContain('xi-jinping>west:denounces');
  });
});

describe('a series of the same verb', () => {
  it('gives each verb after a comma the subject of the first', () => {
    expect(
      relations('Washington pressed South Korea to open its market, pressed Panama to tighten its rules.'),
    ).toEqual(['usa>panama:demands', 'usa>south-korea:demands']);
    // A verb with a subject of its own after the comma is no such series.
    expect(relations('Washington pressed South Korea, Japan pressed Panama.')).toEqual([
      'japan>panama:demands',
      'usa>south-korea:demands',
    ]);
  });
});

describe('a verb of intention after "and"', () => {
  it("shares the clause's subject, not the object of the verb before it", () => {
    // Before: China was read as visiting Japan.
    expect(sortedIdsMarkingNegation('Rice has left China and plans to visit Japan.')).toEqual([
      'condoleezza-rice>japan:negotiates_with',
    ]);
    expect(sortedIdsMarkingNegation('Russia condemned Georgia and vowed to punish Tbilisi.')).toEqual([
      'russia>georgia:denounces',
      'russia>georgia:sanctions',
    ]);
  });
});

describe('a second infinitive after "and to"', () => {
  it('has the doer of the first, not the subject of the clause', () => {
    expect(
      relations('The U.S. wants Iran to cease enrichment and to hand over documents to the IAEA.'),
    ).toEqual(['iran>iaea:concedes_to', 'usa>iran:demands']);
  });
});

describe('the clause a reporting verb opens', () => {
  it('has its own subject for a gerund after "by", and a verb after "and" without a comma', () => {
    expect(relations('Condoleezza Rice says Hezbollah made a big mistake by attacking Israel.')).toEqual([
      'hezbollah>israel:attacks',
    ]);
    expect(
      relations('Sudan said Mr. Bashir went to Libya and is expected to meet with Moammar Gadhafi.'),
    ).toEqual(['moammar-gadhafi>omar-al-bashir:negotiates_with']);
  });

  it('ends before a verb coordinated after a comma, which goes with the one who reports', () => {
    expect(
      relations('The United Nations says Mr. Ouattara won, and has recognized him as president.'),
    ).toEqual(['un>alassane-ouattara:supports']);
  });
});

describe('a label in someone\'s words ("what he called")', () => {
  it('reads the label as the object, never the one who names it', () => {
    expect(
      relations(
        'Dmitry Medvedev hosted Armenia and Belarus, and he says they discussed mechanisms to confront what he called a wide range of threats.',
      ).filter((id) => id.includes(':opposes')),
    ).toEqual([]);
    expect(relations('Russia condemned what Lukashenko called American interference.')).toEqual([
      'russia>usa:denounces',
    ]);
    expect(
      relations('Saudi Arabia denounced what the foreign ministry described as American meddling.'),
    ).toEqual(['saudi-arabia>usa:denounces']);
  });
});

describe('"for X to" before an act', () => {
  it('gives the act to the one named after "for", a verb or a noun a few words after "to"', () => {
    expect(
      relations('McCormack says it is past time for Russia to withdraw most of its soldiers from Georgia.'),
    ).toEqual(['russia>georgia:concedes_to']);
    expect(
      relations('The summit is expected to call for Western nations to lift sanctions against Zimbabwe.'),
    ).toEqual(['west>zimbabwe:sanctions:not']);
  });
});

describe('"that" after an actor, before a verb form in -s', () => {
  it('reads "that" as a relative pronoun, so the verb is a verb and the antecedent acts', () => {
    expect(
      relations('Kenya welcomed an agreement between Eritrea and Djibouti that calls on Qatar to mediate.'),
    ).toEqual([
      'djibouti>eritrea:agrees_with',
      'djibouti>qatar:demands',
      'eritrea>qatar:demands',
      'kenya>djibouti:praises',
      'kenya>eritrea:praises',
    ]);
  });

  it('leaves "that" after a verb a conjunction, so a plural noun after it stays a noun', () => {
    expect(relations('Kenya said that talks with Uganda had stalled.')).toEqual([
      'kenya>uganda:negotiates_with',
    ]);
  });
});

describe('those who speak for a body, inside a list', () => {
  it('keeps "X members / leaders / member states and Y" one list', () => {
    expect(relations('Kenya urged EU leaders and Russia to act.')).toEqual([
      'kenya>eu:demands',
      'kenya>russia:demands',
    ]);
    expect(relations('Kenya urged ASEAN member states and China to act.')).toEqual([
      'kenya>asean:demands',
      'kenya>china:demands',
    ]);
  });
});

describe('a clause or apposition that sums up a list', () => {
  it('gives "all of whom" after a dash the list as its subject', () => {
    expect(
      relations(
        'Kenya hosted Georgia, Moldova and Ukraine - all of whom are seeking closer ties with the West.',
      ),
    ).toEqual([
      'georgia>kenya:negotiates_with',
      'georgia>west:courts',
      'kenya>moldova:negotiates_with',
      'kenya>ukraine:negotiates_with',
      'moldova>west:courts',
      'ukraine>west:courts',
    ]);
  });

  it('gives "all nations" or "both critics" after a comma the list as its subject', () => {
    expect(relations('Nicaragua courts Cuba and Iran, both critics of the United States.')).toEqual([
      'cuba>usa:denounces',
      'iran>usa:denounces',
      'nicaragua>cuba:courts',
      'nicaragua>iran:courts',
    ]);
  });
});

describe('a relative clause after a noun phrase in apposition', () => {
  it('acts through the actor the phrase describes', () => {
    expect(
      relations('Israel said that Syria, a country that supports Hezbollah, should not chair it.'),
    ).toEqual(['syria>hezbollah:supports']);
    expect(relations('The threat comes from Hamas, a Gaza group which attacked Israel.')).toEqual([
      'hamas>israel:attacks',
    ]);
  });

  it('leaves a phrase that opens the sentence before the comma alone', () => {
    expect(relations('In Syria, a group that opposes Turkey attacked a town.')).toEqual([]);
  });
});

describe('"once" after a form of "be" or "have"', () => {
  it('is an adverb, not the start of a clause', () => {
    // VOA, 2010: "India was once a staunch supporter of Burmese pro democracy icon Aung San Suu Kyi."
    expect(relations('India was once a staunch supporter of Aung San Suu Kyi.')).toEqual([
      'india>aung-san-suu-kyi:supports',
    ]);
    // Before a clause it still opens one: the act after it is not the subject's.
    expect(relations('Russia will leave once the Georgian army attacks Abkhazia.')).toEqual([
      'georgia>abkhazia:attacks',
    ]);
  });
});
