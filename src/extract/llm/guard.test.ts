import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../defaultLexicon';
import { analyseDocument } from '../extract';
import { canonicalText } from '../text';
import { RELATION_TYPES } from '../vocabulary';
import { droppedLine, Guard } from './guard';
import { ARTICLE, proposal } from './testArticle';

const text = canonicalText(ARTICLE);
const guard = new Guard({
  ...analyseDocument(text, { lexicon: defaultLexicon() }),
  text,
  types: RELATION_TYPES,
});
const sentenceOf = (fragment: string): [number, number] => {
  const at = text.indexOf(fragment);
  const start = text.lastIndexOf('\n', at) + 1;
  const dot = text.indexOf('.', at + fragment.length - 1);
  return [start > at ? at : start, dot + 1];
};

describe('the guard', () => {
  it('keeps a quote found verbatim and re-anchors it to its whole sentence, with exact offsets', () => {
    const { kept, dropped } = guard.check([
      proposal('russia', 'accuses', 'usa', 'accused Washington of expanding'),
    ]);
    expect(dropped).toEqual([]);
    expect(kept).toHaveLength(1);
    const [k] = kept;
    expect(text.slice(k!.start, k!.end)).toBe('Moscow accused Washington of expanding NATO.');
    expect(k).toMatchObject({ source: 'russia', target: 'usa', type: 'accuses', viaAnaphora: false });
    expect(text.slice(...(k!.spans.source as [number, number]))).toBe('Moscow');
    expect(text.slice(...(k!.spans.target as [number, number]))).toBe('Washington');
  });

  it('finds a quote whose quotation marks, dashes and spaces differ from the article', () => {
    const { kept, dropped } = guard.check([
      proposal('Kremlin', 'opposes', 'NATO', '"We  will not allow it,"\nthe Kremlin said.'),
    ]);
    // Found despite its straight quotes and line break; dropped only because that sentence names no NATO.
    expect(kept).toEqual([]);
    expect(dropped.map((d) => d.reason)).toEqual(['actor-not-in-sentence']);
    const found = guard.check([
      proposal(
        'russia',
        'rejects',
        'usa',
        'Moscow accused Washington of expanding NATO. "We will not allow it," the Kremlin said.',
      ),
    ]);
    expect(found.kept).toHaveLength(1);
    expect(text.slice(found.kept[0]!.start, found.kept[0]!.end)).toBe(
      'Moscow accused Washington of expanding NATO. “We will not allow it,” the Kremlin said.',
    );
  });

  it('takes actors by id, label or alias, case aside, and accepts an anaphor the rules resolve', () => {
    const { kept, dropped } = guard.check([
      proposal('Vladimir Putin', 'praises', 'xi jinping', 'The two leaders praised each other.'),
      proposal(
        'BRAZIL',
        'Courts',
        'African Union',
        'Brazil called for closer cooperation with the African Union.',
      ),
    ]);
    expect(dropped).toEqual([]);
    expect(kept.map((k) => [k.source, k.type, k.target, k.viaAnaphora])).toEqual([
      ['putin', 'praises', 'xi-jinping', true],
      ['brazil', 'courts', 'african-union', false],
    ]);
    expect(sentenceOf('Brazil called')).toEqual([kept[1]!.start, kept[1]!.end]);
  });

  it('drops invented quotes, absent actors, unknown actors, unknown types and self-relations, each with its reason', () => {
    const { kept, dropped } = guard.check([
      proposal('russia', 'sanctions', 'usa', 'Moscow imposed sanctions on Washington.'),
      proposal('russia', 'attacks', 'usa', 'Moscow'),
      proposal('brazil', 'accuses', 'nato', 'Moscow accused Washington of expanding NATO.'),
      proposal('atlantis', 'accuses', 'usa', 'Moscow accused Washington of expanding NATO.'),
      proposal('russia', 'invades', 'usa', 'Moscow accused Washington of expanding NATO.'),
      proposal('russia', 'accuses', 'Moscow', 'Moscow accused Washington of expanding NATO.'),
    ]);
    expect(kept).toEqual([]);
    expect(dropped.map((d) => d.reason)).toEqual([
      'quote-not-found',
      'quote-too-short',
      'actor-not-in-sentence',
      'unknown-actor',
      'unknown-type',
      'same-actor',
    ]);
    expect(dropped[0]!.detail).toContain('is not in the text');
    expect(dropped[1]!.detail).toContain('too short');
    expect(dropped[2]!.detail).toBe(
      'brazil accuses nato: brazil is not named in "Moscow accused Washington of expanding NATO."',
    );
  });

  it('drops a quote that runs over more than three sentences', () => {
    const { dropped } = guard.check([
      proposal('russia', 'accuses', 'usa', text.slice(0, text.indexOf('Brazil') - 2)),
    ]);
    expect(dropped.map((d) => d.reason)).toEqual(['quote-too-long']);
  });
});

describe('droppedLine', () => {
  it('counts by reason, most frequent first', () => {
    expect(droppedLine({ 'unknown-type': 1, 'quote-not-found': 3 })).toBe(
      '4 proposals dropped: 3 quotes not in the text, 1 unknown type',
    );
    expect(droppedLine({ 'actor-not-in-sentence': 1 })).toBe(
      '1 proposal dropped: 1 actor not named in its sentence',
    );
    expect(droppedLine({})).toBe('');
  });
});
