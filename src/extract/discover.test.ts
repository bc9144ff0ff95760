import { describe, expect, it } from 'vitest';
import { defaultLexicon } from './defaultLexicon';
import { discoverActors } from './discover';
import { extract } from './extract';
import { findMentions } from './lexicon';
import { sortedIds } from './testing/sortedIds';
import { tokenize } from './tokenize';

const lexicon = defaultLexicon();
const found = (text: string) =>
  discoverActors(text, lexicon).actors.map(
    (a) => `${a.id}:${a.kind}${a.affiliation ? `@${a.affiliation}` : ''}`,
  );

describe('actors found in the document', () => {
  it('makes a titled unknown name a person of the state that gives the title', () => {
    expect(found('UK Defence Secretary Grant Shapps spoke.')).toEqual(['grant-shapps:person@united-kingdom']);
    expect(found('Pakistan President Zia-Ul-Haq arrived.')).toEqual(['zia-ul-haq:person@pakistan']);
    expect(found("Russia's Deputy Foreign Minister Ivan Petrov left.")).toEqual([
      'ivan-petrov:person@russia',
    ]);
    expect(found('U.S. Secretary of State Warren Christopher flew in.')).toEqual([
      'warren-christopher:person@usa',
    ]);
    expect(found('President Harding spoke.')).toEqual(['harding:person']);
    expect(found('Undersecretary of State Nicholas Burns spoke.')).toEqual(['nicholas-burns:person']);
    expect(found("Kenya's mediator Kalonzo Musyoka met Salva Kiir.")).toEqual([
      'kalonzo-musyoka:person@kenya',
    ]);
  });

  it('reads "Chief Executive Officer" and "CEO" as titles, not as part of the name after them', () => {
    expect(found("Gazprom's Chief Executive Officer Alexei Miller blamed Ukraine.")).toEqual([
      'alexei-miller:person@gazprom',
    ]);
    expect(found('Gazprom CEO Alexei Miller blamed Ukraine.')).toEqual(['alexei-miller:person@gazprom']);
    expect(found('The Chief Executive Officer said no.')).toEqual([]);
  });

  it('reads "Congressman" as a title, not as part of the name after it', () => {
    expect(found('The Colombian president met Congressman Dan Burton.')).toEqual(['dan-burton:person']);
    expect(found('Congresswoman Nita Lowey spoke.')).toEqual(['nita-lowey:person']);
  });

  it('reads a capitalised word between two title heads as part of the title ("Chief Cabinet Secretary")', () => {
    expect(found('Chief Cabinet Secretary Hiro Tanaka said.')).toEqual(['hiro-tanaka:person']);
    expect(found('Chief Financial Officer Meng Wanzhou was arrested.')).toEqual(['meng-wanzhou:person']);
  });

  it('reads "Sir", "Sultan", "inspector" and "Chief of Staff" as titles', () => {
    expect(found('Its prime minister, Sir Michael Somare, said.')).toEqual(['michael-somare:person']);
    expect(found("The group's leader, Sultan Jamalul Kiram III, said.")).toEqual([
      'jamalul-kiram-iii:person',
    ]);
    expect(found('Air Force Chief of Staff Anatoly Kornukov said.')).toEqual(['anatoly-kornukov:person']);
    expect(found('UN weapons inspector Hans Blix said.')).toEqual(['hans-blix:person']);
  });

  it('reads the place after "envoy for" as part of the title, not of the name', () => {
    expect(found('U.S. special envoy for North Korea Sung Kim arrived in Seoul.')).toEqual([
      'sung-kim:person@usa',
    ]);
    expect(found('Special Envoy for Ukraine Kurt Volker said.')).toEqual(['kurt-volker:person']);
  });

  it("reads a capital's name or a known surname opening a titled person's name as a given name", () => {
    expect(found('Yemen Foreign Minister Riyadh Yasin criticized Iran.')).toEqual([
      'riyadh-yasin:person@yemen',
    ]);
    // VOA, 2006: "Krishna" alone is S. M. Krishna, but not as the first of three names after a title.
    expect(found('The rebels and Home Minister Krishna Prasad Sitaula discussed the peace process.')).toEqual(
      ['krishna-prasad-sitaula:person'],
    );
  });

  it('reads a remit in capitals after "for" as part of the title, not of the name', () => {
    // VOA: "U.S. Assistant Secretary of State for Near Eastern Affairs David Welch says".
    expect(found('Assistant Secretary of State for Near Eastern Affairs David Welch spoke.')).toEqual([
      'david-welch:person',
    ]);
    expect(found('Minister for Safety and Security Charles Nqakula spoke.')).toEqual([
      'charles-nqakula:person',
    ]);
    expect(
      sortedIds(
        'Hezbollah attacked Israel. U.S. Assistant Secretary of State for Near Eastern Affairs David Welch ' +
          'says Hezbollah made a big mistake. He blamed Syria and Iran for the situation.',
      ),
    ).toEqual(['david-welch>iran:accuses', 'david-welch>syria:accuses', 'hezbollah>israel:attacks']);
  });

  it('finds each person after a plural title, with the state named after each', () => {
    expect(found('Presidents Paul Kagame of Rwanda and Moise Katumbi of the DRC met.')).toEqual([
      'moise-katumbi:person@dr-congo',
    ]);
    expect(found('Ministers Ivan Petrov of Russia and Jan Novak of Slovakia met.')).toEqual([
      'ivan-petrov:person@russia',
      'jan-novak:person@slovakia',
    ]);
    expect(found('Ministers from Iran met.')).toEqual([]);
  });

  it('keeps a particle joined by a hyphen inside the name ("al-Bashir", "el-Sisi")', () => {
    expect(found('Sudanese President Jaafar al-Nimeiry arrived.')).toEqual([
      'jaafar-al-nimeiry:person@sudan',
    ]);
    expect(found('Libyan Minister Karim el-Hadi spoke.')).toEqual(['karim-el-hadi:person@libya']);
  });

  it('makes a name with its bracketed acronym an organisation', () => {
    expect(found('Armenia froze its part in the Collective Security Treaty Organization (CSTO).')).toEqual([
      'collective-security-treaty-organization:organization',
    ]);
    expect(found('The Popular Mobilization Forces (PMF) advanced.')).toEqual([
      'popular-mobilization-forces:group',
    ]);
  });

  it('reads an acronym of syllables, and a known place inside the name', () => {
    expect(found('The opposition Front for Democracy in Burundi (FRODEBU) spoke.')).toEqual([
      'front-for-democracy-in-burundi:group',
    ]);
    expect(sortedIds('The Movement for Democracy in Liberia (MODEL) attacked Monrovia.')).toEqual([
      'movement-for-democracy-in-liberia>liberia:attacks',
    ]);
    // A known actor opening the phrase is no part of the name.
    expect(found('Russia and the Collective Security Treaty Organization (CSTO) met.')).toEqual([
      'collective-security-treaty-organization:organization',
    ]);
  });

  it('leaves known actors, institutions and loose acronyms alone', () => {
    expect(found('Russian President Vladimir Putin met UN Secretary-General Antonio Guterres.')).toEqual([]);
    expect(found('The UN General Assembly voted. The Shanghai Cooperation Organisation (SCO) met.')).toEqual(
      [],
    );
    expect(found('Prices of Crude Oil (WTI) rose.')).toEqual([]);
    expect(found('the minister Smith said nothing.')).toEqual([]);
  });

  it('lets the surname name the same actor later, and marks the actor as discovered', () => {
    const text = 'UK Defence Secretary Grant Shapps spoke. Shapps accused Russia of sabotage.';
    const { lexicon: extended } = discoverActors(text, lexicon);
    const ids = findMentions(tokenize('Shapps accused Russia.'), extended).map((m) => m.actorId);
    expect(ids).toEqual(['grant-shapps', 'russia']);
    const graph = extract(text);
    expect(graph.relations.map((r) => r.id)).toEqual(['grant-shapps>russia:accuses']);
    expect(graph.actors.find((a) => a.id === 'grant-shapps')).toMatchObject({
      kind: 'person',
      affiliation: 'united-kingdom',
      discovered: true,
    });
    expect(graph.actors.find((a) => a.id === 'russia')?.discovered).toBeUndefined();
  });
});

