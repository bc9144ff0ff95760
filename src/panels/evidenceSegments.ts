/**
 * What the evidence panel and the reader show of a sentence: runs of text to highlight (rendered as
 * React text inside <mark> elements, never as HTML) and words for the extractor's flags.
 */
import type { Evidence } from '../domain/types';

/** Split a text into plain and highlighted runs. */
export interface Segment {
  readonly text: string;
  readonly start: number;
  /** Index into the given spans, or -1 for plain text. */
  readonly span: number;
}

export function segmentText(
  text: string,
  spans: readonly { readonly start: number; readonly end: number }[],
): Segment[] {
  const ordered = spans
    .map((s, i) => ({ ...s, i }))
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let pos = 0;
  for (const s of ordered) {
    if (s.start < pos) continue; // overlapping spans: the first one wins
    if (s.start > pos) out.push({ text: text.slice(pos, s.start), start: pos, span: -1 });
    out.push({ text: text.slice(s.start, s.end), start: s.start, span: s.i });
    pos = s.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), start: pos, span: -1 });
  return out;
}

export const SPAN_ROLES = ['cue', 'source', 'target'] as const;
export type SpanRole = (typeof SPAN_ROLES)[number];

export interface QuoteRun {
  readonly text: string;
  /** Absolute offset in the source text. */
  readonly start: number;
  readonly role: SpanRole | null;
}

/**
 * A piece of source text that starts at absolute offset `start`, split around the evidence's cue and
 * actor spans (absolute offsets). Spans that fall outside the piece are ignored.
 */
export function quoteRuns(text: string, start: number, spans: Evidence['spans'] | undefined): QuoteRun[] {
  const marked = SPAN_ROLES.flatMap((role) => {
    const span = spans?.[role];
    return span ? [{ role, start: span[0] - start, end: span[1] - start }] : [];
  });
  return segmentText(text, marked).map((seg) => ({
    text: seg.text,
    start: start + seg.start,
    role: marked[seg.span]?.role ?? null,
  }));
}

/** The highlight spans worth drawing: none for a quote no longer found in its source. */
export const drawableSpans = (evidence: Evidence): Evidence['spans'] =>
  evidence.anchor === 'orphaned' ? undefined : evidence.spans;

const FLAG_WORDS: Readonly<Record<string, string>> = {
  negated: 'negated',
  hedged: 'hedged',
  reported: 'reported speech',
  future: 'future or intended',
  modal: 'would / should',
  conditional: 'conditional',
  question: 'question',
  embedded: 'inside another claim',
  passive: 'passive',
  coref: 'actor from an earlier mention',
  ambiguous_alias: 'ambiguous name',
  demonym: 'named by nationality',
  distant: 'actors far apart',
};

/** The extractor's flags in words, negation first; flags this version does not know are shown as they are. */
export function flagWords(evidence: Evidence): string[] {
  const flags = new Set(evidence.flags ?? []);
  if (evidence.negated === true) flags.add('negated');
  const ordered = [...flags].sort((a, b) => Number(b === 'negated') - Number(a === 'negated'));
  return ordered.map((flag) => FLAG_WORDS[flag] ?? flag.replace(/_/g, ' '));
}

/** "87%" for a confidence of 0.87. */
export const percent = (confidence: number): string => `${Math.round(confidence * 100)}%`;
