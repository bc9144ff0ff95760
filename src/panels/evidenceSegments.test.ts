import { describe, expect, it } from 'vitest';
import { segmentText } from './evidenceSegments';

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
