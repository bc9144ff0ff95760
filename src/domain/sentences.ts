/**
 * Sentence segmentation with offsets: Intl.Segmenter, repaired by a merge rule for the places where
 * its word-break rules split news prose wrongly (titles, initials, quotes followed by "it said").
 * The extractor and the article reader share it, so a sentence picked by hand is the same sentence the
 * extractor would cite.
 */
import { TITLE_HEADS } from './titleHeads';

export interface Sentence {
  readonly index: number;
  /** Offsets into the canonical text, end exclusive, without surrounding whitespace. */
  readonly start: number;
  readonly end: number;
}

/** Abbreviations that never end a sentence in news prose. */
const TITLE_ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Cmdr',
  'Adm',
  'Sgt',
  'Cpl',
  'Sen',
  'Rep',
  'Gov',
  'Pres',
  'Amb',
  'Prof',
  'Rev',
  'Hon',
  'St',
  'Mt',
  'Ft',
  'Jan',
  'Feb',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'vs',
  'Jr',
  'Sr',
]);

/** Abbreviations that end a sentence unless a number follows ("No. 10"). */
const NUMBER_ABBREVIATIONS = new Set(['No', 'Nos', 'Art', 'Vol', 'Fig', 'p', 'pp']);

/** Capitalised words that follow "U.S." or "U.N." as a modifier rather than a new sentence. */
const MODIFIED_NOUNS = new Set([
  'President',
  'Vice',
  'Secretary',
  'Senate',
  'Senator',
  'Congress',
  'Army',
  'Navy',
  'Air',
  'Ambassador',
  'Embassy',
  'State',
  'Treasury',
  'Department',
  'Government',
  'Administration',
  'Defense',
  'Defence',
  'Forces',
  'Marines',
  'Envoy',
  'Special',
  'Trade',
  'Security',
  'Council',
  'General',
  'Assembly',
  'Mission',
  'Commander',
  'Supreme',
  'Court',
  'Central',
  'Command',
  'Agency',
  'Coast',
  'Marine',
  'Military',
  'Intelligence',
  'Justice',
  'Commerce',
  'Human',
  'Refugee',
  'Peacekeeping',
  'Officials',
  'Representative',
]);

