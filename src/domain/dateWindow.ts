/**
 * The time window: a sentence is dated by its own `date` or else its source's `published` day, and a
 * window of days keeps what is dated inside it. Dates are YYYY-MM-DD text, so comparing strings
 * compares days. Kept apart from ./timeline.ts (periods, histogram) because the filter needs only this
 * at first paint.
 */
import type { Evidence, Graph } from './types';

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

/** Whether some day of a span lies inside the window (an open window holds every span). */
export const overlapsWindow = (span: DateWindow, window: DateWindow): boolean =>
  (window.from === '' || span.to >= window.from) && (window.to === '' || span.from <= window.to);

/** The window in words, in ISO days ("dated 2025-03-01 to 2025-05-31"). */
export function describeWindow(window: DateWindow): string {
  if (window.from !== '' && window.to !== '') return `dated ${window.from} to ${window.to}`;
  if (window.from !== '') return `dated ${window.from} or later`;
  return `dated ${window.to} or earlier`;
}
