import { defineFilter, graphIdChecks, idListLink, listWords } from './definition';

/** Source documents switched off: a relation stays while some of its sentences come from another source. */
export const sourcesFilter = defineFilter<'hiddenSources', readonly string[]>({
  key: 'hiddenSources',
  default: [],
  isDefault: (hidden) => hidden.length === 0,
  tests: {
    evidence: (hidden) => {
      if (hidden.length === 0) return null;
      const set = new Set(hidden);
      return (evidence) => !set.has(evidence.sourceId);
    },
    // A relation with no sentence has no source to check: only the unfiltered view shows it.
    keepsUnsupported: (hidden) => hidden.length === 0,
  },
  link: idListLink('hideSources'),
  describe: (hidden, graph) => {
    if (hidden.length === 0) return null;
    const title = new Map(graph.sources.map((s) => [s.id, s.title]));
    return `sources left out: ${listWords(
      hidden.map((s) => title.get(s) ?? s),
      3,
    )}`;
  },
  ...graphIdChecks('source', (graph) => graph.sources.map((s) => s.id)),
});
