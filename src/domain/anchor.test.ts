import { describe, expect, it } from 'vitest';
import { anchorGraph, canonicalText, findQuote, quoteOccurrences, type DraftGraph } from './anchor';

const text = 'Beijing and Moscow met. Washington objected. Beijing and Moscow met.\nThe end 😀 “quoted”.';

describe('findQuote', () => {
  it('finds a quote that occurs once', () => {
    expect(findQuote(text, 'Washington objected.')).toEqual({ ok: true, start: 24, end: 44 });
  });

  it('counts offsets in UTF-16 code units', () => {
    const quote = '“quoted”.';
    const match = findQuote(text, quote);
    expect(match.ok && text.slice(match.start, match.end)).toBe(quote);
    expect(match).toMatchObject({ start: text.length - quote.length });
  });

  it('reports a missing, empty or repeated quote', () => {
    expect(findQuote(text, 'Paris')).toEqual({ ok: false, reason: 'not-found', count: 0 });
    expect(findQuote(text, '')).toEqual({ ok: false, reason: 'empty', count: 0 });
    expect(findQuote(text, 'Beijing and Moscow met.')).toEqual({ ok: false, reason: 'ambiguous', count: 2 });
  });

  it('lets a correct hint choose among repeated occurrences, and ignores a wrong one', () => {
    expect(findQuote(text, 'Beijing and Moscow met.', 45)).toEqual({ ok: true, start: 45, end: 68 });
    expect(findQuote(text, 'Beijing and Moscow met.', 3)).toMatchObject({ ok: false, reason: 'ambiguous' });
    expect(findQuote(text, 'Washington objected.', 999)).toEqual({ ok: true, start: 24, end: 44 });
  });

  it('lists overlapping occurrences', () => {
    expect(quoteOccurrences('aaa', 'aa')).toEqual([0, 1]);
  });
});

describe('canonicalText', () => {
  it('uses LF line endings and NFC', () => {
    expect(canonicalText('Cafe\u0301\r\nx\ry')).toBe('Caf\u00e9\nx\ny');
  });
});

describe('anchorGraph', () => {
  const draft = (evidence: DraftGraph['relations'][number]['evidence']): DraftGraph => ({
    schemaVersion: 1,
    sources: [{ id: 's', title: 'T', author: 'A', publisher: 'P', published: '2025-01-01', text: 'stale' }],
    actors: [],
    relationTypes: [],
    relations: [{ id: 'r', source: 'a', target: 'b', type: 't', evidence }],
  });

  it('fills in missing offsets, corrects wrong ones and keeps right ones', () => {
    const report = anchorGraph(
      draft([
        { sourceId: 's', quote: 'Washington objected.' },
        { sourceId: 's', start: 0, end: 5, quote: 'The end 😀 “quoted”.' },
        { sourceId: 's', start: 45, end: 68, quote: 'Beijing and Moscow met.', negated: true },
      ]),
      new Map([['s', text]]),
    );
    expect(report.problems).toEqual([]);
    expect(report.fixed).toBe(2);
    const source = report.graph.sources[0];
    expect(source?.text).toBe(text);
    const evidence = report.graph.relations[0]?.evidence ?? [];
    expect(evidence.map((e) => [e.start, e.end])).toEqual([
      [24, 44],
      [69, text.length],
      [45, 68],
    ]);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(Object.keys(evidence[2] ?? {})).toEqual(['sourceId', 'start', 'end', 'quote', 'negated']);
  });

  it('reports quotes it cannot place and unknown sources', () => {
    const report = anchorGraph(
      draft([
        { sourceId: 's', quote: 'Paris' },
        { sourceId: 's', quote: 'Beijing and Moscow met.' },
        { sourceId: 'nope', quote: 'Washington objected.' },
      ]),
      new Map([['s', text]]),
    );
    expect(report.problems).toHaveLength(3);
    expect(report.problems[0]).toMatch(/not-found/);
    expect(report.problems[1]).toMatch(/ambiguous \(2 matches\)/);
    expect(report.problems[2]).toMatch(/unknown source "nope"/);
  });
});
