import { describe, expect, it } from 'vitest';
import generated from '../../data/lexicon/actors.json';
import extra from '../../data/lexicon/extra-actors.json';
import { defaultLexicon } from './defaultLexicon';
import type { LexiconActor } from './lexicon';
import { checkExtraLexiconFile, checkGeneratedLexiconFile } from './lexiconFiles';
import { compileLexicon, findMentions, mergeLexiconFiles } from './lexicon';
import { tokenize } from './tokenize';

const lexicon = defaultLexicon();

/** [surface, actor id] for each mention in `text`. */
function mentions(text: string, using = lexicon): Array<[string, string]> {
  const tokens = tokenize(text);
  return findMentions(tokens, using).map((m) => [
    text.slice(tokens[m.first]?.start, tokens[m.last - 1]?.end),
    m.actorId,
  ]);
}

describe('the shipped lexicon', () => {
  it('has every UN member state from world-countries, with alpha-3 codes', () => {
    const file = checkGeneratedLexiconFile(generated, 'actors.json');
    expect(file.actors).toHaveLength(194);
    for (const actor of file.actors) {
      expect(actor.kind).toBe('state');
      expect(actor.country).toMatch(/^[A-Z]{3}$/);
    }
    expect(file.actors.find((a) => a.id === 'usa')?.country).toBe('USA');
  });

  it('has well-formed additions whose persons point at known actors', () => {
    const file = checkExtraLexiconFile(extra, 'extra-actors.json');
    const all = mergeLexiconFiles(checkGeneratedLexiconFile(generated, 'actors.json'), file);
    const ids = new Set(all.map((a) => a.id));
    expect(ids.size).toBe(all.length);
    for (const actor of all) {
      if (actor.kind === 'person') expect(ids.has(actor.affiliation ?? ''), actor.id).toBe(true);
    }
  });

  it('uses the curated ids of data/graph.json', () => {
    for (const id of [
      'china',
      'russia',
      'usa',
      'ukraine',
      'xi-jinping',
      'putin',
      'west',
      'europe',
      'nato',
      'un',
    ]) {
      expect(lexicon.actors.has(id), id).toBe(true);
    }
    for (const id of ['un-security-council', 'brics', 'global-south', 'developing-countries']) {
      expect(lexicon.actors.has(id), id).toBe(true);
    }
    expect(lexicon.actors.get('xi-jinping')?.affiliation).toBe('china');
  });

  it('knows armed groups and breakaway regions the news names often', () => {
    expect(mentions('FARC rebels and Lashkar-e-Tayyiba fighters met the KRG.')).toEqual([
      ['FARC rebels', 'farc'],
      ['Lashkar-e-Tayyiba', 'lashkar-e-taiba'],
      ['KRG', 'kurdistan-regional-government'],
    ]);
    expect(mentions('South Ossetia and Abkhazia broke away; Nagorno-Karabakh did too.')).toEqual([
      ['South Ossetia', 'south-ossetia'],
      ['Abkhazia', 'abkhazia'],
      ['Nagorno-Karabakh', 'nagorno-karabakh'],
    ]);
    // Ivory Coast's rebel coalition by its English and French names; a lower-case "new forces" is no name.
    expect(mentions('The New Forces, or Forces Nouvelles, and the FDLR; new forces arrived.')).toEqual([
      ['The New Forces', 'new-forces'],
      ['Forces Nouvelles', 'new-forces'],
      ['the FDLR', 'fdlr'],
    ]);
    // The spellings Voice of America used for years.
    expect(mentions('The Taleban sheltered al-Qaida and Al Qaida fighters.')).toEqual([
      ['The Taleban', 'taliban'],
      ['al-Qaida', 'al-qaeda'],
      ['Al Qaida', 'al-qaeda'],
    ]);
    expect(mentions('China accused the Dalai Lama.')).toEqual([
      ['China', 'china'],
      ['the Dalai Lama', 'dalai-lama'],
    ]);
    // Somalia's Islamic Courts and Congo's RCD rebels, by each name the news gives them.
    expect(
      mentions('The Islamic Courts Union, or ICU, fought the Islamic Courts; the RCD and R-C-D.'),
    ).toEqual([
      ['The Islamic Courts Union', 'islamic-courts-union'],
      ['ICU', 'islamic-courts-union'],
      ['the Islamic Courts', 'islamic-courts-union'],
      ['RCD', 'congolese-rally-for-democracy'],
      ['R-C-D', 'congolese-rally-for-democracy'],
    ]);
    expect(mentions('Hizbul Mujahadeen, or Hizb-ul-Mujahideen: Hizbul commanders met India.')).toEqual([
      ['Hizbul Mujahadeen', 'hizbul-mujahideen'],
      ['Hizb-ul-Mujahideen', 'hizbul-mujahideen'],
      ['Hizbul', 'hizbul-mujahideen'],
      ['India', 'india'],
    ]);
    // The spellings other newsrooms give Yemen's Houthis and Somalia's al-Shabaab.
    expect(mentions('The Huthis and the Shabbab; Shabab fighters.')).toEqual([
      ['The Huthis', 'houthis'],
      ['the Shabbab', 'al-shabaab'],
      ['Shabab', 'al-shabaab'],
    ]);
    // Seats of government the generated list leaves out, and a spelling of Darfur's SLA.
    expect(mentions('Rangoon, Yangon and La Paz; the Sudanese Liberation Army.')).toEqual([
      ['Rangoon', 'myanmar'],
      ['Yangon', 'myanmar'],
      ['La Paz', 'bolivia'],
      ['Sudanese Liberation Army', 'sudan-liberation-army'],
    ]);
    expect(mentions('The Congolese Rally for Democracy met Congolese officials.')).toEqual([
      ['Congolese Rally for Democracy', 'congolese-rally-for-democracy'],
      ['Congolese', 'dr-congo'],
    ]);
  });

  it('knows leaders, parties and bodies the news of 1990-2020 names often, under each name it uses', () => {
    expect(mentions('IGAD, UNASUR, Gazprom and ZANU-PF; Somaliland.')).toEqual([
      ['IGAD', 'igad'],
      ['UNASUR', 'unasur'],
      ['Gazprom', 'gazprom'],
      ['ZANU-PF', 'zanu-pf'],
      ['Somaliland', 'somaliland'],
    ]);
    expect(mentions('UNIFIL, the U.N. Development Program, UNESCO and COMESA.')).toEqual([
      ['UNIFIL', 'unifil'],
      ['U.N. Development Program', 'undp'],
      ['UNESCO', 'unesco'],
      ['COMESA', 'comesa'],
    ]);
    // "the Maoists" and "Maoist insurgents" are the rebels "Maoist rebels" names; "western governments"
    // is the West, written in lower case as often as not.
    expect(
      mentions('The Maoists and Maoist insurgents met western governments and Western nations.'),
    ).toEqual([
      ['The Maoists', 'maoist-rebels'],
      ['Maoist insurgents', 'maoist-rebels'],
      ['western governments', 'west'],
      ['Western nations', 'west'],
    ]);
    expect(mentions('Dmitri Medvedev, Dmitry Medvedev and Medvedev; George Bush and Bush.')).toEqual([
      ['Dmitri Medvedev', 'dmitry-medvedev'],
      ['Dmitry Medvedev', 'dmitry-medvedev'],
      ['Medvedev', 'dmitry-medvedev'],
      ['George Bush', 'george-w-bush'],
      ['Bush', 'george-w-bush'],
    ]);
  });
});

