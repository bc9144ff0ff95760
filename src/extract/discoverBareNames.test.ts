import { describe, expect, it } from 'vitest';
import { defaultLexicon } from './defaultLexicon';
import { discoverActors } from './discover';
import { extract } from './extract';

const lexicon = defaultLexicon();
const found = (text: string) => discoverActors(text, lexicon).actors.map((a) => `${a.id}:${a.kind}`);

describe('people named in full without a title', () => {
  it('finds a full name that speaks or acts, opening the sentence or a clause', () => {
    expect(found('Josep Borrell met Thursday with the presidents of Serbia and Kosovo.')).toEqual([
      'josep-borrell:person',
    ]);
    expect(found('In Brussels, Miroslav Lajcak said the talks would go on.')).toEqual([
      'miroslav-lajcak:person',
    ]);
    expect(found('"We will not give up," said Miroslav Lajcak.')).toEqual(['miroslav-lajcak:person']);
  });

  it('leaves places, bodies, titles and sentence openers alone', () => {
    expect(found('Human Rights Watch said the vote was unfair.')).toEqual([]);
    expect(found('Hong Kong said it would not comment.')).toEqual([]);
    expect(found('Iranian Foreign Minister said nothing.')).toEqual([]);
    expect(found('But Jamous said the deal was off.')).toEqual([]);
    expect(found('Reporter Heinlein says the talks came up.')).toEqual([]);
    expect(found('Analyst Farai Maguwu says the vote was unfair.')).toEqual([]);
    // The end of a hyphenated name after a title is that title's person, not a second one.
    expect(found('Pakistan President Zia-Ul-Haq arrived.')).toEqual(['zia-ul-haq:person']);
    // A name that neither acts nor closes a "said" is not taken on trust.
    expect(found('Crowds gathered near Josep Borrell in the square.')).toEqual([]);
  });

  it('finds the one met, named in full after "met with" or "talks with"', () => {
    expect(found('Obama said the main topic will be trade when he meets with Andres Pastrana.')).toEqual([
      'andres-pastrana:person',
    ]);
    expect(found('Kerry held talks with Amos Hochstein in Beirut.')).toEqual(['amos-hochstein:person']);
    // Not a body or a place after "with", nor a name after any other word.
    expect(found('Kerry held talks with Human Rights Watch.')).toEqual([]);
    expect(found('Kerry agreed with Enrique Pena Nieto.')).toEqual([]);
  });

  it('reads the found person and the surname that names her later', () => {
    const graph = extract(
      'Federica Mogherini met Thursday with the presidents of Serbia and Kosovo. Mogherini urged Serbia to refrain from violence.',
    );
    const pairs = graph.relations.map((r) => `${r.source}>${r.target}:${r.type}`).sort();
    expect(pairs).toContain('federica-mogherini>serbia:demands');
    expect(pairs).toContain('federica-mogherini>kosovo:negotiates_with');
  });
});
