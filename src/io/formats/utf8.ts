/** Bytes to text for the format readers: strict UTF-8, with a message that says what the bytes are instead. */
import { utf16Kind } from '../../domain/checks';
import type { ParseResult } from '../problems';
import { fail, ok } from '../problems';
import { fileProblem } from './shared';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** Index of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Decodes UTF-8 strictly (a leading byte order mark is dropped); anything else is a problem. */
export function decodeUtf8(bytes: Uint8Array, fileName: string): ParseResult<string> {
  if (utf16Kind(bytes) === 'bom') {
    return fail([
      fileProblem(fileName, 'the file is UTF-16 text; save it as UTF-8 and import it again', 'byte 0'),
    ]);
  }
  // Text formats never hold a raw NUL (JSON and XML both forbid it): it means UTF-16 or binary data.
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return fail([
      fileProblem(
        fileName,
        utf16Kind(bytes) === 'no-bom'
          ? 'the file looks like UTF-16 text (without a byte order mark); save it as UTF-8 and import it again'
          : `the file is binary data, not text (byte ${nul} is a NUL byte); graph files are UTF-8 text`,
        `byte ${nul}`,
      ),
    ]);
  }
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) {
    const hex = (bytes[bad] as number).toString(16).toUpperCase().padStart(2, '0');
    return fail([
      fileProblem(
        fileName,
        `the file is not UTF-8 text (byte 0x${hex} cannot start or continue a UTF-8 character); save it as UTF-8 and import it again`,
        `byte ${bad}`,
      ),
    ]);
  }
  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  return ok(new TextDecoder('utf-8').decode(bytes.subarray(start)));
}
