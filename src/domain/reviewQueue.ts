/**
 * The review queue and the counts by review status, derived in one pass over the relations so the
 * header button, the queue, the "Rejected" list and the status filter all agree.
 */
import { statusOf } from './review';
import { EVIDENCE_STATUSES, type Evidence, type EvidenceStatus, type Graph, type Relation } from './types';

export interface ReviewSummary {
  /** Relations with at least one sentence of each status (a relation may count under several). */
  readonly byStatus: Readonly<Record<EvidenceStatus, number>>;
  /** Relations no sentence backs. */
  readonly unsupported: number;
  /** Relations with a sentence still as the extractor left it, in graph order. */
  readonly unreviewed: readonly Relation[];
  /** Relations with a rejected sentence, in graph order: each can be put back in the queue. */
  readonly rejected: readonly Relation[];
}

export function reviewSummary(graph: Graph): ReviewSummary {
  const byStatus = Object.fromEntries(EVIDENCE_STATUSES.map((s) => [s, 0])) as Record<EvidenceStatus, number>;
  const unreviewed: Relation[] = [];
  const rejected: Relation[] = [];
  let unsupported = 0;
  for (const relation of graph.relations) {
    if (relation.evidence.length === 0) unsupported++;
    const statuses = new Set(relation.evidence.map(statusOf));
    for (const status of statuses) byStatus[status]++;
    if (statuses.has('extracted')) unreviewed.push(relation);
    if (statuses.has('rejected')) rejected.push(relation);
  }
  return { byStatus, unsupported, unreviewed, rejected };
}

/** The sentences a review decides on: those still as the extractor left them. */
export const pendingEvidence = (relation: Relation): Evidence[] =>
  relation.evidence.filter((e) => statusOf(e) === 'extracted');

/**
 * How sure the extractor was of a relation: the lowest confidence among its sentences under review.
 * Undefined when none of them carries one.
 */
export function relationConfidence(relation: Relation): number | undefined {
  let lowest: number | undefined;
  for (const e of pendingEvidence(relation)) {
    if (e.confidence !== undefined && (lowest === undefined || e.confidence < lowest)) lowest = e.confidence;
  }
  return lowest;
}

export const QUEUE_ORDERS = ['confidence', 'text'] as const;
/** Lowest confidence first, or as the sentences stand in the sources (source order, then offset). */
export type QueueOrder = (typeof QUEUE_ORDERS)[number];

/**
 * The relations in review order. Text order places a relation at its earliest sentence under review;
 * confidence order puts the least sure first (no confidence at all counts as least sure), ties in
 * text order. The input is not changed.
 */
export function orderQueue(
  relations: readonly Relation[],
  sources: Graph['sources'],
  order: QueueOrder,
): Relation[] {
  const sourceAt = new Map(sources.map((s, i) => [s.id, i]));
  const place = new Map(
    relations.map((r) => {
      const pending = pendingEvidence(r);
      const spots = (pending.length > 0 ? pending : r.evidence).map(
        (e) => [sourceAt.get(e.sourceId) ?? sources.length, e.start] as const,
      );
      spots.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      return [r.id, spots[0] ?? ([sources.length, 0] as const)];
    }),
  );
  const textOrder = (a: Relation, b: Relation) => {
    const pa = place.get(a.id)!;
    const pb = place.get(b.id)!;
    return pa[0] - pb[0] || pa[1] - pb[1];
  };
  const sorted = [...relations];
  if (order === 'text') return sorted.sort(textOrder);
  const confidence = new Map(relations.map((r) => [r.id, relationConfidence(r) ?? -1]));
  return sorted.sort((a, b) => confidence.get(a.id)! - confidence.get(b.id)! || textOrder(a, b));
}