describe('more ways news names a person', () => {
  it('reads a title set off by commas, a name before its title, and names with hyphenated parts', () => {
    expect(found('Ukraine’s acting Prime Minister, Volodymyr Groysman, was at the talks.')).toEqual([
      'volodymyr-groysman:person@ukraine',
    ]);
    expect(found('The United States Ambassador to the U.N., Samantha Power, praised the vote.')).toEqual([
      'samantha-power:person@usa',
    ]);
    // The state after "of" gives the title.
    // A word of tenure before the title, and a bare apostrophe after a state ending in s.
    expect(found("Thailand's new Prime Minister Somchai Wongsawat spoke.")).toEqual([
      'somchai-wongsawat:person@thailand',
    ]);
    expect(found('Laos’ Prime Minister Bouasone Bouphavanh spoke.')).toEqual([
      'bouasone-bouphavanh:person@laos',
    ]);
    expect(found('The Prime Minister of Greece, Costas Simitis, was in New York.')).toEqual([
      'costas-simitis:person@greece',
    ]);
    expect(found('“Talk,” said Park Soo-hyun, a presidential spokesman.')).toEqual(['park-soo-hyun:person']);
    expect(found('Lee Min-ho, a South Korean diplomat, left.')).toEqual(['lee-min-ho:person@south-korea']);
    // A word for the office's field before the title: "communications director", "press secretary".
    expect(found('Sonny Ugoh, communications director of ECOWAS, spoke.')).toEqual([
      'sonny-ugoh:person@ecowas',
    ]);
  });

  it('takes one word of a name found earlier as that person', () => {
    const text = 'President Chun Doo-hwan spoke. Later President Chun refused.';
    expect(discoverActors(text, lexicon).actors.map((a) => [a.id, a.aliases.map((x) => x.text)])).toEqual([
      ['chun-doo-hwan', ['Doo-hwan', 'Chun']],
    ]);
  });

  it('takes a two-letter surname of a known person named in full as that person, not a particle', () => {
    const text = 'Manmohan Singh met his Chinese counterpart, Li Keqiang. Later Premier Li criticized India.';
    expect(sortedIds(text)).toEqual([
      'li-keqiang>india:denounces',
      'li-keqiang>manmohan-singh:negotiates_with',
    ]);
    expect(sortedIds('Tamim bin Hamad Al Thani spoke. Al criticized China.')).toEqual([]);
  });

  it('takes a surname the lexicon gives another known person as the one named in full before', () => {
    // The lexicon gives "Kabila" to Joseph Kabila; this text named his father in full first.
    expect(sortedIds('President Laurent Kabila spoke. Later President Kabila accused Rwanda.')).toEqual([
      'laurent-kabila>rwanda:accuses',
    ]);
    expect(sortedIds('Later President Kabila accused Rwanda.')).toEqual(['joseph-kabila>rwanda:accuses']);
    // The same given name: the known person spelt otherwise, not another one.
    expect(sortedIds('Bashar Assad spoke. Later Assad accused Turkey.')).toEqual([
      'bashar-al-assad>turkiye:accuses',
    ]);
  });

  it('does not take a comma list or a place for a person', () => {
    expect(found('The minister met envoys from Oslo, the capital, and Bergen.')).toEqual([]);
    expect(found('Talks went on in New York, a city the president, John, visited.')).toEqual([]);
  });

  it('takes a counterpart named after a comma, a title written as one, and an adjective before the title', () => {
    expect(found('Aliyev met his Armenian counterpart, Tigran Petrosyan.')).toEqual([
      'tigran-petrosyan:person@armenia',
    ]);
    expect(found('Special envoy Ismail Ould Cheikh Ahmed spoke.')).toEqual([
      'ismail-ould-cheikh-ahmed:person',
    ]);
    expect(found('Iraqi Kurdish leader Masoud Barzani spoke.')).toEqual(['masoud-barzani:person@iraq']);
    expect(found('Opposition leader Leopoldo Lopez spoke.')).toEqual(['leopoldo-lopez:person']);
    // A title in lower case with no state giving it takes a full name only: one word is too loose.
    expect(found('The agreement came after opposition leader Lam Akol held talks.')).toEqual([
      'lam-akol:person',
    ]);
    expect(found('He met the special envoy Jones.')).toEqual([]);
    // A second title before the name is not part of it; "Maoist rebel leader" is a title, and the
    // Maoists it names are the body he leads.
    expect(found('Army spokesman Lieutenant-Colonel Shaban Bantariza spoke.')).toEqual([
      'shaban-bantariza:person',
    ]);
    expect(found('Maoist rebel leader Prachanda spoke.')).toEqual(['prachanda:person@maoist-rebels']);
  });

  it('takes a name before "is <title> of", before ", chairman of", and after a comma closed by "that"', () => {
    // The lexicon knows the party, so its secretary is affiliated to it.
    expect(found('Ram Chandra Poudel is general secretary of the Nepali Congress.')).toEqual([
      'ram-chandra-poudel:person@nepali-congress',
    ]);
    expect(found('Bertha Ndoh is advisor to Cameroon Prime Minister Ephraim Inoni.')).toEqual([
      'ephraim-inoni:person@cameroon',
      'bertha-ndoh:person@cameroon',
    ]);
    expect(found("He met Chiang Pin-kung, chairman of Taiwan's Straits Exchange Foundation.")).toEqual([
      'chiang-pin-kung:person@taiwan',
    ]);
    expect(found('We thank our President, Ali Bongo that he came.')).toEqual(['ali-bongo:person']);
    // "head" is a title; "-elect" stays with the title it follows.
    expect(found('Mitoji Yabunaka, head of the Asian Affairs Bureau, leads the delegation.')).toEqual([
      'mitoji-yabunaka:person',
    ]);
    expect(found("Colombia's president-elect, Cesar Gaviria, spoke.")).toEqual([
      'cesar-gaviria:person@colombia',
    ]);
    expect(found('He will head to Moscow next week.')).toEqual([]);
    // A leader named by the verb after ", who".
    expect(found('Alfonso Cano, who commands the Revolutionary Armed Forces of Colombia, spoke.')).toEqual([
      'alfonso-cano:person@farc',
    ]);
    expect(found('Maria Lopez, who visited Kenya, spoke.')).toEqual([]);
    // After "is", only a title of something.
    expect(found('Wall Street is the chief engine of growth.')).toEqual([]);
    expect(found('Tanzanian ex-president Ali Hassan Mwinyi spoke.')).toEqual([
      'ali-hassan-mwinyi:person@tanzania',
    ]);
  });
  it('lets a found name win over a known surname inside it, not over one it ends with', () => {
    expect(
      sortedIds('Argentine Foreign Minister Héctor Marcos Timerman met the U.N. chief. Timerman left.'),
    ).toEqual(['hector-marcos-timerman>un:negotiates_with']);
    expect(sortedIds('Foreign Minister Sergey Lavrov accused the United States.')).toEqual([
      'sergei-lavrov>usa:accuses',
    ]);
  });
  it('keeps a known surname only after its own given name, maybe spelt otherwise', () => {
    expect(sortedIds('Pakistan Prime Minister Nawaz Sharif accused India.')).toEqual([
      'nawaz-sharif>india:accuses',
    ]);
    expect(sortedIds('Prime Minister Shahbaz Sharif accused India.')).toEqual([
      'shehbaz-sharif>india:accuses',
    ]);
  });
});

