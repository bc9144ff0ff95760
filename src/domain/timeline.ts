/**
 * Time in the graph, for the time panel and the actor timeline (loaded on demand): a relation is
 * dated by its sentences (./dateWindow.ts). Periods (months or years, chosen by the span) group dates for the histogram and the timelines.
 */
import { evidenceDate, publishedDates, type DateWindow } from './dateWindow';
import type { Evidence, Graph, Polarity, Relation } from './types';

export * from './dateWindow';

export type PeriodUnit = 'month' | 'year';

/** One month or year: `key` is YYYY-MM or YYYY; `from` and `to` are its first and last days. */
export interface Period {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

/** Months up to three years, years beyond: a histogram of a few dozen bars at most, usually. */
export const MAX_MONTHS = 36;

const monthIndex = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

export function periodUnitFor(first: string, last: string): PeriodUnit {
  return monthIndex(last) - monthIndex(first) + 1 > MAX_MONTHS ? 'year' : 'month';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const lastDayOfMonth = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

export const periodKey = (date: string, unit: PeriodUnit): string =>
  unit === 'year' ? date.slice(0, 4) : date.slice(0, 7);

/** Every period from the one holding `first` to the one holding `last`, empty ones included. */
export function periodsBetween(first: string, last: string, unit: PeriodUnit): Period[] {
  const periods: Period[] = [];
  if (unit === 'year') {
    for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) {
      const year = pad(y, 4);
      periods.push({ key: year, from: `${year}-01-01`, to: `${year}-12-31`, label: year });
    }
    return periods;
  }
  for (let m = monthIndex(first); m <= monthIndex(last); m++) {
    const year = Math.floor(m / 12);
    const month0 = m % 12;
    const key = `${pad(year, 4)}-${pad(month0 + 1, 2)}`;
    periods.push({
      key,
      from: `${key}-01`,
      to: `${key}-${pad(lastDayOfMonth(year, month0), 2)}`,
      label: `${MONTHS[month0]} ${year}`,
    });
  }
  return periods;
}

/** The earliest and latest day any sentence of the graph speaks of, or null for a graph with none. */
export function dateSpan(graph: Graph): { first: string; last: string } | null {
  const published = publishedDates(graph);
  let first = '';
  let last = '';
  for (const relation of graph.relations) {
    for (const e of relation.evidence) {
      const date = evidenceDate(e, published);
      if (date === undefined) continue;
      if (first === '' || date < first) first = date;
      if (last === '' || date > last) last = date;
    }
  }
  return first === '' ? null : { first, last };
}

export interface HistogramBar extends Period {
  readonly count: number;
}

export interface Histogram {
  readonly unit: PeriodUnit;
  readonly bars: readonly HistogramBar[];
}

/**
 * Sentences per period over the graph's whole span (empty periods included), or null without dates.
 * `counts` says which sentences count (by default all): the bars can follow the other filters while
 * the axis stays the graph's, so it does not jump as filters change.
 */
export function evidenceHistogram(
  graph: Graph,
  counts: (relation: Relation, evidence: Evidence) => boolean = () => true,
): Histogram | null {
  const span = dateSpan(graph);
  if (span === null) return null;
  const unit = periodUnitFor(span.first, span.last);
  const published = publishedDates(graph);
  const perPeriod = new Map<string, number>();
  for (const relation of graph.relations) {
    for (const e of relation.evidence) {
      if (!counts(relation, e)) continue;
      const date = evidenceDate(e, published);
      if (date === undefined) continue;
      const key = periodKey(date, unit);
      perPeriod.set(key, (perPeriod.get(key) ?? 0) + 1);
    }
  }
  const bars = periodsBetween(span.first, span.last, unit).map((p) => ({
    ...p,
    count: perPeriod.get(p.key) ?? 0,
  }));
  return { unit, bars };
}

export interface TimelineBar extends Period {
  readonly cooperation: number;
  readonly conflict: number;
  /** Relations of a type with no polarity (read from another tool's file). */
  readonly other: number;
}

/**
 * One actor's relations over the periods of the graph's span: in each period, how many of its
 * relations (either direction) have a sentence dated then, by their type's polarity. A relation
 * stated in two months counts in both.
 */
export function actorTimeline(
  graph: Graph,
  actorId: string,
  relations: readonly Relation[] = graph.relations,
): { unit: PeriodUnit; bars: TimelineBar[] } | null {
  const span = dateSpan(graph);
  if (span === null) return null;
  const unit = periodUnitFor(span.first, span.last);
  const published = publishedDates(graph);
  const polarity = new Map<string, Polarity>(graph.relationTypes.map((t) => [t.id, t.polarity]));
  const tally = new Map<string, { cooperation: number; conflict: number; other: number }>();
  for (const relation of relations) {
    if (relation.source !== actorId && relation.target !== actorId) continue;
    const keys = new Set<string>();
    for (const e of relation.evidence) {
      const date = evidenceDate(e, published);
      if (date !== undefined) keys.add(periodKey(date, unit));
    }
    const p = polarity.get(relation.type);
    const field = p === 'cooperation' ? 'cooperation' : p === 'conflict' ? 'conflict' : 'other';
    for (const key of keys) {
      const t = tally.get(key) ?? { cooperation: 0, conflict: 0, other: 0 };
      t[field] += 1;
      tally.set(key, t);
    }
  }
  const bars = periodsBetween(span.first, span.last, unit).map((p) => ({
    ...p,
    ...(tally.get(p.key) ?? { cooperation: 0, conflict: 0, other: 0 }),
  }));
  return { unit, bars };
}

/** The window that shows one period, Play's step. */
export const periodWindow = (period: Period): DateWindow => ({ from: period.from, to: period.to });
