/**
 * Anchoring evidence quotes in source text. Offsets are UTF-16 code units, as `String.prototype.slice` counts.
 * Used by the maintainer script that fills in offsets for hand-written quotes.
 */
import type { Evidence, Graph, Relation, Source } from './types';

export type FindQuoteResult =
  | { readonly ok: true; readonly start: number; readonly end: number }
  | { readonly ok: false; readonly reason: 'empty' | 'not-found' | 'ambiguous'; readonly count: number };

/** Every start offset at which `quote` occurs in `text`, overlapping occurrences included. */
export function quoteOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/**
 * Where `quote` sits in `text`. An occurrence starting exactly at `hint` (the offset a curator or an
 * earlier version recorded) wins; otherwise the quote must occur exactly once.
 */
export function findQuote(text: string, quote: string, hint?: number): FindQuoteResult {
  if (quote === '') return { ok: false, reason: 'empty', count: 0 };
  if (hint !== undefined && hint >= 0 && text.startsWith(quote, hint)) {
    return { ok: true, start: hint, end: hint + quote.length };
  }
  const found = quoteOccurrences(text, quote);
  const [only] = found;
  if (only === undefined) return { ok: false, reason: 'not-found', count: 0 };
  if (found.length > 1) return { ok: false, reason: 'ambiguous', count: found.length };
  return { ok: true, start: only, end: only + quote.length };
}

/** Canonical source text: LF line endings, NFC. */
export const canonicalText = (text: string): string => text.replace(/\r\n?/g, '\n').normalize('NFC');

/** Evidence as a curator writes it: the quote is required, the offsets may be missing or stale. */
export type DraftEvidence = Omit<Evidence, 'start' | 'end'> & {
  readonly start?: number;
  readonly end?: number;
};
export type DraftRelation = Omit<Relation, 'evidence'> & { readonly evidence: readonly DraftEvidence[] };
export type DraftGraph = Omit<Graph, 'relations'> & { readonly relations: readonly DraftRelation[] };

/** The evidence with the given offsets, keys in file order (sourceId, start, end, quote, the rest). */
function withOffsets(ev: DraftEvidence, start: number, end: number): Evidence {
  const { sourceId, quote, start: _start, end: _end, ...rest } = ev;
  return { sourceId, start, end, quote, ...rest };
}

export interface AnchorReport {
  readonly graph: Graph;
  /** Evidence items whose offsets were added or corrected. */
  readonly fixed: number;
  /** One line per evidence that could not be anchored; when non-empty, `graph` must not be saved. */
  readonly problems: readonly string[];
}

/**
 * Gives every evidence offsets that reproduce its quote. `texts` replaces source texts by id (for
 * example with the contents of the canonical text files) before anchoring.
 */
export function anchorGraph(draft: DraftGraph, texts: ReadonlyMap<string, string> = new Map()): AnchorReport {
  const sources: Source[] = draft.sources.map((s) => {
    const text = texts.get(s.id);
    return text === undefined ? s : { ...s, text };
  });
  const textById = new Map(sources.map((s) => [s.id, s.text]));
  const problems: string[] = [];
  let fixed = 0;

  const relations: Relation[] = draft.relations.map((relation) => ({
    ...relation,
    evidence: relation.evidence.map((ev, i): Evidence => {
      const where = `${relation.id} evidence[${i}]`;
      const text = textById.get(ev.sourceId);
      const { start = -1, end = -1 } = ev;
      if (text === undefined) {
        problems.push(`${where}: unknown source "${ev.sourceId}"`);
        return withOffsets(ev, start, end);
      }
      if (start >= 0 && ev.quote !== '' && text.slice(start, end) === ev.quote) {
        return withOffsets(ev, start, end);
      }
      const match = findQuote(text, ev.quote, ev.start);
      if (!match.ok) {
        const detail = match.reason === 'ambiguous' ? `ambiguous (${match.count} matches)` : match.reason;
        problems.push(`${where}: quote ${detail}: "${ev.quote.slice(0, 60)}"`);
        return withOffsets(ev, start, end);
      }
      fixed += 1;
      return withOffsets(ev, match.start, match.end);
    }),
  }));

  return { graph: { ...draft, sources, relations }, fixed, problems };
}
