import { describe, expect, it } from 'vitest';
import type { Evidence } from '../domain/types';
import { drawableSpans, flagWords, percent, quoteRuns, segmentText } from './evidenceSegments';

describe('segmentText', () => {
  it('splits around spans in text order and keeps every character', () => {
    const text = 'One. Two. Three.';
    const segs = segmentText(text, [
      { start: 10, end: 16 },
      { start: 0, end: 4 },
    ]);
    expect(segs.map((s) => [s.text, s.span])).toEqual([
      ['One.', 1],
      [' Two. ', -1],
      ['Three.', 0],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('drops spans out of range and overlapping ones', () => {
    const segs = segmentText('abcdef', [
      { start: 1, end: 4 },
      { start: 2, end: 5 },
      { start: 4, end: 99 },
    ]);
    expect(segs.map((s) => [s.text, s.span])).toEqual([
      ['a', -1],
      ['bcd', 0],
      ['ef', -1],
    ]);
  });
});

const TEXT = 'Intro. Germany accused Russia of cyberattacks. End.';
const at = (word: string): [number, number] => {
  const start = TEXT.indexOf(word);
  return [start, start + word.length];
};
const QUOTE = 'Germany accused Russia of cyberattacks.';
const evidence: Evidence = {
  sourceId: 's1',
  start: TEXT.indexOf(QUOTE),
  end: TEXT.indexOf(QUOTE) + QUOTE.length,
  quote: QUOTE,
  confidence: 0.9,
  cue: 'accused',
  rule: 'active',
  flags: ['reported'],
  spans: { cue: at('accused'), source: at('Germany'), target: at('Russia') },
};

describe('quoteRuns', () => {
  it('marks the cue and both actors inside the quote, at absolute offsets', () => {
    const runs = quoteRuns(evidence.quote, evidence.start, evidence.spans);
    expect(runs.map((r) => [r.text, r.role])).toEqual([
      ['Germany', 'source'],
      [' ', null],
      ['accused', 'cue'],
      [' ', null],
      ['Russia', 'target'],
      [' of cyberattacks.', null],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(evidence.quote);
    expect(runs.every((r) => TEXT.slice(r.start, r.start + r.text.length) === r.text)).toBe(true);
  });

  it('leaves the quote plain without spans, and ignores spans outside it', () => {
    expect(quoteRuns(QUOTE, evidence.start, undefined)).toEqual([
      { text: QUOTE, start: evidence.start, role: null },
    ]);
    const outside = quoteRuns(QUOTE, evidence.start, { cue: at('Intro'), target: at('Russia') });
    expect(outside.filter((r) => r.role).map((r) => r.role)).toEqual(['target']);
  });

  it('draws no spans for a quote that was not found in its source', () => {
    expect(drawableSpans({ ...evidence, anchor: 'orphaned' })).toBeUndefined();
    expect(drawableSpans({ ...evidence, anchor: 'reanchored' })).toBe(evidence.spans);
  });
});

describe('evidence words', () => {
  it('puts flags in words, negation first, unknown flags as they are', () => {
    expect(flagWords({ ...evidence, negated: true, flags: ['hedged', 'reported', 'new_flag'] })).toEqual([
      'negated',
      'hedged',
      'reported speech',
      'new flag',
    ]);
    expect(flagWords({ ...evidence, flags: ['negated'], negated: true })).toEqual(['negated']);
  });

  it('shows confidence as a whole percent', () => {
    expect(percent(0.606)).toBe('61%');
  });
});
