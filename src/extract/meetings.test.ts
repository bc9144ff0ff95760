import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation as relations } from './testing/sortedIds';

// Meetings as news reports them: the partner behind a title, the holder of a meeting in an adjunct,
// appearing together, and meetings called off.

describe('meetings', () => {
  it('finds the partner behind a title and its "of"', () => {
    expect(relations('Putin met with the president of Serbia.')).toEqual(['putin>serbia:negotiates_with']);
    expect(relations('Putin met with the foreign minister of Serbia.')).toEqual([
      'putin>serbia:negotiates_with',
    ]);
    expect(relations('Putin met Thursday with the presidents of Serbia and Kosovo.')).toEqual([
      'kosovo>putin:negotiates_with',
      'putin>serbia:negotiates_with',
    ]);
    // The "of" reaches only a little further: a long phrase still ends the search.
    expect(relations('Putin met with the president of the largest party in Serbia.')).toEqual([]);
  });

  it('finds the partner after the topic of the talks and their place', () => {
    expect(relations('Lavrov began talks on the issue in Beijing with Wang Yi.')).toEqual([
      'sergei-lavrov>wang-yi:negotiates_with',
    ]);
  });

  it('finds the partner after a place and its country set off by commas', () => {
    expect(relations('ASEAN leaders met in Jakarta, Indonesia, on April 24 with Min Aung Hlaing.')).toEqual([
      'asean>min-aung-hlaing:negotiates_with',
    ]);
    expect(relations('ASEAN leaders met in Bangkok, Thailand, with Min Aung Hlaing.')).toEqual([
      'asean>min-aung-hlaing:negotiates_with',
    ]);
  });

  it('reads a visit to a state as meeting it, with its visitor after "by" or as its possessor', () => {
    expect(relations('The announcement came during a visit to Australia by Xanana Gusmao.')).toEqual([
      'australia>xanana-gusmao:negotiates_with',
    ]);
    expect(relations("Obama's visit to China was a success.")).toEqual([
      'barack-obama>china:negotiates_with',
    ]);
    // A visitor named after "by" who is no actor: the state to the left did not visit.
    expect(relations('Tokyo allowed a visit to Taiwan by a senior defence official.')).toEqual([]);
  });

  it('reads informing or briefing someone as talking with them', () => {
    expect(
      relations('Trump informed Palestinian and Jordanian leaders of the U.S. decision Tuesday.'),
    ).toEqual(['donald-trump>jordan:negotiates_with', 'donald-trump>palestine:negotiates_with']);
    expect(relations('President Uribe briefed George Bush on the recent Andean summit.')).toEqual([
      'alvaro-uribe>george-w-bush:negotiates_with',
    ]);
    // Only the verb form: "a brief visit" is no briefing.
    expect(relations('Putin made a brief stop in Serbia.')).toEqual([]);
  });

  it('reads a phone call or conversation as talks', () => {
    expect(relations('Putin held a telephone conversation with Erdogan.')).toEqual([
      'putin>recep-tayyip-erdogan:negotiates_with',
    ]);
    expect(relations('Obama spoke on the phone with Erdogan.')).toEqual([
      'barack-obama>recep-tayyip-erdogan:negotiates_with',
    ]);
    expect(
      relations("Obama joined Friday's phone call between the Israeli and Turkish prime ministers."),
    ).toEqual(['israel>turkiye:negotiates_with']);
    // A phone is no call: "the mobile phone of" someone relates nobody.
    expect(
      relations('Australian agents tracked the mobile phone of Indonesian President Yudhoyono.'),
    ).toEqual([]);
  });

  it('reads greeting a visitor as meeting', () => {
    expect(
      relations(
        'Chinese Premier Wen Jiabao greeted his Russian counterpart Vladimir Putin at the Great Hall of the People.',
      ),
    ).toEqual(['putin>wen-jiabao:negotiates_with']);
    expect(relations('Kim Jong Il greeted South Korean President Roh Moo-hyun with a handshake.')).toEqual([
      'kim-jong-il>roh-moo-hyun:negotiates_with',
    ]);
  });

  it('reads appearing together as meeting, also from a phrase before the subject', () => {
    expect(relations('At a joint news conference with Russia, China said it would help.')).toEqual([
      'china>russia:negotiates_with',
    ]);
    expect(relations('China held a joint press briefing with Russia.')).toEqual([
      'china>russia:negotiates_with',
    ]);
    // A news conference of one side alone relates nobody.
    expect(relations('At a news conference in Moscow, China said Russia was right.')).toEqual([]);
  });

  it('gives a meeting held in an adjunct to the clause subject, not to the object before it', () => {
    expect(relations('Putin discussed North Korea in meetings with Japan.')).toEqual([
      'japan>putin:negotiates_with',
    ]);
    expect(relations('China discussed Iran at a bilateral meeting with Russia.')).toEqual([
      'china>russia:negotiates_with',
    ]);
    // A trip's purpose too: "for a summit meeting with".
    expect(relations('Xi Jinping will visit Seoul for a summit meeting with Park Geun-hye.')).toEqual([
      'park-geun-hye>xi-jinping:negotiates_with',
    ]);
    // Without "in" or "at" the nearest actor still holds the talks.
    expect(relations('China said Russia held talks with Japan.')).toEqual(['japan>russia:negotiates_with']);
    // "his first meeting": "first" is an adjective here, not a verb's helper.
    expect(
      relations('Kim Jong Un arrived in the region of Russia for his first meeting with Putin.'),
    ).toEqual(['kim-jong-un>putin:negotiates_with']);
    // A body that only gives the holder's title holds nothing.
    expect(
      relations('EU foreign policy chief Catherine Ashton is in the region for talks with Israeli leaders.'),
    ).toEqual(['catherine-ashton>israel:negotiates_with']);
  });

  it('reads cancelled, suspended and called-off talks as talks that did not happen', () => {
    expect(relations('China canceled planned meetings with Japan.')).toEqual([
      'china>japan:negotiates_with:not',
    ]);
    expect(relations('China called off talks with Japan.')).toEqual(['china>japan:negotiates_with:not']);
    expect(relations('China suspended talks with Japan.')).toEqual(['china>japan:negotiates_with:not']);
    expect(relations('China resumed talks with Japan.')).toEqual(['china>japan:negotiates_with']);
  });
});

