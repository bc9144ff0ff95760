import { describeWindow, inWindow, isOpenWindow, OPEN_WINDOW, type DateWindow } from '../dateWindow';
import { relationsDatedBetween } from '../dateIndex';
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
      // A sentence without a date of its own shares its source's: decide each source once, so the
      // test per sentence is one set lookup (50,000 sentences are tested on every change).
      const inside = new Set<string>();
      for (const source of graph?.sources ?? []) {
        if (source.published !== '' && inWindow(source.published, window)) inside.add(source.id);
      }
      return (evidence) =>
        evidence.date !== undefined
          ? inWindow(evidence.date, window)
          : graph === null || inside.has(evidence.sourceId);
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
  // Between two windows only sentences dated inside one of them change; an open window also lets
  // undated sentences and relations without any through, so a change to or from it tests them all.
  changedRelations: (before, after, graph) =>
    isOpenWindow(before) || isOpenWindow(after) ? null : relationsDatedBetween(graph, before, after),
});
