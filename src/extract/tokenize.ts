/** Word tokens with absolute UTF-16 offsets. */

export type TokenKind = 'word' | 'punct' | 'pos';

export interface Token {
  readonly text: string;
  readonly lower: string;
  /** Absolute offsets into the source text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** word: letters/digits; pos: the possessive "'s"; punct: any other single character. */
  readonly kind: TokenKind;
}

// Dotted abbreviations (U.S., U.K.) first, then words with inner apostrophes, then single characters.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|\S/gu;
const POSSESSIVE = /^(.+)(['’][sS])$/u;
const WORDLIKE = /^[\p{L}\p{M}\p{N}]/u;

/** Tokens of `text.slice(from, to)`, with offsets relative to the whole `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const tokens: Token[] = [];
  for (const match of slice.matchAll(TOKEN)) {
    const raw = match[0];
    const start = from + (match.index ?? 0);
    if (!WORDLIKE.test(raw)) {
      tokens.push({ text: raw, lower: raw, start, end: start + raw.length, kind: 'punct' });
      continue;
    }
    const pos = POSSESSIVE.exec(raw);
    if (pos && pos[1] && pos[2]) {
      const base = pos[1];
      tokens.push({ text: base, lower: base.toLowerCase(), start, end: start + base.length, kind: 'word' });
      tokens.push({
        text: pos[2],
        lower: "'s",
        start: start + base.length,
        end: start + raw.length,
        kind: 'pos',
      });
      continue;
    }
    tokens.push({ text: raw, lower: raw.toLowerCase(), start, end: start + raw.length, kind: 'word' });
  }
  return tokens;
}

const HYPHENS: ReadonlySet<string> = new Set(['-', '‐', '‑']);

/** A hyphen (or its Unicode kin) standing as a token of its own. */
export function isHyphenToken(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && HYPHENS.has(token.text);
}

/** A hyphen written inside a word ("Geun-hye", "nuclear-armed"), not a dash between words. */
export function isInnerHyphen(tokens: readonly Token[], at: number): boolean {
  // Checked hyphen first, with no array built: this runs for most tokens of every name.
  const hyphen = tokens[at];
  if (hyphen === undefined || !isHyphenToken(hyphen)) return false;
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return (
    before?.kind === 'word' &&
    after?.kind === 'word' &&
    before.end === hyphen.start &&
    hyphen.end === after.start
  );
}

/** Any word token (not punctuation or a possessive). */
export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/** A word written in lower case: "trade", "talks" (digits count too). */
export function isLowerWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word' && token.text === token.lower;
}

/**
 * "'s", or a bare apostrophe after a word ending in s ("Laos' Prime Minister", "the United States' top
 * diplomat"). The bare one stays punctuation in the tokens, as it also closes a quotation.
 */
export function isPossessiveMark(tokens: readonly Token[], at: number): boolean {
  const mark = tokens[at];
  if (mark?.kind === 'pos') return true;
  return (mark?.text === "'" || mark?.text === '’') && /s$/i.test(tokens[at - 1]?.text ?? '');
}

/** The token after a name and its "'s", if it has one: where what it owns begins. */
export function afterPossessive(tokens: readonly Token[], last: number): number {
  return tokens[last]?.kind === 'pos' ? last + 1 : last;
}

/** A word token that starts with a capital letter. */
export function isCapitalisedWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word' && isCapitalised(token);
}

export function isCapitalised(token: Token): boolean {
  // ASCII answers without building strings; it runs many times for every token.
  const code = token.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = token.text.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/**
 * Past "such as" or "like" at `at`, which open examples ("Burma's allies, such as China", "EU members
 * like Romania"); `at` itself when neither stands there.
 */
export function pastExamples(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower === 'like') return at + 1;
  return tokens[at]?.lower === 'such' && tokens[at + 1]?.lower === 'as' ? at + 2 : at;
}
