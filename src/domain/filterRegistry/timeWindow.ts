import {
  describeWindow,
  evidenceDate,
  inWindow,
  isOpenWindow,
  OPEN_WINDOW,
  publishedDates,
  type DateWindow,
} from '../dateWindow';
import { defineFilter } from './definition';

/**
 * A window of days: a relation stays while some sentence is dated inside it (the sentence's own date,
 * else its source's publication day). Without the graph (a caller that filters one relation alone),
 * only sentences carrying their own date can be placed, and the others are kept.
 */
export const timeWindowFilter = defineFilter<'timeWindow', DateWindow>({
  key: 'timeWindow',
  default: OPEN_WINDOW,
  isDefault: isOpenWindow,
  tests: {
    evidence: (window, graph) => {
      if (isOpenWindow(window)) return null;
      const published = graph ? publishedDates(graph) : new Map<string, string>();
      return (evidence) => {
        const date = evidenceDate(evidence, published);
        return date === undefined ? graph === null : inWindow(date, window);
      };
    },
    keepsUnsupported: isOpenWindow,
  },
  link: {
    name: 'window',
    format: { type: 'dateRange' },
    fromLink: (value) => {
      const [from = '', to = ''] = value as readonly string[];
      return { from, to };
    },
    toLink: (window) => [window.from, window.to],
  },
  describe: (window) => (isOpenWindow(window) ? null : `relations ${describeWindow(window)}`),
});