const withAliases = (text: string) =>
  discoverActors(text, lexicon).actors.map(
    (a) => `${a.id}:${a.kind}[${a.aliases.map((x) => x.text).join(',')}]`,
  );

describe('bodies named without an acronym', () => {
  it('makes a proper name closed or opened by a body noun a body, its initials an alias', () => {
    expect(withAliases('Talks with the rebel Allied Democratic Forces went on.')).toEqual([
      'allied-democratic-forces:group[ADF]',
    ]);
    expect(withAliases("Zimbabwe's opposition Movement for Democratic Change said so.")).toEqual([
      'movement-for-democratic-change:group[MDC]',
    ]);
    expect(withAliases('The African National Congress backed him.')).toEqual([
      'african-national-congress:organization[ANC]',
    ]);
    expect(withAliases('The Democratic Party won.')).toEqual(['democratic-party:group[]']);
  });

  it('makes the name after "known as" or "called" a body, when a noun for one comes before', () => {
    expect(found('The rebel group, known as Seleka, began its offensive.')).toEqual(['seleka:group']);
    expect(found('A new group called Rumbo Propio marched.')).toEqual(['rumbo-propio:group']);
    expect(found('He called Obama, known as a moderate.')).toEqual([]);
    // After a subject, "called" may be its verb.
    expect(found('The party called Smith a traitor.')).toEqual([]);
  });

  it('keeps two states joined by a hyphen inside a body name, and a weekday out of it', () => {
    expect(found('The Ethiopia-Eritrea Boundary Commission has sent a final report.')).toEqual([
      'ethiopia-eritrea-boundary-commission:organization',
    ]);
    expect(found("He refused a meeting with the island's Council of Grand Chiefs Wednesday.")).toEqual([
      'council-of-grand-chiefs:organization',
    ]);
  });

  it('opens a name with a body noun only before "of" or "for", and reads the name as words of a cue', () => {
    const text = 'The EU signed Association and Free Trade Agreements with Ukraine.';
    expect(found(text)).toEqual([]);
    expect(sortedIds(text)).toEqual(['eu>ukraine:cooperates_with']);
  });

  it('leaves a state with a generic body noun, and known bodies, alone', () => {
    expect(
      found(
        'The Russian Army, Iraqi Security Forces and the U.S. Congress met the Arab League and the African Union.',
      ),
    ).toEqual([]);
  });

  it('leaves a body named wrongly before the known actor its brackets name ("the North Atlantic Treaty Alliance (NATO)")', () => {
    expect(found('Trump suggested that Brazil join the North Atlantic Treaty Alliance (NATO).')).toEqual([]);
    expect(found('Fiji is led by the army chief, Commodore Sitiveni Rabuka.')).toEqual([
      'sitiveni-rabuka:person',
    ]);
  });

  it('makes "Moro Islamic rebels" one armed group under each word for fighters and its first name', () => {
    const text =
      'Norway met Moro Islamic rebels. Both Manila and Moro rebels are hopeful. Moro Islamic guerrillas agreed.';
    expect(found(text)).toEqual(['moro-islamic-rebels:group']);
    expect(found('Syrian rebels and Islamist militants clashed.')).toEqual([]);
  });

  it('reads "the rebels" as the group named last, and a state\'s government inside a list', () => {
    expect(
      sortedIds(
        'Moro Islamic rebels have waged an insurgency. Malaysia has been mediating between the Philippine government and the rebels.',
      ),
    ).toEqual(['moro-islamic-rebels>philippines:negotiates_with']);
    expect(
      sortedIds('Peace talks between the Ugandan government and the rebel Lords Resistance Army went on.'),
    ).toEqual(['lords-resistance-army>uganda:negotiates_with']);
    expect(sortedIds("Talks between Kenya's government and Uganda went on.")).toEqual([
      'kenya>uganda:negotiates_with',
    ]);
    // With no group named before, "the rebels" names nobody.
    expect(sortedIds('Norway has been mediating between the Sri Lankan government and the rebels.')).toEqual(
      [],
    );
  });
});

