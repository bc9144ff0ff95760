import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRealNews, countSentences, readLexiconIds, type RealNews } from './check-real-news';
import { repoRoot } from './runScript';
import { SPLITS } from '../src/extract/evalData';

const data = JSON.parse(readFileSync(join(repoRoot, 'data/devset/real-news.json'), 'utf8')) as RealNews;
const lexicon = readLexiconIds();
/** Every real-news split the eval describes (src/extract/evalSplits.ts), the one list of them. */
const REAL_NEWS_SPLITS = SPLITS.filter((spec) => spec.file === 'real-news').map((spec) => spec.split);

/** A deep copy of the set with `change` applied, so each case breaks one thing. */
function broken(
  change: (copy: { sources: RealNews['sources'][number][]; items: Record<string, unknown>[] }) => void,
) {
  const copy = structuredClone(data) as unknown as Parameters<typeof change>[0];
  change(copy);
  return checkRealNews(copy as unknown as RealNews, lexicon);
}

describe('countSentences', () => {
  it('does not end a sentence at U.S., U.N. or Mr.', () => {
    expect(countSentences('Mr. Obama met U.S. and U.N. envoys. They left.')).toBe(2);
  });

  it('ends a sentence after a closing quote', () => {
    expect(countSentences('He said, \u201cNo.\u201d Then he left. "Why?" she asked.')).toBe(3);
  });
});

describe('checkRealNews', () => {
  it('finds nothing wrong with the committed set', () => {
    expect(checkRealNews(data, lexicon)).toEqual([]);
  });

  it('reports an article or a passage that is in the set twice', () => {
    const problems = broken((copy) => {
      copy.sources.push({ ...copy.sources[0]!, id: 'voa-copy' });
      copy.items.push({ ...copy.items[0]!, id: 'n-copy', sourceId: 'voa-copy' });
    });
    expect(problems).toEqual([
      `two sources were read at ${data.sources[0]!.url}; each article goes in once`,
      `two items hold the same passage ("${data.items[0]!.text.slice(0, 40)}…"); each goes in once`,
    ]);
  });

  it('reports an unknown type, a misspelt lexicon id and an unsorted symmetric pair', () => {
    const problems = broken((copy) => {
      copy.items[0]!.relations = [
        { source: 'usa', target: 'cuba', type: 'bombs' },
        { source: 'north-koria', target: 'usa', type: 'warns' },
        { source: 'usa', target: 'cuba', type: 'negotiates_with' },
      ];
    });
    expect(problems).toEqual([
      `${data.items[0]!.id} relations[0]: unknown type "bombs"`,
      `${data.items[0]!.id} relations[1]: "north-koria" is not a lexicon id`,
      `${data.items[0]!.id} relations[2]: negotiates_with is symmetric; put cuba first`,
    ]);
  });

  it('reports a wrong sentence count and an article used in both splits', () => {
    const first = data.items[0]!;
    const problems = broken((copy) => {
      copy.items[0]!.sentences = first.sentences + 1;
      copy.items.push({ ...copy.items[0]!, id: 'n999', split: 'news-blind', sentences: first.sentences });
    });
    expect(problems).toContain(
      `${first.id}: says ${first.sentences + 1} sentences, the text has ${first.sentences}`,
    );
    expect(problems).toContain(`n999: ${first.sourceId} appears in two splits; split by article`);
  });

  it.each(REAL_NEWS_SPLITS)('reports %s when it is too small to score on its own', (split) => {
    const kept = data.items.filter((item) => item.split === split).slice(0, 1);
    const problems = broken((copy) => {
      copy.items = copy.items.filter((item) => item.split !== split || item.id === kept[0]!.id);
    });
    expect(problems).toContain(
      `${split} holds ${kept[0]!.sentences} sentences; each split needs at least 90`,
    );
  });

  it('reports an item whose split is not one of the listed splits', () => {
    const problems = broken((copy) => {
      copy.items[0]!.split = 'news-blind-unlisted';
    });
    expect(problems).toContain(`${data.items[0]!.id}: unknown split "news-blind-unlisted"`);
  });
});
