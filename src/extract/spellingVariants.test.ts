import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../domain/random';
import { extract } from './extract';
import type { Lexicon, LexiconActor } from './lexicon';
import { compileLexicon, findMentions } from './lexicon';
import { layoutKey, transliterationKey } from './spellingVariants';
import { tokenize } from './tokenize';

const ACTORS: LexiconActor[] = [
  { id: 'shabaab', label: 'al-Shabaab', kind: 'group', aliases: [] },
  {
    id: 'gaddafi',
    label: 'Muammar Gaddafi',
    kind: 'person',
    aliases: [{ text: 'Gaddafi', type: 'surname' }],
  },
  { id: 'fatah', label: 'Fatah', kind: 'group', aliases: [] },
  { id: 'bissau', label: 'Guinea-Bissau', kind: 'state', aliases: [] },
  { id: 'guinea', label: 'Guinea', kind: 'state', aliases: [] },
  {
    id: 'finland',
    label: 'Finland',
    kind: 'state',
    aliases: [{ text: 'Finnish', type: 'demonym' }],
  },
  { id: 'russia', label: 'Russia', kind: 'state', aliases: [] },
  { id: 'lavrov', label: 'Sergei Lavrov', kind: 'person', aliases: [] },
  {
    id: 'un',
    label: 'United Nations',
    kind: 'organization',
    aliases: [{ text: 'U.N.', type: 'abbreviation' }],
  },
  // Two persons whose names differ only by a doubled letter: neither may take the other's spelling.
  { id: 'hassan-a', label: 'Ali Hassan', kind: 'person', aliases: [] },
  { id: 'hasan-b', label: 'Ali Hasan', kind: 'person', aliases: [] },
];
const LEXICON: Lexicon = compileLexicon(ACTORS, ['Guinea Bissau Road']);

function mentions(text: string, using = LEXICON): Array<[string, string]> {
  const tokens = tokenize(text);
  return findMentions(tokens, using).map((m) => [
    text.slice(tokens[m.first]?.start, tokens[m.last - 1]?.end),
    m.actorId,
  ]);
}

describe('spelling keys', () => {
  it('ignore hyphens, spaces, case and accents; transliteration also doubling, "dh" and "y"', () => {
    expect(layoutKey('Al-Shabaab')).toBe(layoutKey('al Shabaab'));
    expect(layoutKey('Erdoğan')).toBe('erdogan');
    expect(layoutKey('al-Shabab')).not.toBe(layoutKey('al-Shabaab'));
    expect(transliterationKey('al-Shabab')).toBe(transliterationKey('al-Shabaab'));
    expect(transliterationKey('Gadhafi')).toBe(transliterationKey('Gaddafi'));
    expect(transliterationKey('Sergey Lavrov')).toBe(transliterationKey('Sergei Lavrov'));
  });

  it("of a longer run start with the shorter run's, so a scan may stop at a key that starts none", () => {
    // Letters the rules touch ("d", "h", "y", doubles) are drawn often, to meet every boundary case.
    const rand = mulberry32(11);
    const word = () =>
      Array.from({ length: 1 + Math.floor(rand() * 5) }, () =>
        'dhyaadhx'.charAt(Math.floor(rand() * 8)),
      ).join('');
    for (let n = 0; n < 2_000; n++) {
      const shorter = word();
      const longer = `${shorter} ${word()}`;
      expect(transliterationKey(longer).startsWith(transliterationKey(shorter))).toBe(true);
    }
    expect(transliterationKey('Ahmad Haddad').startsWith(transliterationKey('Ahmad'))).toBe(true);
  });
});

describe('variants of known names', () => {
  it('match a name with its hyphen, space, particle case or doubled letters spelled otherwise', () => {
    expect(mentions('Al-Shabab fighters crossed the river.')).toEqual([['Al-Shabab', 'shabaab']]);
    expect(mentions('They blamed al Shabab for it.')).toEqual([['al Shabab', 'shabaab']]);
    expect(mentions('They blamed Al Shabaab for it.')).toEqual([['Al Shabaab', 'shabaab']]);
    expect(mentions('Colonel Gadhafi spoke.')).toEqual([['Gadhafi', 'gaddafi']]);
    expect(mentions('Foreign Minister Sergey Lavrov spoke.')).toEqual([['Sergey Lavrov', 'lavrov']]);
    expect(mentions('Muammar Qaddafi spoke.')).toEqual([]);
    expect(mentions('Guinea Bissau voted.')).toEqual([['Guinea Bissau', 'bissau']]);
  });

  it('match an abbreviation spelled out with hyphens, as broadcast scripts write it', () => {
    expect(mentions('U-N envoys met.')).toEqual([['U-N', 'un']]);
    expect(mentions('A U-turn, a T-shirt and the U-N-X plan.')).toEqual([]);
  });

  it('leave the exact spelling and a shorter name beside it as they were', () => {
    expect(mentions('Guinea and Guinea-Bissau voted.')).toEqual([
      ['Guinea', 'guinea'],
      ['Guinea-Bissau', 'bissau'],
    ]);
  });

  it('never turn lower-case words or settled state spellings into actors', () => {
    expect(mentions('the al shabab movement')).toEqual([]);
    expect(mentions('Finish the work first.')).toEqual([]);
    expect(mentions('Rusia voted.')).toEqual([]);
    expect(mentions('Fattah spoke to the crowd.')).toEqual([]);
  });

  it('name nobody when the variant fits two actors, or a phrase that names none', () => {
    expect(mentions('Ali Hassan met Ali Hasan.')).toEqual([
      ['Ali Hassan', 'hassan-a'],
      ['Ali Hasan', 'hasan-b'],
    ]);
    expect(mentions('Ali Hasaan spoke.')).toEqual([]);
    expect(mentions('Guinea-Bissau Road is closed.')).toEqual([]);
  });
});

describe('a variant in a sentence', () => {
  it('gives the shipped lexicon its actor', () => {
    const graph = extract('Al-Shabab militants attacked Kenya on Friday.', { title: 'Test' });
    expect(graph.relations.map((r) => r.id)).toEqual(['al-shabaab>kenya:attacks']);
  });
});

describe('a titled person whose whole name spells a known one another way', () => {
  const ids = (text: string): string[] =>
    [...new Set(extract(text, { id: 'x' }).relations.flatMap((r) => [r.source, r.target]))].sort();

  it('is that person, with or without the state named', () => {
    expect(ids('Eritrean President Isayas Afeworki met Kenya.')).toEqual(['isaias-afwerki', 'kenya']);
    expect(ids('Kenya held talks with President Isayas Afeworki.')).toEqual(['isaias-afwerki', 'kenya']);
    expect(ids('Sri Lankan President Mahinda Rajapakse met Norway.')).toEqual([
      'mahinda-rajapaksa',
      'norway',
    ]);
    // A short given name must be the same: "Juan Guiado" is Juan Guaido, "Kang Kyung-hwa" Kang Kyung-wha.
    expect(ids('Canada recognized opposition leader Juan Guiado.')).toEqual(['canada', 'juan-guaido']);
    expect(ids('Pompeo met South Korean Foreign Minister Kang Kyung-hwa.')).toEqual([
      'kang-kyung-wha',
      'mike-pompeo',
    ]);
  });

  it('stays a person of its own when either name is further off', () => {
    expect(ids('Eritrean President Isayas Woldemariam met Kenya.')).toEqual(['isayas-woldemariam', 'kenya']);
  });
});
