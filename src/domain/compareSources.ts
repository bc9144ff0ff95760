import type { Evidence, Relation } from './types';

/** Where a relation stands between two sets of sources. */
export const COMPARE_CLASSES = ['onlyA', 'onlyB', 'both'] as const;
export type CompareClass = (typeof COMPARE_CLASSES)[number];

export const COMPARE_LABELS: Readonly<Record<CompareClass, string>> = {
  onlyA: 'Only in A',
  onlyB: 'Only in B',
  both: 'In both',
};

export interface SourceSets {
  readonly a: readonly string[];
  readonly b: readonly string[];
}

export interface SourceComparison {
  /** Relation ids of each class, in graph order. */
  readonly onlyA: readonly string[];
  readonly onlyB: readonly string[];
  readonly both: readonly string[];
  /** Relations compared that no source of either set backs (another source, or no sentence at all). */
  readonly neither: readonly string[];
}

/**
 * Splits relations by the sources that back them: a relation belongs to a set when one of its
 * sentences comes from a source in that set. `evidenceOf` says which sentences count (the view
 * passes the ones its filters leave, so a hidden source or a rejected sentence backs nothing).
 * A source named in both sets counts for both.
 */
export function compareSources(
  relations: Iterable<Relation>,
  sets: SourceSets,
  evidenceOf: (relation: Relation) => readonly Evidence[] = (r) => r.evidence,
): SourceComparison {
  const a = new Set(sets.a);
  const b = new Set(sets.b);
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  const both: string[] = [];
  const neither: string[] = [];
  for (const relation of relations) {
    const evidence = evidenceOf(relation);
    const inA = evidence.some((e) => a.has(e.sourceId));
    const inB = evidence.some((e) => b.has(e.sourceId));
    (inA ? (inB ? both : onlyA) : inB ? onlyB : neither).push(relation.id);
  }
  return { onlyA, onlyB, both, neither };
}

/** The class of each compared relation, for drawing. */
export function compareClassOf(comparison: SourceComparison): Map<string, CompareClass> {
  const classes = new Map<string, CompareClass>();
  for (const cls of COMPARE_CLASSES) for (const id of comparison[cls]) classes.set(id, cls);
  return classes;
}

/**
 * The sets the comparison starts from: the first source against the rest, so two articles compare
 * one against the other at once. Sources the graph no longer has are dropped from earlier sets.
 */
export function initialSourceSets(sourceIds: readonly string[], earlier?: SourceSets): SourceSets {
  if (earlier) {
    const known = new Set(sourceIds);
    const a = earlier.a.filter((id) => known.has(id));
    const b = earlier.b.filter((id) => known.has(id));
    if (a.length > 0 || b.length > 0) return { a, b };
  }
  const [first, ...rest] = sourceIds;
  return { a: first === undefined ? [] : [first], b: rest };
}
