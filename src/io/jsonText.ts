/**
 * Reading JSON text that may be hostile or hand-edited: a size limit, a nesting limit, and syntax
 * errors reported by line and column in words rather than in the engine's own phrasing.
 */
import type { ParseResult, Problem } from './problems';
import { fail, ok } from './problems';

export interface JsonTextLimits {
  /** Largest accepted size in UTF-8 bytes. */
  readonly maxBytes: number;
  /** Deepest accepted nesting of objects and lists. */
  readonly maxDepth: number;
}

/** Size in UTF-8 bytes, counting no further than `stopAfter` (the result is then just above it). */
export function utf8ByteLength(text: string, stopAfter = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

import { formatBytes } from './byteSize';

export { formatBytes };

/** 1-based line and column (in UTF-16 code units) of an offset; CRLF, LF and lone CR each end a line. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const end = Math.min(Math.max(offset, 0), text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export const lineColumnPath = (text: string, offset: number): string => {
  const { line, column } = lineColumn(text, offset);
  return `line ${line}, column ${column}`;
};

/** The offset of the first `{` or `[` nested deeper than `maxDepth`, ignoring brackets inside strings. */
export function findExcessiveNesting(text: string, maxDepth: number, from = 0): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92) i += 1;
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      depth += 1;
      if (depth > maxDepth) return i;
    } else if (code === 125 || code === 93) depth -= 1;
  }
  return undefined;
}

export interface JsonSyntaxError {
  readonly offset: number;
  readonly message: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const HEX4 = /[0-9A-Fa-f]{4}/y;
const VALUE_KINDS = 'a value (an object, list, string, number, true, false or null)';

/** How the character at `offset` reads in a message. */
function found(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  WORD.lastIndex = offset;
  const word = WORD.exec(text);
  if (word) return `the word '${word[0].slice(0, 30)}'`;
  const code = text.codePointAt(offset) ?? 0;
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f) || code === 0xfeff) {
    return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `'${String.fromCodePoint(code)}'`;
}

interface Open {
  readonly kind: 'object' | 'list';
  readonly offset: number;
}

/**
 * The first syntax error in `text` as JSON (RFC 8259), or undefined when it is valid. Runs without
 * recursion, so any nesting depth is safe.
 */
