import type { Evidence, Graph } from '../../domain/types';

/** A span of a source the analyst cites; the reader makes it whole sentences. */
export interface CitedSpan {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
}

/** The evidence for a cited span: its exact text, marked as picked by hand. */
export function citedEvidence(graph: Graph, span: CitedSpan, negated = false): Evidence | undefined {
  const source = graph.sources.find((s) => s.id === span.sourceId);
  if (!source || span.start < 0 || span.end > source.text.length || span.start >= span.end) return undefined;
  const quote = source.text.slice(span.start, span.end);
  const { sourceId, start, end } = span;
  return { sourceId, start, end, quote, status: 'curated', ...(negated ? { negated: true } : {}) };
}