describe('meeting by phone, by raising a matter, by a visit', () => {
  it('reads speaking to an actor, raising an issue with it and paying it a visit as meeting it', () => {
    expect(relations('Mexico spoke to the United States by phone.')).toEqual(['mexico>usa:negotiates_with']);
    expect(relations('Trump had raised the issue with Chinese President Xi Jinping.')).toEqual([
      'donald-trump>xi-jinping:negotiates_with',
    ]);
    expect(relations('Donald Tusk will pay an official visit to Turkey.')).toEqual([
      'donald-tusk>turkiye:negotiates_with',
    ]);
    // Speaking to no actor meets no one.
    expect(relations('Putin spoke to reporters in Moscow.')).toEqual([]);
  });
});

describe('a delegation', () => {
  it('led to a state meets it, also when a hyphenated word describes the delegation', () => {
    expect(relations('Lavrov headed the delegation to Turkey.')).toEqual([
      'sergei-lavrov>turkiye:negotiates_with',
    ]);
    expect(relations('Putin, leading a ruling-party delegation to Germany, said no.')).toEqual([
      'germany>putin:negotiates_with',
    ]);
  });

  it('or an envoy sent to a state meets it for the one who sends them', () => {
    expect(relations('Belarus is sending a delegation to Moscow.')).toEqual([
      'belarus>russia:negotiates_with',
    ]);
    expect(relations('Senegal has been sending emissaries to Chad.')).toEqual([
      'chad>senegal:negotiates_with',
    ]);
  });
});

describe('talks in a list and by phone', () => {
  it('reads "meetings between" a list of titled persons, and talking with or to an actor', () => {
    expect(
      relations(
        'The agreement came after a series of meetings between Chad President Idriss Deby Itno, Cameroon President Paul Biya and top military officials.',
      ),
    ).toEqual(['idriss-deby>paul-biya:negotiates_with']);
    expect(relations('Secretary of State John Kerry talked by phone with Iranian leaders.')).toEqual([
      'iran>john-kerry:negotiates_with',
    ]);
    // "talks" after "following" is the noun, read as such.
    expect(
      relations(
        'Russia made the announcement following talks with visiting French President Nicolas Sarkozy.',
      ),
    ).toEqual(['nicolas-sarkozy>russia:negotiates_with']);
  });

  it('gives a progressive verb after "and" the subject of the clause', () => {
    expect(relations('Canada liked the U.S. offer and would be talking with Mexico.')).toEqual([
      'canada>mexico:negotiates_with',
    ]);
  });
});

describe('a list that talks as one', () => {
  it('has a long list talk to the other side as one, while two or three still meet each other', () => {
    expect(
      relations(
        'The six world powers -- Britain, China, France, Germany, Russia and the United States -- will continue negotiations with Iran.',
      ),
    ).toEqual([
      'china>iran:negotiates_with',
      'france>iran:negotiates_with',
      'germany>iran:negotiates_with',
      'iran>russia:negotiates_with',
      'iran>united-kingdom:negotiates_with',
      'iran>usa:negotiates_with',
    ]);
    expect(relations('Benin, Togo and Ghana held talks with Niger.')).toEqual([
      'benin>ghana:negotiates_with',
      'benin>niger:negotiates_with',
      'benin>togo:negotiates_with',
      'ghana>niger:negotiates_with',
      'ghana>togo:negotiates_with',
      'niger>togo:negotiates_with',
    ]);
  });
});

