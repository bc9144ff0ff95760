/**
 * Pure checks on values and bytes that both doors for outside data use: file import (`src/io/`) and
 * article input (`src/extract/document.ts`, the command line and the Add article dialog).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO date (YYYY-MM-DD) that exists in the calendar: "2025-02-30" is not one. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Only web addresses: a source link must never run script or open local files. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Whether bytes are UTF-16 text: 'bom' when they start with a UTF-16 byte order mark, 'no-bom' when
 * every other byte of the start is zero and the rest is not (ASCII written as UTF-16, either order).
 */
export function utf16Kind(bytes: Uint8Array): 'bom' | 'no-bom' | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'bom';
  const head = bytes.subarray(0, Math.min(bytes.length, 64) & ~1);
  if (head.length < 2) return undefined;
  const zeroAt = (parity: number) => head.every((b, i) => (i % 2 === parity) === (b === 0));
  return zeroAt(0) || zeroAt(1) ? 'no-bom' : undefined;
}
