import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collapseWhitespace,
  createWhitespaceInsensitiveFinder,
  findAllOccurrences,
  findNearestOccurrence,
  isWhitespace,
  reanchorQuote,
} from './reanchor';

describe('findAllOccurrences', () => {
  it('lists every start, overlapping ones included', () => {
    expect(findAllOccurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(findAllOccurrences('abc', 'x')).toEqual([]);
    expect(findAllOccurrences('abc', '')).toEqual([]);
  });
});

describe('findNearestOccurrence', () => {
  const text = 'pact. pact. pact.';
  //            0     6     12

  it('picks the occurrence whose start is nearest the hint', () => {
    expect(findNearestOccurrence(text, 'pact', 0)).toBe(0);
    expect(findNearestOccurrence(text, 'pact', 5)).toBe(6);
    expect(findNearestOccurrence(text, 'pact', 10)).toBe(12);
    expect(findNearestOccurrence(text, 'pact', 1000)).toBe(12);
  });

  it('breaks a tie towards the earlier occurrence', () => {
    expect(findNearestOccurrence(text, 'pact', 3)).toBe(0);
    expect(findNearestOccurrence(text, 'pact', 9)).toBe(6);
  });

  it('treats a negative, fractional or non-finite hint safely', () => {
    expect(findNearestOccurrence(text, 'pact', -50)).toBe(0);
    expect(findNearestOccurrence(text, 'pact', 11.9)).toBe(12);
    expect(findNearestOccurrence(text, 'pact', Number.NaN)).toBe(0);
    expect(findNearestOccurrence(text, 'pact', Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('finds nothing for an empty, absent or over-long needle', () => {
    expect(findNearestOccurrence(text, '', 3)).toBeUndefined();
    expect(findNearestOccurrence(text, 'treaty', 3)).toBeUndefined();
    expect(findNearestOccurrence('ab', 'abc', 0)).toBeUndefined();
  });

  it('counts in UTF-16 code units, so astral characters take two', () => {
    const astral = '😀a😀a'; // 😀 is two code units
    expect(astral.length).toBe(6);
    expect(findNearestOccurrence(astral, 'a', 0)).toBe(2);
    expect(findNearestOccurrence(astral, 'a', 5)).toBe(5);
    expect(findNearestOccurrence(astral, '😀a', 3)).toBe(3);
  });

  it('looks no further than maxDistance', () => {
    expect(findNearestOccurrence(text, 'pact', 2, 2)).toBe(0);
    expect(findNearestOccurrence(text, 'pact', 3, 2)).toBeUndefined();
    expect(findNearestOccurrence(text, 'pact', 6, 0)).toBe(6);
    expect(findNearestOccurrence(text, 'pact', 7, Number.NaN)).toBeUndefined();
  });

  it('finds a match far from the hint in a long text', () => {
    const long = `${'x'.repeat(100_000)}needle${'y'.repeat(100_000)}`;
    expect(findNearestOccurrence(long, 'needle', 0)).toBe(100_000);
    expect(findNearestOccurrence(long, 'needle', long.length)).toBe(100_000);
    expect(findNearestOccurrence(long, 'needle', 0, 50_000)).toBeUndefined();
  });

  it('agrees with a brute-force search, near and far', () => {
    // Sparse matches in long runs of filler exercise the widening search windows.
    const hay = fc
      .array(fc.tuple(fc.nat({ max: 3000 }), fc.constantFrom('ab', 'ba', 'a', 'b', 'aba')), { maxLength: 6 })
      .map((pieces) => pieces.map(([gap, piece]) => 'x'.repeat(gap) + piece).join(''));
    fc.assert(
      fc.property(
        hay,
        fc.constantFrom('a', 'b', 'ab', 'ba', 'aba', 'xa'),
        fc.integer({ min: -5, max: 20_000 }),
        fc.option(fc.nat({ max: 6000 }), { nil: undefined }),
        (text, needle, hint, maxDistance) => {
          const clamped = Math.min(Math.max(hint, 0), text.length);
          const near = findAllOccurrences(text, needle).filter(
            (start) => maxDistance === undefined || Math.abs(start - clamped) <= maxDistance,
          );
          const found = findNearestOccurrence(text, needle, hint, maxDistance);
          if (near.length === 0) return found === undefined;
          const best = Math.min(...near.map((start) => Math.abs(start - clamped)));
          return found === near.find((start) => Math.abs(start - clamped) === best);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('whitespace', () => {
  it('recognises the same characters as \\s', () => {
    const disagreements: string[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });

  it('collapses each run to one space and remembers where characters came from', () => {
    const { text, origin } = collapseWhitespace('a \n\tb  c');
    expect(text).toBe('a b c');
    expect(Array.from(origin)).toEqual([0, 1, 4, 5, 7, 8]);
  });
});

describe('createWhitespaceInsensitiveFinder', () => {
  const text = 'Russia and China\nsigned a  pact.\u00a0Later they signed a pact again.';

  it('matches across differences in whitespace, returning the text as it stands', () => {
    const found = createWhitespaceInsensitiveFinder(text).find('Russia and China signed a pact.', 0);
    expect(found).toMatchObject({ start: 0, end: 32, method: 'whitespace' });
    expect(found?.quote).toBe('Russia and China\nsigned a  pact.');
    expect(found?.quote).toBe(text.slice(found?.start, found?.end));
  });

  it('ignores whitespace around the quote', () => {
    const found = createWhitespaceInsensitiveFinder(text).find('  \n signed a pact.\t', 0);
    expect(found?.quote).toBe('signed a  pact.');
    expect(found?.start).toBe(text.indexOf('signed'));
  });

  it('picks the occurrence nearest the hint', () => {
    const finder = createWhitespaceInsensitiveFinder(text);
    expect(finder.find('signed a pact', 0)?.start).toBe(17);
    expect(finder.find('signed a pact', 60)?.start).toBe(text.lastIndexOf('signed'));
  });

  it('needs whitespace where the quote has it, and none where it has none', () => {
    const finder = createWhitespaceInsensitiveFinder('signed apact');
    expect(finder.find('signed a pact', 0)).toBeUndefined();
    expect(createWhitespaceInsensitiveFinder('sig ned a pact').find('signed a pact', 0)).toBeUndefined();
    expect(finder.find('   ', 0)).toBeUndefined();
  });

  it('maps offsets inside the old quote onto the text', () => {
    const quote = 'China signed a pact.';
    const found = createWhitespaceInsensitiveFinder(text).find(quote, 0);
    if (!found) throw new Error('expected a match');
    const cue = quote.indexOf('signed');
    expect(text.slice(found.mapOffset(cue), found.mapOffset(cue + 'signed'.length))).toBe('signed');
    const pact = quote.indexOf('pact');
    expect(text.slice(found.mapOffset(pact), found.mapOffset(pact + 4))).toBe('pact');
    expect(found.mapOffset(0)).toBe(found.start);
    expect(found.mapOffset(quote.length)).toBe(found.end);
  });

  it('keeps UTF-16 offsets around astral characters', () => {
    const emoji = '🎉 Russia and  China 🎉 agreed.';
    const found = createWhitespaceInsensitiveFinder(emoji).find('China 🎉\nagreed.', 0);
    expect(found?.start).toBe(emoji.indexOf('China'));
    expect(found?.quote).toBe('China 🎉 agreed.');
  });

  it('finds any substring whose whitespace runs were rewritten', () => {
    const word = fc.string({ minLength: 1, maxLength: 4, unit: fc.constantFrom('a', 'b', 'é', '😀') });
    const gap = fc.string({ minLength: 1, maxLength: 3, unit: fc.constantFrom(' ', '\n', '\t', '\u00a0') });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        gap,
        (pieces, a, b, replacement) => {
          const text = pieces.map(([w, g]) => w + g).join('');
          const words = pieces.map(([w]) => w);
          const from = a % words.length;
          const to = from + (b % (words.length - from));
          const quote = words.slice(from, to + 1).join(replacement);
          const found = createWhitespaceInsensitiveFinder(text).find(quote, 0);
          if (!found) return false;
          return (
            found.quote === text.slice(found.start, found.end) &&
            collapseWhitespace(found.quote).text === collapseWhitespace(quote).text
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('reanchorQuote', () => {
  it('prefers a verbatim occurrence over a whitespace-insensitive one', () => {
    const text = 'signed  a pact; then signed a pact';
    const found = reanchorQuote(text, 'signed a pact', 0);
    expect(found).toMatchObject({ method: 'exact', start: 21, end: 34 });
  });

  it('falls back to whitespace-insensitive matching, then gives up', () => {
    expect(reanchorQuote('signed\na pact', 'signed a pact', 0)).toMatchObject({
      method: 'whitespace',
      start: 0,
      end: 13,
    });
    expect(reanchorQuote('signed a treaty', 'signed a pact', 0)).toBeUndefined();
    expect(reanchorQuote('anything', '', 0)).toBeUndefined();
  });

  it('maps offsets of an exact match by shifting them', () => {
    const found = reanchorQuote('xx🎉 pact', 'pact', 0);
    expect(found?.start).toBe(5);
    expect(found?.mapOffset(2)).toBe(7);
  });
});
