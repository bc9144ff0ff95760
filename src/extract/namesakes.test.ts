import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { sortedIds } from './testing/sortedIds';

const ids = sortedIds;

describe('"the two Koreas": a plural of the name two states share', () => {
  it('names both states, as subject, object or behind "diplomats from"', () => {
    expect(ids('Both Sudans accused Chad of arming rebels.')).toEqual([
      'south-sudan>chad:accuses',
      'sudan>chad:accuses',
    ]);
    expect(ids('China warned the two Koreas.')).toEqual([
      'china>north-korea:warns',
      'china>south-korea:warns',
    ]);
    expect(ids('Diplomats from the two Koreas held talks on Tuesday.')).toEqual([
      'north-korea>south-korea:negotiates_with',
    ]);
  });

  it('is the pair "the two sides" names in the sentences after', () => {
    const graph = extract('The two Koreas met in Panmunjom. The two sides agreed to hold military talks.');
    const talks = graph.relations.find((r) => r.id === 'north-korea>south-korea:negotiates_with');
    expect(talks?.evidence).toHaveLength(2);
  });

  it('does not read a word three states share, or a generic head noun', () => {
    expect(ids('The two Guineas held talks.')).toEqual([]);
    expect(ids('The two republics held talks.')).toEqual([]);
  });
});

describe('a name two states share ("Congo")', () => {
  it('is DR Congo, as the press writes it, unless the text named the other state by a name of its own', () => {
    expect(ids('Rwanda attacked Congo.')).toEqual(['rwanda>dr-congo:attacks']);
    expect(ids('The Republic of Congo is calm. Rwanda attacked Congo.')).toEqual([
      'rwanda>republic-of-the-congo:attacks',
    ]);
    expect(ids('Congo-Brazzaville is calm. Rwanda attacked Congo.')).toEqual([
      'rwanda>republic-of-the-congo:attacks',
    ]);
    expect(ids('The Democratic Republic of Congo is calm. Rwanda attacked Congo.')).toEqual([
      'rwanda>dr-congo:attacks',
    ]);
  });
});

describe('a family name two known persons share ("Sharif")', () => {
  it("is the one the text named in full, else the lexicon's first", () => {
    expect(
      ids('Modi urged his Pakistani counterpart Nawaz Sharif to act. Sharif met Modi in New Delhi.'),
    ).toEqual(['narendra-modi>nawaz-sharif:demands', 'narendra-modi>nawaz-sharif:negotiates_with']);
    expect(ids('Sharif met Modi in New Delhi.')).toEqual(['narendra-modi>shehbaz-sharif:negotiates_with']);
  });
});

describe('a body named after a capital', () => {
  it('is not the state of the capital', () => {
    expect(sortedIds('France, Russia and the United States co-chair the Minsk Group.')).toEqual([
      'france>russia:cooperates_with',
      'france>usa:cooperates_with',
      'russia>usa:cooperates_with',
    ]);
  });
});
