/**
 * Text as a quote comparison sees it: curly and straight quotation marks alike, every dash a hyphen,
 * an ellipsis three dots, any run of whitespace one space, invisible characters gone. `map` leads
 * each normalised character back to its offset in the original, so a match converts to exact offsets.
 */

export interface NormalisedText {
  readonly text: string;
  /** map[i]: offset in the original of normalised character i; map[text.length]: the original's length. */
  readonly map: readonly number[];
}

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/;
/** Soft hyphen, zero-width space and joiners, word joiner, byte order mark. */
const INVISIBLE = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
const SPACE = /\s/;

export function normaliseForQuotes(original: string): NormalisedText {
  let text = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] as string;
    if (INVISIBLE.has(ch)) continue;
    if (SPACE.test(ch)) {
      if (!inSpace) {
        text += ' ';
        map.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    if (ch === '\u2026') {
      text += '...';
      map.push(i, i, i);
      continue;
    }
    text += SINGLE_QUOTES.test(ch) ? "'" : DOUBLE_QUOTES.test(ch) ? '"' : DASHES.test(ch) ? '-' : ch;
    map.push(i);
  }
  map.push(original.length);
  return { text, map };
}

/** A quote as it is searched for: normalised, without surrounding spaces or a wrapping pair of quotation marks. */
export function normaliseQuote(quote: string): string {
  let text = normaliseForQuotes(quote).text.trim();
  if (text.length > 2 && /^["']/.test(text) && text.endsWith(text[0] as string))
    text = text.slice(1, -1).trim();
  return text;
}

/** Offsets in the original of the normalised match [from, from + length). */
export function originalRange(normalised: NormalisedText, from: number, length: number): [number, number] {
  const start = normalised.map[from] ?? 0;
  const last = normalised.map[from + length - 1] ?? start;
  return [start, last + 1];
}