describe('a titled one-word name that is a known person of that state', () => {
  it('is the known person, family name first or last', () => {
    expect(sortedIds('Chinese President Hu met with his Mexican counterpart, Vicente Fox.')).toEqual([
      'hu-jintao>vicente-fox:negotiates_with',
    ]);
    expect(sortedIds('Serbian President Tadic met Putin.')).toEqual(['boris-tadic>putin:negotiates_with']);
    // A royal title and a regnal number are no part of the name: King Abdullah II is "King Abdullah".
    expect(sortedIds("Jordan's King Abdullah met Obama.")).toEqual([
      'barack-obama>king-abdullah-ii:negotiates_with',
    ]);
    // A word after a particle names a father: King Salman is not Mohammed bin Salman.
    expect(sortedIds('Saudi King Salman met Putin.')).toEqual(['putin>salman:negotiates_with']);
  });

  it('with no state named, is the one known person of any state with that name', () => {
    expect(sortedIds("Mr. Clinton's meeting with President Jiang was the first since May.")).toEqual([
      'bill-clinton>jiang-zemin:negotiates_with',
    ]);
    // Several known people are called Kim: "President Kim" is none of them.
    expect(sortedIds('President Kim met Putin.')).toEqual(['kim>putin:negotiates_with']);
  });
});

