import { statusOf } from '../review';
import { EVIDENCE_STATUSES, type EvidenceStatus, type Graph } from '../types';
import { choiceListLink, defineFilter, listWords, sameItems } from './definition';

// Rejected relations are kept (and restorable) but not drawn unless asked for.
const DEFAULT_HIDDEN: readonly EvidenceStatus[] = ['rejected'];

const statusesIn = (graph: Graph): Set<EvidenceStatus> =>
  new Set(graph.relations.flatMap((r) => r.evidence.map(statusOf)));

/** Review statuses switched off: a sentence of such a status does not back its relation. */
export const reviewStatusesFilter = defineFilter<'hiddenStatuses', readonly EvidenceStatus[]>({
  key: 'hiddenStatuses',
  default: DEFAULT_HIDDEN,
  isDefault: (hidden) => sameItems(hidden, DEFAULT_HIDDEN),
  tests: {
    evidence: (hidden) => {
      if (hidden.length === 0) return null;
      const set = new Set(hidden);
      return (evidence) => !set.has(statusOf(evidence));
    },
  },
  link: choiceListLink('hideStatuses', EVIDENCE_STATUSES),
  // Told only for statuses the graph has sentences of: hiding rejected relations is the default, and
  // says nothing while there are none.
  describe: (hidden, graph) => {
    const present = statusesIn(graph);
    const phrases: string[] = [];
    const hiddenHere = hidden.filter((s) => present.has(s));
    if (hiddenHere.length > 0 && !sameItems(hidden, DEFAULT_HIDDEN)) {
      phrases.push(`relations backed only by ${listWords(hiddenHere)} sentences hidden`);
    }
    const shownHere = DEFAULT_HIDDEN.filter((s) => !hidden.includes(s) && present.has(s));
    if (shownHere.length > 0) phrases.push(`${listWords(shownHere)} relations shown`);
    return phrases.length === 0 ? null : phrases.join('; ');
  },
});
