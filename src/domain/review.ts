/** Review state of evidence and relations, derived from each sentence's status. */
import type { Evidence, EvidenceStatus, Relation } from './types';

/** A sentence's status; absent means `extracted` when the extractor left a confidence, else `curated`. */
export const statusOf = (e: Evidence): EvidenceStatus =>
  e.status ?? (e.confidence !== undefined ? 'extracted' : 'curated');

/** Statuses the review queue acts on (and can put back). */
export const REVIEWABLE: ReadonlySet<EvidenceStatus> = new Set(['extracted', 'accepted', 'rejected']);

/** A relation waits for review while any of its sentences is still as the extractor left it. */
export const isUnreviewed = (r: Relation): boolean => r.evidence.some((e) => statusOf(e) === 'extracted');

/** Rejected: every sentence was rejected. Such a relation is kept, hidden by default, and restorable. */
export const isRejected = (r: Relation): boolean =>
  r.evidence.length > 0 && r.evidence.every((e) => statusOf(e) === 'rejected');

/** No sentence backs it: read from a graph file that cites none. */
export const isUnsupported = (r: Relation): boolean => r.evidence.length === 0;
