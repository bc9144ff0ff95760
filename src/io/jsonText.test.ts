import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findExcessiveNesting,
  findJsonSyntaxError,
  formatBytes,
  lineColumn,
  parseJsonText,
  utf8ByteLength,
} from './jsonText';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on what is valid', () => {
    const noise = fc.string({
      maxLength: 30,
      unit: fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        '"',
        ',',
        ':',
        '-',
        '+',
        '.',
        '0',
        '1',
        'e',
        'E',
        ' ',
        '\n',
        't',
        'n',
        'u',
        '\\',
        '/',
        'a',
      ),
    });
    const mutatedJson = fc
      .tuple(fc.json(), fc.nat(), fc.nat({ max: 3 }), noise)
      .map(([json, at, remove, insert]) => {
        const position = at % (json.length + 1);
        return json.slice(0, position) + insert.slice(0, 3) + json.slice(position + remove);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), noise, mutatedJson, fc.string({ unit: 'binary' })), (text) => {
        const error = findJsonSyntaxError(text);
        expect(error === undefined, `${JSON.stringify(text)} → ${error?.message ?? 'valid'}`).toBe(
          parses(text),
        );
        if (error) expect(error.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('copes with any depth without recursion', () => {
    expect(findJsonSyntaxError('['.repeat(500_000) + ']'.repeat(500_000))).toBeUndefined();
    expect(findJsonSyntaxError('['.repeat(500_000))?.message).toContain('the file ends inside the list');
  });
});

describe('helpers', () => {
  it('finds line and column, treating CRLF, LF and CR as line ends', () => {
    const text = 'ab\ncd\r\nef\rgh';
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(text, 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn(text, 7)).toEqual({ line: 3, column: 1 });
    expect(lineColumn(text, 10)).toEqual({ line: 4, column: 1 });
  });

  it('counts UTF-8 bytes like Node does, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: fc.constantFrom('\ud800', '\udc00', 'a') }),
        (a, b) => {
          const text = a + b;
          expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
        },
      ),
    );
  });

  it('finds the first bracket that nests too deep, ignoring strings', () => {
    expect(findExcessiveNesting('[[[]]]', 3)).toBeUndefined();
    expect(findExcessiveNesting('[[{"a":[]}]]', 3)).toBe(7);
    expect(findExcessiveNesting('["[[[[", "\\"[[[["]', 2)).toBeUndefined();
  });

  it('formats sizes', () => {
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatBytes(1536)).toBe('1.5 kB');
    expect(formatBytes(12)).toBe('12 bytes');
  });

  it('accepts a byte-order mark, which takes no column', () => {
    expect(parseJsonText('\uFEFF{"a": 1}', 'f.json', { maxBytes: 100, maxDepth: 4 })).toMatchObject({
      ok: true,
      value: { a: 1 },
    });
    expect(parseJsonText('\uFEFF{"a" 1}', 'f.json', { maxBytes: 100, maxDepth: 4 })).toMatchObject({
      ok: false,
      problems: [{ path: 'line 1, column 6' }],
    });
  });
});