describe('a capital named as a place', () => {
  it('does not act, after "capital" or as the state whose capital it is', () => {
    expect(
      relations(
        "Omar al-Bashir traveled to South Sudan's capital Juba for the talks with President Salva Kiir.",
      ),
    ).toEqual(['omar-al-bashir>salva-kiir:negotiates_with']);
    expect(relations("A summit in Nigeria's capital, Abuja, called on Laurent Gbagbo to step down.")).toEqual(
      [],
    );
  });
});

describe('a visit to a state', () => {
  it('is a meeting with it, whether visited, arrived in, travelled or flown to', () => {
    expect(relations('French President Nicolas Sarkozy arrived in Moscow to push for a cease-fire.')).toEqual(
      ['nicolas-sarkozy>russia:negotiates_with'],
    );
    expect(relations('Russian President Dmitri Medvedev travels to Venezuela later this month.')).toEqual([
      'dmitry-medvedev>venezuela:negotiates_with',
    ]);
    expect(relations('Mr. Cheney visited Tbilisi on Thursday.')).toEqual([
      'dick-cheney>georgia:negotiates_with',
    ]);
    expect(relations('Obama flew to Havana.')).toEqual(['barack-obama>cuba:negotiates_with']);
  });

  it('relates nobody when what is visited is no state, and two visitors do not meet each other', () => {
    expect(relations('U.S. and British diplomats tried to visit victims of the violence.')).toEqual([]);
    expect(relations('Putin, with his visiting counterpart Viktor Yushchenko, spoke.')).toEqual([]);
    expect(relations('Japan and South Korea visited the islands.')).toEqual([]);
    // Fellow travellers each meet the host, not each other.
    expect(relations('Putin and Lukashenko visited China.')).toEqual([
      'alexander-lukashenko>china:negotiates_with',
      'china>putin:negotiates_with',
    ]);
    expect(relations('Troops from Tanzania, Senegal and Sudan began arriving in Comoros.')).toEqual([
      'comoros>senegal:negotiates_with',
      'comoros>sudan:negotiates_with',
      'comoros>tanzania:negotiates_with',
    ]);
  });

  it('relates nobody when the state only hosts a gathering the visitor goes to', () => {
    expect(relations('Mr. Obama will travel to Trinidad and Tobago for the Summit of the Americas.')).toEqual(
      [],
    );
    expect(relations('Sudanese officials traveled to Chad Monday to participate in talks.')).toEqual([]);
    expect(relations('Putin traveled to China for talks.')).toEqual(['china>putin:negotiates_with']);
  });
});

describe('an issue taken up with someone', () => {
  it('is a meeting with them, raised, taken up or addressed', () => {
    expect(relations('John Kerry raised the issue with Russia.')).toEqual([
      'john-kerry>russia:negotiates_with',
    ]);
    expect(relations('John Kerry addressed the issue with Russia.')).toEqual([
      'john-kerry>russia:negotiates_with',
    ]);
    expect(relations('Cyprus will take up the matter with the EU at a summit.')).toEqual([
      'cyprus>eu:negotiates_with',
    ]);
  });
});

describe('calls and discussions', () => {
  it('reads a telephone call or a discussion with someone as a meeting', () => {
    expect(relations('Barack Obama and Dmitri Medvedev spoke by telephone about Georgia.')).toEqual([
      'barack-obama>dmitry-medvedev:negotiates_with',
    ]);
    expect(relations('Joe Biden telephoned Mikheil Saakashvili.')).toEqual([
      'joe-biden>mikheil-saakashvili:negotiates_with',
    ]);
    expect(relations('Putin discussed the project with Angela Merkel.')).toEqual([
      'angela-merkel>putin:negotiates_with',
    ]);
    expect(relations('They were the first contacts between the U.S. and North Korea.')).toEqual([
      'north-korea>usa:negotiates_with',
    ]);
    // What is discussed may run to five words.
    expect(relations('Netanyahu will discuss the Middle East peace process with Ban Ki-moon.')).toEqual([
      'ban-ki-moon>benjamin-netanyahu:negotiates_with',
    ]);
  });
});