export function findJsonSyntaxError(text: string, from = 0): JsonSyntaxError | undefined {
  const n = text.length;
  const stack: Open[] = [];
  let i = from;
  type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'after';
  let expect: Expect = 'value';
  const error = (offset: number, message: string): JsonSyntaxError => ({ offset, message });
  const unclosed = (): JsonSyntaxError => {
    const top = stack[stack.length - 1];
    if (!top) return error(n, `the file ends where ${VALUE_KINDS} was expected`);
    const { line, column } = lineColumn(text, top.offset);
    return error(
      n,
      `the file ends inside the ${top.kind} opened at line ${line}, column ${column}; ` +
        `it is missing its closing '${top.kind === 'object' ? '}' : ']'}'`,
    );
  };
  const skipWhitespace = (): void => {
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === 32 || code === 9 || code === 10 || code === 13) i += 1;
      else break;
    }
  };
  const scanString = (): JsonSyntaxError | undefined => {
    const open = i;
    i += 1;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === 34) {
        i += 1;
        return undefined;
      }
      if (code === 92) {
        const escape = text[i + 1];
        if (escape === 'u') {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) return error(i, `'\\u' in a string must be followed by four hex digits`);
          i += 6;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 2;
        else if (escape === undefined) break;
        else {
          return error(
            i,
            `invalid escape '\\${escape}' in a string; the escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX`,
          );
        }
        continue;
      }
      if (code === 10 || code === 13) {
        return error(i, 'a line break inside a string; close the string with " or write the break as \\n');
      }
      if (code < 0x20) {
        const hex = code.toString(16).toUpperCase().padStart(4, '0');
        return error(i, `the control character U+${hex} inside a string; write it as \\u${hex}`);
      }
      i += 1;
    }
    const { line, column } = lineColumn(text, open);
    return error(n, `the string that starts at line ${line}, column ${column} is never closed with "`);
  };

  for (;;) {
    skipWhitespace();
    const top = stack[stack.length - 1];

    if (expect === 'after') {
      if (!top)
        return i < n ? error(i, `unexpected ${found(text, i)} after the end of the JSON value`) : undefined;
      if (i >= n) return unclosed();
      const char = text[i];
      const close = top.kind === 'object' ? '}' : ']';
      if (char === ',') {
        i += 1;
        expect = top.kind === 'object' ? 'key' : 'value';
      } else if (char === close) {
        i += 1;
        stack.pop();
      } else if (top.kind === 'object') {
        return error(i, `expected ',' or '}' after a property value, found ${found(text, i)}`);
      } else {
        return error(i, `expected ',' or ']' after a list item, found ${found(text, i)}`);
      }
      continue;
    }

    if (i >= n) return unclosed();
    const char = text[i];

    if (expect === 'key' || expect === 'keyOrClose') {
      if (char === '}') {
        if (expect === 'key') return error(i, "a comma before '}'; remove the comma after the last property");
        i += 1;
        stack.pop();
        expect = 'after';
        continue;
      }
      if (char !== '"') {
        const hint = char === "'" ? ' (JSON strings use double quotes)' : '';
        return error(i, `expected a property name in double quotes, found ${found(text, i)}${hint}`);
      }
      const stringError = scanString();
      if (stringError) return stringError;
      skipWhitespace();
      if (text[i] !== ':') {
        if (i >= n) return unclosed();
        return error(i, `expected ':' after the property name, found ${found(text, i)}`);
      }
      i += 1;
      expect = 'value';
      continue;
    }

    // A value is expected (possibly the end of a list that has just opened).
    if (char === ']' || char === '}') {
      if (char === ']' && expect === 'valueOrClose') {
        i += 1;
        stack.pop();
        expect = 'after';
        continue;
      }
      if (char === ']' && top?.kind === 'list') {
        return error(i, "a comma before ']'; remove the comma after the last item");
      }
      const after = top?.kind === 'object' ? " after ':'" : '';
      return error(i, `expected ${VALUE_KINDS}${after}, found ${found(text, i)}`);
    }
    if (char === '{' || char === '[') {
      stack.push({ kind: char === '{' ? 'object' : 'list', offset: i });
      i += 1;
      expect = char === '{' ? 'keyOrClose' : 'valueOrClose';
      continue;
    }
    if (char === '"') {
      const stringError = scanString();
      if (stringError) return stringError;
      expect = 'after';
      continue;
    }
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      NUMBER.lastIndex = i;
      const number = NUMBER.exec(text);
      if (!number) return error(i, `invalid number: expected a digit after '-', found ${found(text, i + 1)}`);
      const next = i + number[0].length;
      const nextChar = text[next];
      if ((number[0] === '0' || number[0] === '-0') && nextChar !== undefined && /\d/.test(nextChar)) {
        return error(i, 'invalid number: numbers cannot start with 0 (write 7, not 07)');
      }
      if (nextChar === '.' || nextChar === 'e' || nextChar === 'E') {
        return error(next, `invalid number: '${nextChar}' must be followed by digits`);
      }
      i = next;
      expect = 'after';
      continue;
    }
    const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
    if (literal) {
      i += literal.length;
      expect = 'after';
      continue;
    }
    const hint = char === "'" ? ' (JSON strings use double quotes)' : '';
    return error(i, `expected ${VALUE_KINDS}, found ${found(text, i)}${hint}`);
  }
}

/**
 * Parses JSON text within the limits. Every failure is a Problem: too large ("$"), too deeply nested
 * or malformed ("line L, column C"). Never throws. A leading byte-order mark is ignored.
 */
export function parseJsonText(input: string, fileName: string, limits: JsonTextLimits): ParseResult<unknown> {
  const problem = (path: string, message: string): ParseResult<unknown> => {
    const found: Problem = { path, message };
    return fail([found]);
  };

  if (input.length > limits.maxBytes || utf8ByteLength(input, limits.maxBytes) > limits.maxBytes) {
    return problem(
      '$',
      `${fileName} is larger than ${formatBytes(limits.maxBytes)}, the most this reader accepts`,
    );
  }
  // A byte-order mark is not part of the JSON, and editors give it no column.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (/^[ \t\n\r]*$/.test(text)) {
    return problem('line 1, column 1', `${fileName} is empty; expected a JSON object`);
  }
  const tooDeep = findExcessiveNesting(text, limits.maxDepth);
  if (tooDeep !== undefined) {
    return problem(
      lineColumnPath(text, tooDeep),
      `${fileName} nests objects and lists more than ${limits.maxDepth} levels deep here; this reader stops at ${limits.maxDepth}`,
    );
  }
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (thrown) {
    const syntax = findJsonSyntaxError(text);
    if (syntax) {
      return problem(lineColumnPath(text, syntax.offset), `${fileName} is not valid JSON: ${syntax.message}`);
    }
    const reason = thrown instanceof Error ? thrown.message : String(thrown);
    return problem('$', `${fileName} could not be read as JSON: ${reason}`);
  }
}
