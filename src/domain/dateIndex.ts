/**
 * Every dated sentence of a graph, sorted by day, with the relation it backs: lets a change of the
 * time window find the few relations it can change (those with a sentence dated between the old
 * and the new ends) instead of testing every relation. Built once per graph, on first use.
 */
import { evidenceDate, publishedDates, type DateWindow } from './dateWindow';
import type { Graph } from './types';

interface DateIndex {
  /** Days in ascending order, one per dated sentence. */
  readonly days: readonly string[];
  /** The index in `graph.relations` of the relation each day's sentence backs. */
  readonly relations: Int32Array;
}

const built = new WeakMap<Graph, DateIndex>();

function dateIndex(graph: Graph): DateIndex {
  const cached = built.get(graph);
  if (cached) return cached;
  const published = publishedDates(graph);
  const entries: { day: string; relation: number }[] = [];
  graph.relations.forEach((relation, i) => {
    for (const e of relation.evidence) {
      const day = evidenceDate(e, published);
      if (day !== undefined) entries.push({ day, relation: i });
    }
  });
  entries.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const index = { days: entries.map((e) => e.day), relations: Int32Array.from(entries, (e) => e.relation) };
  built.set(graph, index);
  return index;
}

/** The first position whose day is ≥ `day` (or > `day` when `after`). */
function lowerBound(days: readonly string[], day: string, after: boolean): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = days[mid]!;
    if (d < day || (after && d === day)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The relations with a sentence dated inside exactly one of two closed windows: the only ones whose
 * time test can differ between them. Both windows must be closed at the end that moved; an open end
 * ('') counts as the far past or the far future. Undated sentences are outside every non-open
 * window, so they never differ between two of them.
 */
export function relationsDatedBetween(graph: Graph, a: DateWindow, b: DateWindow): Set<number> {
  const { days, relations } = dateIndex(graph);
  const out = new Set<number>();
  const take = (from: number, to: number) => {
    for (let i = from; i < to; i++) out.add(relations[i]!);
  };
  // Days before the later start belong to only one window when the starts differ: [earlier, later).
  if (a.from !== b.from) {
    const [lo, hi] =
      a.from === '' || (b.from !== '' && a.from < b.from) ? [a.from, b.from] : [b.from, a.from];
    take(lo === '' ? 0 : lowerBound(days, lo, false), lowerBound(days, hi, false));
  }
  // Days after the earlier end likewise: (earlier, later].
  if (a.to !== b.to) {
    const [lo, hi] = b.to === '' || (a.to !== '' && a.to < b.to) ? [a.to, b.to] : [b.to, a.to];
    take(lowerBound(days, lo, true), hi === '' ? days.length : lowerBound(days, hi, true));
  }
  return out;
}
