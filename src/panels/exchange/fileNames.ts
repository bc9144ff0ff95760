import { isoDate } from '../download';

/** What an exported file shows: the whole graph, the filtered graph, or the current view on screen. */
export type ExportView = 'whole' | 'filtered' | 'view';

/** `actorgraph-<view>-YYYY-MM-DD`: the file name says what it holds and when it was made. */
export const exportBaseName = (view: ExportView, date: Date = new Date()): string =>
  `actorgraph-${view}-${isoDate(date)}`;