describe('findMentions', () => {
  it('matches the longest alias first', () => {
    expect(mentions('The UN Security Council met. The UN agreed.')).toEqual([
      ['The UN Security Council', 'un-security-council'],
      ['The UN', 'un'],
    ]);
    expect(mentions('South Sudan and Sudan')).toEqual([
      ['South Sudan', 'south-sudan'],
      ['Sudan', 'sudan'],
    ]);
    expect(mentions('Guinea-Bissau, Guinea and Papua New Guinea')).toEqual([
      ['Guinea-Bissau', 'guinea-bissau'],
      ['Guinea', 'guinea'],
      ['Papua New Guinea', 'papua-new-guinea'],
    ]);
  });

  it('resolves capitals, institutions and metonyms to their state', () => {
    expect(mentions('Beijing, the Kremlin, the White House and Downing Street')).toEqual([
      ['Beijing', 'china'],
      ['the Kremlin', 'russia'],
      ['the White House', 'usa'],
      ['Downing Street', 'united-kingdom'],
    ]);
  });

  it('resolves demonyms, plural demonyms and prefixes', () => {
    expect(mentions('Chinese trade, Americans, British troops and Sino-Russian ties')).toEqual([
      ['Chinese', 'china'],
      ['Americans', 'usa'],
      ['British', 'united-kingdom'],
      ['Sino-', 'china'],
      ['Russian', 'russia'],
    ]);
  });

  it('knows the demonyms news writes beside the usual ones, and a party named with one', () => {
    expect(
      mentions(
        'The Nepali army, Djiboutian soldiers, Argentinian farmers, East Timorese voters and the Icelandic government',
      ),
    ).toEqual([
      ['Nepali', 'nepal'],
      ['Djiboutian', 'djibouti'],
      ['Argentinian', 'argentina'],
      ['East Timorese', 'timor-leste'],
      ['Icelandic', 'iceland'],
    ]);
    // A party's name is no mention of its state.
    expect(mentions('the Nepali Congress said')).toEqual([['Nepali Congress', 'nepali-congress']]);
  });

  it('is case-sensitive for capitalised aliases only', () => {
    expect(mentions('Turkey said the turkey was fine; the US told us.')).toEqual([
      ['Turkey', 'turkiye'],
      ['the US', 'usa'],
    ]);
    expect(mentions('Developing countries and developing nations')).toEqual([
      ['Developing countries', 'developing-countries'],
      ['developing nations', 'developing-countries'],
    ]);
    expect(mentions('THE KREMLIN ACCUSED UKRAINE')).toEqual([
      ['THE KREMLIN', 'russia'],
      ['UKRAINE', 'ukraine'],
    ]);
  });

  it('matches persons by full name and surname, and splits possessives', () => {
    expect(mentions('Xi Jinping’s visit and Putin’s speech')).toEqual([
      ['Xi Jinping', 'xi-jinping'],
      ['Putin', 'putin'],
    ]);
  });

  it('skips phrases that contain an alias but name no actor', () => {
    expect(mentions('Ships in the South China Sea and trade with Latin America')).toEqual([]);
    expect(mentions('The West and West Africa')).toEqual([['The West', 'west']]);
    // A state's own council and a region named after a river are no UN body and no state.
    expect(mentions('The National Security Council met in the Niger Delta.')).toEqual([]);
    // The last word of a name may open a longer non-actor name: that one wins.
    expect(mentions('The West African group ECOWAS suspended Togo.')).toEqual([
      ['ECOWAS', 'ecowas'],
      ['Togo', 'togo'],
    ]);
  });

  it('reads "former Soviet republics" as the states, not the union, unless "of" names them', () => {
    expect(mentions('Russia opposes bringing the two former Soviet republics into NATO.')).toEqual([
      ['Russia', 'russia'],
      ['NATO', 'nato'],
    ]);
    expect(mentions('the ex-Soviet states')).toEqual([]);
    expect(mentions('the former Soviet republic of Georgia')).toEqual([
      ['Soviet', 'soviet-union'],
      ['Georgia', 'georgia'],
    ]);
    expect(mentions('Soviet troops and the former Soviet Union')).toEqual([
      ['Soviet', 'soviet-union'],
      ['Soviet Union', 'soviet-union'],
    ]);
  });

  it('reads an acronym written as a word after another word ("Jem"), never a first word ("Who")', () => {
    expect(mentions('Fighters of the Jem attacked.')).toEqual([['Jem', 'justice-and-equality-movement']]);
    expect(mentions('"Who knows?" he asked.')).toEqual([]);
  });

  it('reads "WHO" and "US" in copy set in capitals as the words they spell, unless "the" comes first', () => {
    expect(mentions('MOTHERS WHO LOST SONS IN THE WAR PROTESTED.')).toEqual([]);
    expect(mentions('IRAN TOLD US TO LEAVE.')).toEqual([['IRAN', 'iran']]);
    expect(mentions('THE WHO AND THE US MET.')).toEqual([
      ['WHO', 'who'],
      ['THE US', 'usa'],
    ]);
    expect(mentions('US OFFICIALS MET.')).toEqual([['US', 'usa']]);
  });

  it('lets an alias that opens with "the" give way to a longer name after it ("the UN refugee agency")', () => {
    expect(mentions('We met the UN refugee agency and the U-N refugee agency.')).toEqual([
      ['UN refugee agency', 'unhcr'],
      ['U-N refugee agency', 'unhcr'],
    ]);
    expect(mentions("He met the head of the U.N.'s nuclear watchdog and the UN.")).toEqual([
      ["U.N.'s nuclear watchdog", 'iaea'],
      ['the UN', 'un'],
    ]);
    // VOA, 2009: "The United Nations Security Council has imposed sanctions on Eritrea, accusing it of …"
    expect(mentions('The United Nations Security Council has imposed sanctions on Eritrea.')).toEqual([
      ['United Nations Security Council', 'un-security-council'],
      ['Eritrea', 'eritrea'],
    ]);
  });

  it("knows ASEAN's leaders and foreign ministers by the region's name", () => {
    // VOA, 2004: "Southeast Asian foreign ministers are finalizing a free trade agreement with China".
    expect(
      mentions('Southeast Asian foreign ministers met China, and Southeast Asian leaders met Japan.'),
    ).toEqual([
      ['Southeast Asian foreign ministers', 'asean'],
      ['China', 'china'],
      ['Southeast Asian leaders', 'asean'],
      ['Japan', 'japan'],
    ]);
    // The region's states are not the bloc.
    expect(mentions('Southeast Asian nations met.')).toEqual([]);
  });

  it("knows Sri Lanka's Tamil Tigers by each name news and annotators give them", () => {
    expect(mentions('The Tamil Tigers, the LTTE and Tamil Tiger rebels met Tamil rebels.')).toEqual([
      ['Tamil Tigers', 'ltte'],
      ['LTTE', 'ltte'],
      ['Tamil Tiger rebels', 'ltte'],
      ['Tamil rebels', 'ltte'],
    ]);
  });

  it("knows Angola's UNITA by its acronym and its full name", () => {
    expect(mentions('UNITA rebels and the National Union for the Total Independence of Angola')).toEqual([
      ['UNITA rebels', 'unita'],
      ['National Union for the Total Independence of Angola', 'unita'],
    ]);
  });

  it('names both conjuncts of a shared name ("North and South Korea"), only when the first is an actor in full', () => {
    expect(mentions('Kim visited North and South Korea.')).toEqual([
      ['North', 'north-korea'],
      ['South Korea', 'south-korea'],
    ]);
    expect(mentions('Sunni and South Korea officials met.')).toEqual([['South Korea', 'south-korea']]);
    expect(mentions('Sudan and South Sudan met.')).toEqual([
      ['Sudan', 'sudan'],
      ['South Sudan', 'south-sudan'],
    ]);
  });

  it('leaves a capital that names a document ("the Helsinki Agreement", "the Minsk agreements")', () => {
    expect(mentions('The decision weakens the Helsinki Agreement.')).toEqual([]);
    expect(mentions('Russia broke the Minsk agreements.')).toEqual([['Russia', 'russia']]);
    expect(mentions('Officials in Minsk agreed.')).toEqual([['Minsk', 'belarus']]);
  });

  it('leaves a name that says whose money it is ("U.S. dollars", "the Chinese currency")', () => {
    expect(mentions('China lent 15 billion U.S. dollars to Kenya.')).toEqual([
      ['China', 'china'],
      ['Kenya', 'kenya'],
    ]);
    expect(mentions('Beijing let the Chinese currency rise.')).toEqual([['Beijing', 'china']]);
  });

  it('flags ambiguous aliases and keeps the alternatives', () => {
    const tokens = tokenize('Washington and Brussels and Congolese troops');
    const found = findMentions(tokens, lexicon);
    expect(found.map((m) => [m.actorId, m.ambiguous])).toEqual([
      ['usa', true],
      ['eu', true],
      ['dr-congo', true],
    ]);
    expect(found[1]?.alternatives).toContain('belgium');
    expect(found[2]?.alternatives).toContain('republic-of-the-congo');
  });

  it('compiles a custom lexicon', () => {
    const actors: LexiconActor[] = [
      { id: 'a', label: 'Alphaland', kind: 'state', aliases: [{ text: 'Alphan', type: 'demonym' }] },
      { id: 'b', label: 'Beta Union', kind: 'bloc', aliases: [{ text: 'the Union', type: 'alt' }] },
    ];
    const custom = compileLexicon(actors, ['Alphaland Sea']);
    expect(mentions('Alphan ships in the Alphaland Sea met the Union and Beta Union.', custom)).toEqual([
      ['Alphan', 'a'],
      ['the Union', 'b'],
      ['Beta Union', 'b'],
    ]);
  });
});

describe('a capital written with its own state', () => {
  it('is one place, also at the end of a sentence after another capital', () => {
    expect(mentions('Talks moved from Pretoria to Harare, Zimbabwe.')).toEqual([
      ['Pretoria', 'south-africa'],
    ]);
    expect(mentions('Leaders met in Harare, Zimbabwe.')).toEqual([]);
  });
});