describe('a sentence in capitals', () => {
  it('names no new actor: its capitals mark no names', () => {
    expect(
      sortedIds(
        'THOUSANDS PROTESTED THE FREEING OF KURDISH REBEL CHIEF ABDULLAH OCALAN BY THE ITALIAN AUTHORITIES.',
      ),
    ).not.toContainEqual(expect.stringContaining('abdullah-ocalan-by'));
    expect(
      discoverActors('TURKISH PRESIDENT SULEYMAN DEMIREL MET SYRIAN OFFICIALS.', defaultLexicon()).actors,
    ).toEqual([]);
  });
});

describe('a people named by the state it lives in', () => {
  it('is a group of its own, neither state', () => {
    expect(found('Bosnian Serbs shelled the town; Syrian Kurds and Kosovo Albanians met.')).toEqual([
      'bosnian-serbs:group',
      'syrian-kurds:group',
      'kosovo-albanians:group',
    ]);
    expect(sortedIds('Turkey resumed its military offensive against Syrian Kurds.')).toEqual([
      'turkiye>syrian-kurds:attacks',
    ]);
    // Alone, the people's name still names its state, as a demonym does.
    expect(sortedIds('Serbs attacked Bosnia.')).toEqual(['serbia>bosnia-and-herzegovina:attacks']);
  });
});