describe('a title of a state set off before its holder', () => {
  it('makes the holder the partner', () => {
    expect(relations('Enrique Pena Nieto met the new president of the United States, Donald Trump.')).toEqual(
      ['donald-trump>enrique-pena-nieto:negotiates_with'],
    );
    expect(relations('Barack Obama met the president of France, Germany and Italy.')).toEqual([
      'barack-obama>france:negotiates_with',
      'barack-obama>germany:negotiates_with',
      'barack-obama>italy:negotiates_with',
    ]);
  });
});

describe('mediating between two sides', () => {
  it('has the two sides negotiate with each other, whatever is mediated', () => {
    expect(relations('Mr. Sarkozy is mediating peace between Syria and Lebanon.')).toEqual([
      'lebanon>syria:negotiates_with',
    ]);
    expect(relations('Egypt mediated a truce between Israel and Hamas.')).toEqual([
      'hamas>israel:negotiates_with',
    ]);
  });
});

describe('holding a summit', () => {
  it('is a meeting of those who hold it, or with the one it is held with', () => {
    expect(
      relations('Donald Trump and Vladimir Putin will hold their first summit July 16 in Helsinki.'),
    ).toEqual(['donald-trump>putin:negotiates_with']);
    expect(relations('Trump will hold a summit with Putin.')).toEqual(['donald-trump>putin:negotiates_with']);
    expect(relations('NATO will hold a summit in Madrid.')).toEqual([]);
  });
});

describe('a delegation of one state', () => {
  it('meets the other side, its members not each other', () => {
    expect(relations('Medvedev and Lavrov are in Belgrade for talks with Tadic.')).toEqual([
      'boris-tadic>dmitry-medvedev:negotiates_with',
      'boris-tadic>sergei-lavrov:negotiates_with',
    ]);
    // Leaders of different states still act together.
    expect(relations('Putin and Erdogan held talks with Rouhani.')).toContain(
      'putin>recep-tayyip-erdogan:negotiates_with',
    );
  });
});

describe("a state's titled person with adjectives before the title", () => {
  it('is whom the talks are with, not the state', () => {
    expect(relations("Medvedev held talks with Serbia's pro-western President Boris Tadic.")).toEqual([
      'boris-tadic>dmitry-medvedev:negotiates_with',
    ]);
    expect(relations("Medvedev held talks with Serbia's President Boris Tadic.")).toEqual([
      'boris-tadic>dmitry-medvedev:negotiates_with',
    ]);
  });
});

describe('talks someone feels about', () => {
  it('are no talks among the ones who feel', () => {
    expect(
      relations(
        'The African Union, SADC and Western governments are frustrated with the extended negotiations.',
      ),
    ).toEqual([]);
    expect(relations('Ethiopia and Eritrea held talks.')).toEqual(['eritrea>ethiopia:negotiates_with']);
  });
});

describe('a summit wrapped up, and a meeting that brings leaders together', () => {
  it('is a meeting of all named', () => {
    expect(
      relations('The leaders of the United States, Mexico and Canada have wrapped up a two-day summit.'),
    ).toEqual(['canada>mexico:negotiates_with', 'canada>usa:negotiates_with', 'mexico>usa:negotiates_with']);
    expect(relations('The meeting brings together the leaders of Georgia, Moldova and Ukraine.')).toEqual([
      'georgia>moldova:negotiates_with',
      'georgia>ukraine:negotiates_with',
      'moldova>ukraine:negotiates_with',
    ]);
    // One actor brought is no meeting.
    expect(relations('Putin brought together Xi.')).toEqual([]);
  });
});

describe('representatives from a state', () => {
  it('speak and meet for it, as subject or partner', () => {
    expect(relations('Putin met with representatives from France.')).toEqual([
      'france>putin:negotiates_with',
    ]);
    expect(
      relations('Foreign ministers from Armenia and Azerbaijan met in Geneva with envoys from France.'),
    ).toEqual([
      'armenia>azerbaijan:negotiates_with',
      'armenia>france:negotiates_with',
      'azerbaijan>france:negotiates_with',
    ]);
  });
});

describe('discussions begun with someone after time and place', () => {
  it('are talks with them, as "talks" are', () => {
    expect(
      relations('Rice begins discussions in Moscow later Monday with Foreign Minister Sergei Lavrov.'),
    ).toEqual(['condoleezza-rice>sergei-lavrov:negotiates_with']);
  });
});

describe('a meeting with officials "including" someone', () => {
  it('is a meeting with those named after "including"', () => {
    expect(
      relations(
        'Kerry met with officials, including Prime Minister Hun Sen and Foreign Minister Hor Namhong.',
      ),
    ).toEqual(['hor-namhong>john-kerry:negotiates_with', 'hun-sen>john-kerry:negotiates_with']);
    // Not after a noun for people who speak for no state.
    expect(relations('Kerry met with reporters, including Hun Sen.')).toEqual([]);
  });
});