const DOTTED_NAME = /(?:^|[\s("“‘'])((?:\p{Lu}\.){2,})$/u;
const ABBREVIATION = /(?:^|[\s("“‘'])(\p{L}+)\.$/u;
const INITIAL = /(?:^|[\s("“‘'])\p{Lu}\.$/u;
/** The word before dotted initials that end a segment: "spokesman" in "spokesman P.J.". */
const WORD_BEFORE_INITIALS = /(\p{L}+)\s+(?:\p{Lu}\.){2,}$/u;
const STARTS_LOWER = /^[\s"“”'‘’([]*\p{Ll}/u;
const STARTS_DIGIT = /^\p{N}/u;
const FIRST_WORD = /^[\s"“”'‘’([]*([\p{L}]+)/u;
const TERMINAL = /[.!?…:;"”’)\]]$/u;
const LIST_OR_HEADING = /^(?:[-*+•#>]|\d+[.)]\s)/u;

/** How a break between two segments should be treated. */
function shouldMerge(prevTail: string, gap: string, next: string, prevLength: number): boolean {
  const newlines = countNewlines(gap);
  if (newlines >= 2) return false; // a blank line always separates
  if (newlines === 1) {
    // A hard-wrapped line: the next line continues in lower case, or the previous one is long and
    // has no final punctuation.
    if (STARTS_LOWER.test(next)) return true;
    return prevLength >= 40 && !TERMINAL.test(prevTail) && !LIST_OR_HEADING.test(next) && next.length > 0;
  }
  if (STARTS_LOWER.test(next)) return true;
  if (INITIAL.test(prevTail)) return true;
  const dotted = DOTTED_NAME.exec(prevTail);
  if (dotted) {
    // "spokesman P.J. Crowley", "Defense Minister A.K. Antony": initials after a title open a name.
    const before = WORD_BEFORE_INITIALS.exec(prevTail)?.[1];
    if (before !== undefined && TITLE_HEADS.has(before.toLowerCase())) return true;
    const word = FIRST_WORD.exec(next)?.[1];
    return word !== undefined && MODIFIED_NOUNS.has(word);
  }
  const abbreviation = ABBREVIATION.exec(prevTail)?.[1];
  if (abbreviation !== undefined) {
    if (TITLE_ABBREVIATIONS.has(abbreviation)) return true;
    if (NUMBER_ABBREVIATIONS.has(abbreviation) && STARTS_DIGIT.test(next)) return true;
  }
  return false;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3000;
}

let sharedSegmenter: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  sharedSegmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return sharedSegmenter;
}

/** Characters handed to Intl.Segmenter at a time: its iteration slows down on long strings. */
const CHUNK = 8192;

/**
 * Chunk boundaries: after a line break near every CHUNK characters (the segmenter breaks there
 * anyway), or failing that after a sentence-final mark and space. Each search is bounded.
 */
function chunkEnds(text: string): number[] {
  const ends: number[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const newline = text.indexOf('\n', end);
      if (newline >= 0 && newline < end + CHUNK) {
        end = newline + 1;
      } else {
        const window = text.slice(end, end + 8 * CHUNK);
        const stop = /[.!?]["”’)\]]*\s+(?=["“‘([]?\p{Lu})/u.exec(window);
        if (stop) end += stop.index + stop[0].length;
      }
    }
    ends.push(end);
    start = end;
  }
  return ends;
}

/** Raw segments of the whole text, with absolute offsets. */
function* rawSegments(text: string): Generator<{ start: number; end: number }> {
  let from = 0;
  for (const to of chunkEnds(text)) {
    const chunk = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const part of segmenter().segment(chunk)) {
      yield { start: from + part.index, end: from + part.index + part.segment.length };
    }
    from = to;
  }
}

/**
 * Sentences of `text` in order, each trimmed of surrounding whitespace. Runs in time linear in the
 * length of the text: the segmenter sees bounded chunks, and each break is judged from at most the
 * last 40 characters before it.
 */
export function segmentSentences(text: string): Sentence[] {
  const spans: Array<{ start: number; end: number }> = [];
  for (const part of rawSegments(text)) {
    let start = part.start;
    let end = part.end;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    const last = spans[spans.length - 1];
    if (last) {
      const prevTail = text.slice(Math.max(last.start, last.end - 40), last.end);
      const gap = text.slice(last.end, start);
      const next = text.slice(start, Math.min(end, start + 40));
      if (shouldMerge(prevTail, gap, next, last.end - last.start)) {
        last.end = end;
        continue;
      }
    }
    spans.push({ start, end });
  }
  const bounded: Array<{ start: number; end: number }> = [];
  for (const span of spans) splitLong(text, span.start, span.end, bounded);
  return bounded.map((span, index) => ({ index, start: span.start, end: span.end }));
}

/** Longest sentence kept whole; longer runs (lists, tables, text without punctuation) are cut. */
export const MAX_SENTENCE_LENGTH = 2000;

/**
 * Cut an over-long span into pieces of at most MAX_SENTENCE_LENGTH characters, each at the last
 * clause mark ("; ", ": ", ", ") or else the last space in its second half, trimmed.
 */
function splitLong(
  text: string,
  start: number,
  end: number,
  out: Array<{ start: number; end: number }>,
): void {
  let from = start;
  while (end - from > MAX_SENTENCE_LENGTH) {
    const window = text.slice(from, from + MAX_SENTENCE_LENGTH);
    const half = MAX_SENTENCE_LENGTH / 2;
    let cut = -1;
    for (const mark of ['; ', ': ', ', ', ' ']) {
      const at = window.lastIndexOf(mark);
      if (at >= half) {
        cut = at + mark.length - 1;
        break;
      }
    }
    let pieceEnd = cut >= 0 ? from + cut : from + MAX_SENTENCE_LENGTH;
    // Never cut a surrogate pair in two.
    const code = text.charCodeAt(pieceEnd - 1);
    if (code >= 0xd800 && code <= 0xdbff) pieceEnd--;
    let trimmedEnd = pieceEnd;
    while (trimmedEnd > from && isSpace(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
    if (trimmedEnd > from) out.push({ start: from, end: trimmedEnd });
    from = pieceEnd;
    while (from < end && isSpace(text.charCodeAt(from))) from++;
  }
  if (end > from) out.push({ start: from, end });
}

/** A run of whole sentences: indices into the list, and offsets from the first one's start to the last one's end. */
export interface SentenceRun {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The whole sentences a selection [start, end) of the text touches, so evidence is always whole
 * sentences however loosely the words were picked. An empty selection counts the character after it.
 * Null when it touches none (only the space between sentences).
 */
export function sentencesCovering(
  sentences: readonly Sentence[],
  start: number,
  end: number,
): SentenceRun | null {
  const to = Math.max(end, start + 1);
  let first = -1;
  let last = -1;
  sentences.forEach((s, i) => {
    if (s.start < to && s.end > start) {
      if (first < 0) first = i;
      last = i;
    }
  });
  const a = sentences[first];
  const b = sentences[last];
  return a && b ? { first, last, start: a.start, end: b.end } : null;
}
