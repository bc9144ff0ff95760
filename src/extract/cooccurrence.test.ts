import { describe, expect, it } from 'vitest';
import { cooccurrencePairs } from './cooccurrence';
import { defaultLexicon } from './defaultLexicon';

describe('cooccurrencePairs', () => {
  const lexicon = defaultLexicon();

  it('pairs every two different actors named in the same sentence, once', () => {
    const text = 'China and Russia met India in Beijing. Moscow praised Paris.';
    const pairs = cooccurrencePairs(text, lexicon, 'u').map((p) => `${p.source}~${p.target}`);
    expect(pairs.sort()).toEqual(['china~india', 'china~russia', 'france~russia', 'india~russia']);
  });

  it('pairs nothing across sentences or within one actor', () => {
    expect(cooccurrencePairs('China spoke. Russia listened. Beijing and China agreed.', lexicon)).toEqual([]);
  });
});
