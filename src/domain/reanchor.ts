/**
 * String search for putting an evidence quote back onto its source text when the stored offsets no
 * longer reproduce it. Pure functions; every offset is a UTF-16 code unit index, like String#slice.
 */

/** A half-open range [start, end) of UTF-16 offsets. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** How a quote was found again: verbatim, or only after treating every whitespace run as equal. */
export type ReanchorMethod = 'exact' | 'whitespace';

export interface ReanchoredQuote extends TextRange {
  readonly method: ReanchorMethod;
  /** The text now covered: `text.slice(start, end)`. Differs from the old quote only in whitespace. */
  readonly quote: string;
  /**
   * Maps an offset inside the old quote (0..quote.length) to the matching absolute offset in the text,
   * so sub-spans recorded against the old quote can follow it.
   */
  readonly mapOffset: (quoteOffset: number) => number;
}

const clampHint = (hint: number, length: number): number =>
  Number.isFinite(hint) ? Math.min(Math.max(Math.trunc(hint), 0), length) : 0;

/** Every start offset of `needle` in `text`, overlapping occurrences included. Empty needles match nothing. */
export function findAllOccurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * The start of the occurrence of `needle` in `text` nearest to `hint` (by distance between starts);
 * a tie goes to the earlier occurrence. Only starts within `maxDistance` of the hint count.
 * Undefined when `needle` is empty or absent.
 *
 * The search widens around the hint, so a nearby match costs little however long the text is; a
 * miss costs a few passes over the text (or over 2 × maxDistance of it).
 */
export function findNearestOccurrence(
  text: string,
  needle: string,
  hint: number,
  maxDistance = Number.POSITIVE_INFINITY,
): number | undefined {
  if (needle === '' || needle.length > text.length) return undefined;
  const at = clampHint(hint, text.length);
  const limit = maxDistance >= 0 ? maxDistance : 0;
  let radius = Math.min(limit, Math.max(1024, needle.length * 2));
  for (;;) {
    // Every start within `radius` of the hint lies in this window, and nothing outside it is as near.
    const lo = Math.max(0, at - radius);
    const hi = Math.min(text.length, at + radius + needle.length);
    const window = text.slice(lo, hi);
    const after = window.indexOf(needle, at - lo);
    const before = at > lo ? window.lastIndexOf(needle, at - lo - 1) : -1;
    if (after !== -1 && before !== -1)
      return at - (lo + before) <= lo + after - at ? lo + before : lo + after;
    if (after !== -1) return lo + after;
    if (before !== -1) return lo + before;
    if ((lo === 0 && hi === text.length) || radius >= limit) return undefined;
    radius = Math.min(limit, radius * 4);
  }
}

/** The same characters as JavaScript's `\s`. */
export function isWhitespace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A text with every whitespace run collapsed to one space, and where each of its characters came from. */
export interface CollapsedText {
  readonly text: string;
  /** `origin[i]` is the offset in the original text of collapsed character i; one extra entry holds the original length. */
  readonly origin: Uint32Array;
}

/** Collapses each maximal run of whitespace in `text` to a single space. */
export function collapseWhitespace(text: string): CollapsedText {
  const n = text.length;
  const origin = new Uint32Array(n + 1);
  const units = new Uint16Array(n);
  let count = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if ((code > 0x20 && code < 0x7f) || !isWhitespace(code)) {
      units[count] = code;
      origin[count++] = i++;
      continue;
    }
    units[count] = 0x20;
    origin[count++] = i;
    while (i < n && isWhitespace(text.charCodeAt(i))) i += 1;
  }
  origin[count] = n;
  const chunks: string[] = [];
  for (let from = 0; from < count; from += 8192) {
    chunks.push(String.fromCharCode(...units.subarray(from, Math.min(from + 8192, count))));
  }
  return { text: chunks.join(''), origin: origin.subarray(0, count + 1) };
}

/** The largest index i with `sorted[i] <= value` (0 when none is). */
function floorIndex(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Finds quotes in one text ignoring differences in whitespace; build once per text, query many times. */
export interface WhitespaceInsensitiveFinder {
  /**
   * The occurrence of `quote` nearest `hint` where each whitespace run in the quote matches one or more
   * whitespace characters in the text and everything else matches exactly. Leading and trailing
   * whitespace of the quote is ignored, so the match starts and ends on a non-space character.
   */
  find(quote: string, hint: number, maxDistance?: number): ReanchoredQuote | undefined;
}

export function createWhitespaceInsensitiveFinder(text: string): WhitespaceInsensitiveFinder {
  let collapsed: CollapsedText | undefined;
  return {
    find(quote, hint, maxDistance) {
      let lead = 0;
      while (lead < quote.length && isWhitespace(quote.charCodeAt(lead))) lead += 1;
      let trail = quote.length;
      while (trail > lead && isWhitespace(quote.charCodeAt(trail - 1))) trail -= 1;
      if (trail === lead) return undefined;

      const needle = collapseWhitespace(quote.slice(lead, trail));
      collapsed ??= collapseWhitespace(text);
      const { origin } = collapsed;
      const hintInCollapsed = floorIndex(origin, clampHint(hint, text.length));
      // Distances only shrink when whitespace collapses, so the limit carries over as is.
      const at = findNearestOccurrence(collapsed.text, needle.text, hintInCollapsed, maxDistance);
      if (at === undefined) return undefined;

      const start = origin[at] ?? 0;
      // The needle ends on a non-space character, which maps to exactly one code unit of the text.
      const end = (origin[at + needle.text.length - 1] ?? 0) + 1;
      const mapOffset = (quoteOffset: number): number => {
        if (quoteOffset <= lead) return start;
        if (quoteOffset >= trail) return end;
        const k = floorIndex(needle.origin, quoteOffset - lead);
        return origin[at + k] ?? end;
      };
      return { start, end, method: 'whitespace', quote: text.slice(start, end), mapOffset };
    },
  };
}

export interface ReanchorOptions {
  /** A finder built for this text, reused across many quotes. */
  readonly finder?: WhitespaceInsensitiveFinder;
  /** Only look this far (in code units) from the old start. */
  readonly maxDistance?: number;
}

/**
 * Finds `quote` in `text` again, preferring the occurrence nearest `oldStart`: first verbatim, then
 * ignoring whitespace differences.
 */
export function reanchorQuote(
  text: string,
  quote: string,
  oldStart: number,
  options: ReanchorOptions = {},
): ReanchoredQuote | undefined {
  const at = findNearestOccurrence(text, quote, oldStart, options.maxDistance);
  if (at !== undefined) {
    const mapOffset = (quoteOffset: number): number => at + Math.min(Math.max(quoteOffset, 0), quote.length);
    return { start: at, end: at + quote.length, method: 'exact', quote, mapOffset };
  }
  const finder = options.finder ?? createWhitespaceInsensitiveFinder(text);
  return finder.find(quote, oldStart, options.maxDistance);
}
