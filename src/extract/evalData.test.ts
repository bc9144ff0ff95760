import { describe, expect, it } from 'vitest';
import { defaultLexicon } from './defaultLexicon';
import { goldActorId, goldLabels, readEvalItems, scoresSplit, SPLITS } from './evalData';
import { ordinalWord } from './evalSplits';

describe('gold actors', () => {
  const lexicon = defaultLexicon();

  it('keeps lexicon ids and resolves names the lexicon knows as a whole', () => {
    expect(goldActorId('russia', lexicon)).toBe('russia');
    expect(goldActorId('the Kremlin', lexicon)).toBe('russia');
    expect(goldActorId('Sergei Lavrov', lexicon)).toBe('sergei-lavrov');
  });

  it('slugs names the lexicon lacks, or knows only in part', () => {
    expect(goldActorId('Grant Shapps', lexicon)).toBe('grant-shapps');
    expect(goldActorId('Russian Red Cross', lexicon)).toBe('russian-red-cross');
  });

  it('drops a title before a name, as the extractor names a titled person without it', () => {
    expect(goldActorId('Crown Prince Abdullah', lexicon)).toBe('abdullah');
    expect(goldActorId('Prince Faisal bin Farhan Al Saud', lexicon)).toBe('faisal-bin-farhan-al-saud');
    // A title alone, or a body whose name holds a title word, stays as written.
    expect(goldActorId('General Assembly', lexicon)).toBe('general-assembly');
    // Words that may stand before a title are no title without its head: the name is the body's.
    expect(goldActorId('National Liberation Army', lexicon)).toBe('national-liberation-army');
    expect(goldActorId('Former President Jimmy Morales', lexicon)).toBe('jimmy-morales');
  });

  it('labels an item with its id as the unit', () => {
    const item = {
      id: 'n1',
      split: 'news-dev',
      text: '',
      relations: [{ source: 'Moscow', target: 'usa', type: 'accuses' }],
    };
    expect(goldLabels(item, lexicon)).toEqual([
      { source: 'russia', target: 'usa', type: 'accuses', negated: false, unit: 'n1' },
    ]);
  });
});

describe('readEvalItems', () => {
  it('names what is wrong with a file', () => {
    expect(readEvalItems({}, 'f.json')).toBe('f.json: no "items" list');
    expect(readEvalItems({ items: [{ id: 'a', text: 't' }] }, 'f.json')).toContain('item 1');
    expect(
      readEvalItems({ items: [{ id: 'a', text: 't', relations: [{ source: 'x' }] }] }, 'f.json'),
    ).toContain('item a');
  });

  it('reads items, dev by default', () => {
    expect(readEvalItems({ items: [{ id: 'a', text: 't', relations: [] }] }, 'f.json')).toEqual([
      { id: 'a', split: 'dev', text: 't', relations: [] },
    ]);
  });
});

describe('scoresSplit', () => {
  const open = { file: 'real-news', split: 'news-dev', title: 'open' } as const;
  const sealed = { file: 'real-news', split: 'news-blind-9', title: 'sealed', sealed: true } as const;

  it('scores an open split in a plain run, an "all" run or when named', () => {
    expect([undefined, 'all', 'news-dev'].map((only) => scoresSplit(open, only))).toEqual([true, true, true]);
    expect(scoresSplit(open, 'seed')).toBe(false);
  });

  it('scores a sealed split only when it is asked for by name', () => {
    expect([undefined, 'all', 'news-dev', 'seed'].map((only) => scoresSplit(sealed, only))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(scoresSplit(sealed, 'news-blind-9')).toBe(true);
  });
});

describe('ordinalWord', () => {
  it('writes the ordinals the split titles use', () => {
    expect([1, 8, 11, 18, 20, 31, 52, 70, 99].map(ordinalWord)).toEqual([
      'first',
      'eighth',
      'eleventh',
      'eighteenth',
      'twentieth',
      'thirty-first',
      'fifty-second',
      'seventieth',
      'ninety-ninth',
    ]);
    expect([100, 101, 123].map(ordinalWord)).toEqual([
      'hundredth',
      'hundred and first',
      'hundred and twenty-third',
    ]);
    expect([200, 201, 345].map(ordinalWord)).toEqual([
      'two hundredth',
      'two hundred and first',
      'three hundred and forty-fifth',
    ]);
    expect(() => ordinalWord(1000)).toThrow(RangeError);
    expect(() => ordinalWord(0)).toThrow(RangeError);
  });

  it('titles a later blind part by its annotator and round', () => {
    expect(SPLITS.find((spec) => spec.split === 'news-blind-18')?.title).toBe(
      'real public-domain news, an eighteenth annotator; scored once after the fourteenth round',
    );
  });
});
