import { defineFilter, graphIdChecks, idListLink, listWords } from './definition';

/** Relation types switched off (the type legend). */
export const relationTypesFilter = defineFilter<'hiddenTypes', readonly string[]>({
  key: 'hiddenTypes',
  default: [],
  isDefault: (hidden) => hidden.length === 0,
  tests: {
    relation: (hidden) => {
      if (hidden.length === 0) return null;
      const set = new Set(hidden);
      return (relation) => !set.has(relation.type);
    },
  },
  link: idListLink('hideTypes'),
  describe: (hidden, graph) => {
    if (hidden.length === 0) return null;
    const label = new Map(graph.relationTypes.map((t) => [t.id, t.label]));
    return `hidden relation types: ${listWords(hidden.map((t) => label.get(t) ?? t))}`;
  },
  ...graphIdChecks('relation type', (graph) => graph.relationTypes.map((t) => t.id)),
});
