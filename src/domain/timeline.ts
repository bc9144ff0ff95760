/**
 * Time in the graph: a sentence is dated by its own `date` or else its source's `published` day, and
 * a relation by its sentences. Dates are YYYY-MM-DD text, so comparing strings compares days.
 * Periods (months or years, chosen by the span) group dates for the histogram and the timelines.
 */
import type { Evidence, Graph, Polarity, Relation } from './types';

/** A window of days, both ends included; '' leaves that end open. */
export interface DateWindow {
  readonly from: string;
  readonly to: string;
}

export const OPEN_WINDOW: DateWindow = { from: '', to: '' };

export const isOpenWindow = (window: DateWindow): boolean => window.from === '' && window.to === '';

/** Each source's publication day, by id. */
export const publishedDates = (graph: Graph): ReadonlyMap<string, string> =>
  new Map(graph.sources.map((s) => [s.id, s.published]));

/** The day a sentence speaks of: its own date, else its source's; undefined when neither is known. */
export const evidenceDate = (
  evidence: Evidence,
  published: ReadonlyMap<string, string>,
): string | undefined => evidence.date ?? (published.get(evidence.sourceId) || undefined);

/** Whether a day lies inside the window (ends included). */
export const inWindow = (date: string, window: DateWindow): boolean =>
  (window.from === '' || date >= window.from) && (window.to === '' || date <= window.to);

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

/** Sentences per period over the graph's whole span (empty periods included), or null without dates. */
export function evidenceHistogram(graph: Graph): Histogram | null {
  const span = dateSpan(graph);
  if (span === null) return null;
  const unit = periodUnitFor(span.first, span.last);
  const published = publishedDates(graph);
  const counts = new Map<string, number>();
  for (const relation of graph.relations) {
    for (const e of relation.evidence) {
      const date = evidenceDate(e, published);
      if (date === undefined) continue;
      const key = periodKey(date, unit);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const bars = periodsBetween(span.first, span.last, unit).map((p) => ({
    ...p,
    count: counts.get(p.key) ?? 0,
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

/** The window for Play's step `index`: one period at a time. */
export const periodWindow = (period: Period): DateWindow => ({ from: period.from, to: period.to });

/** "from 1 Mar 2025 to 31 May 2025"-style words for a window, in ISO days. */
export function describeWindow(window: DateWindow): string {
  if (window.from !== '' && window.to !== '') return `dated ${window.from} to ${window.to}`;
  if (window.from !== '') return `dated ${window.from} or later`;
  return `dated ${window.to} or earlier`;
}
