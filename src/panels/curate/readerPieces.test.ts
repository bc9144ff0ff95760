import { describe, expect, it } from 'vitest';
import { readerPieces } from './readerPieces';

const text = 'One two. Three four. Five six.';
const at = (word: string) => text.indexOf(word);

describe('readerPieces', () => {
  it('covers the text exactly, marking evidence', () => {
    const pieces = readerPieces(text, [{ start: at('Three'), end: at(' Five'), evidence: 2 }], null);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.map((p) => [p.text, p.evidence, p.chosen])).toEqual([
      ['One two. ', -1, false],
      ['Three four.', 2, false],
      [' Five six.', -1, false],
    ]);
  });

  it('cuts evidence marks where the chosen sentence starts and ends', () => {
    const pieces = readerPieces(text, [{ start: 0, end: at('Five'), evidence: 0 }], {
      start: at('Three'),
      end: at(' Five'),
    });
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.map((p) => [p.text, p.evidence, p.chosen])).toEqual([
      ['One two. ', 0, false],
      ['Three four.', 0, true],
      [' ', 0, false],
      ['Five six.', -1, false],
    ]);
    expect(pieces.map((p) => p.start)).toEqual([0, at('Three'), at(' Five'), at('Five')]);
  });

  it('marks a chosen sentence in plain text, and nothing when none is chosen', () => {
    const pieces = readerPieces(text, [], { start: 0, end: at(' Three') });
    expect(pieces.filter((p) => p.chosen).map((p) => p.text)).toEqual(['One two.']);
    expect(readerPieces(text, [], null)).toEqual([{ text, start: 0, evidence: -1, chosen: false }]);
  });
});
