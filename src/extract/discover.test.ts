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
    expect(found('U.S. Secretary of State John Kerry flew in.')).toEqual(['john-kerry:person@usa']);
    expect(found('President Bush spoke.')).toEqual(['bush:person']);
  });

  it('keeps a particle joined by a hyphen inside the name ("al-Bashir", "el-Sisi")', () => {
    expect(found('Sudanese President Omar al-Bashir arrived.')).toEqual(['omar-al-bashir:person@sudan']);
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
    expect(found('Ukraine’s acting Prime Minister, Arseniy Yatsenyuk, was at the talks.')).toEqual([
      'arseniy-yatsenyuk:person@ukraine',
    ]);
    expect(found('The United States Ambassador to the U.N., Nikki Haley, praised the vote.')).toEqual([
      'nikki-haley:person@usa',
    ]);
    expect(found('“Talk,” said Park Soo-hyun, a presidential spokesman.')).toEqual(['park-soo-hyun:person']);
    expect(found('Lee Min-ho, a South Korean diplomat, left.')).toEqual(['lee-min-ho:person@south-korea']);
  });

  it('takes one word of a name found earlier as that person', () => {
    const text = 'President Park Geun-hye spoke. Later President Park refused.';
    expect(discoverActors(text, lexicon).actors.map((a) => [a.id, a.aliases.map((x) => x.text)])).toEqual([
      ['park-geun-hye', ['Geun-hye', 'Park']],
    ]);
  });

  it('does not take a comma list or a place for a person', () => {
    expect(found('The minister met envoys from Oslo, the capital, and Bergen.')).toEqual([]);
    expect(found('Talks went on in New York, a city the president, John, visited.')).toEqual([]);
  });

  it('takes a counterpart named after a comma, a title written as one, and an adjective before the title', () => {
    expect(found('Aliyev met his Armenian counterpart, Serzh Sarkisyan.')).toEqual([
      'serzh-sarkisyan:person@armenia',
    ]);
    expect(found('Special envoy Ismail Ould Cheikh Ahmed spoke.')).toEqual([
      'ismail-ould-cheikh-ahmed:person',
    ]);
    expect(found('Iraqi Kurdish leader Masoud Barzani spoke.')).toEqual(['masoud-barzani:person@iraq']);
    expect(found('Opposition leader Juan Guaido spoke.')).toEqual(['juan-guaido:person']);
    // A title in lower case with no state giving it is too loose.
    expect(found('He met the special envoy Smith Jones.')).toEqual([]);
  });

  it('lets a found name win over a known surname inside it, not over one it ends with', () => {
    expect(
      sortedIds('Argentine Foreign Minister Héctor Marcos Timerman met the U.N. chief. Timerman left.'),
    ).toEqual(['hector-marcos-timerman>un:negotiates_with']);
    expect(sortedIds('Foreign Minister Sergey Lavrov accused the United States.')).toEqual([
      'sergei-lavrov>usa:accuses',
    ]);
  });
});
