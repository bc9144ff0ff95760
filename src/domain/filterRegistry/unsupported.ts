import { defineFilter, flagLink } from './definition';

/** Hide relations that no sentence backs (read from a graph file that cites none). */
export const unsupportedFilter = defineFilter<'hideUnsupported', boolean>({
  key: 'hideUnsupported',
  default: false,
  isDefault: (hide) => !hide,
  tests: { keepsUnsupported: (hide) => !hide },
  link: flagLink('hideUnsupported'),
  describe: (hide, graph) =>
    hide && graph.relations.some((r) => r.evidence.length === 0)
      ? 'relations with no supporting sentence hidden'
      : null,
});
