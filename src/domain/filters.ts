import { focusNeighbourhood, type FocusSettings, type Neighbourhood } from './focus';
import { statusOf } from './review';
import type { ActorKind, Evidence, EvidenceStatus, Graph, Relation } from './types';

/** What the user has chosen to hide. Empty lists and the lowest thresholds mean "show everything". */
export interface Filters {
  readonly hiddenTypes: readonly string[];
  readonly hiddenKinds: readonly ActorKind[];
  /** Sources switched off: a relation stays when some of its evidence comes from another source. */
  readonly hiddenSources: readonly string[];
  /** Fewest supporting sentences a relation needs (1 shows all). */
  readonly minEvidence: number;
  /** Lowest extractor confidence that counts, 0–1; curated evidence has none and counts as 1. */
  readonly minConfidence: number;
  /** Hide actors that the other filters leave with no visible relation. */
  readonly hideIsolated: boolean;
  /** Review statuses switched off: a sentence of such a status does not back its relation. */
  readonly hiddenStatuses: readonly EvidenceStatus[];
  /** Hide relations that no sentence backs (read from a graph file that cites none). */
  readonly hideUnsupported: boolean;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenTypes: [],
  hiddenKinds: [],
  hiddenSources: [],
  minEvidence: 1,
  minConfidence: 0,
  hideIsolated: false,
  // Rejected relations are kept (and restorable) but not drawn unless asked for.
  hiddenStatuses: ['rejected'],
  hideUnsupported: false,
};

export const MAX_MIN_EVIDENCE = 10;

export function isDefaultFilters(f: Filters): boolean {
  return (
    f.hiddenTypes.length === 0 &&
    f.hiddenKinds.length === 0 &&
    f.hiddenSources.length === 0 &&
    f.minEvidence <= 1 &&
    f.minConfidence <= 0 &&
    !f.hideIsolated &&
    sameStatuses(f.hiddenStatuses, DEFAULT_FILTERS.hiddenStatuses) &&
    !f.hideUnsupported
  );
}

/** The same statuses, in any order. */
export const sameStatuses = (a: readonly EvidenceStatus[], b: readonly EvidenceStatus[]): boolean =>
  a.every((s) => b.includes(s)) && b.every((s) => a.includes(s));

export interface Visibility {
  readonly relations: ReadonlySet<string>;
  readonly actors: ReadonlySet<string>;
  /** The focus neighbourhood inside the filtered graph, when a focus is active. */
  readonly focus?: Neighbourhood | null;
}

/** The focus part of the view: an actor and how far around it to look. */
export interface FocusRequest extends FocusSettings {
  readonly actorId: string;
}

/** The filters' id lists as sets, made once per computation rather than once per relation. */
export interface FilterSets {
  readonly hiddenSources: ReadonlySet<string>;
  readonly hiddenStatuses: ReadonlySet<EvidenceStatus>;
}

export const filterSets = (filters: Filters): FilterSets => ({
  hiddenSources: new Set(filters.hiddenSources),
  hiddenStatuses: new Set(filters.hiddenStatuses),
});

/**
 * The sentences that still back a relation under the source, confidence and review-status filters:
 * those from a source that is switched on, whose confidence (curated: 1) reaches the threshold and
 * whose review status is shown.
 */
export function supportingEvidence(
  relation: Relation,
  filters: Filters,
  sets: FilterSets = filterSets(filters),
): Evidence[] {
  return relation.evidence.filter(
    (e) =>
      !sets.hiddenSources.has(e.sourceId) &&
      (e.confidence ?? 1) >= filters.minConfidence &&
      !sets.hiddenStatuses.has(statusOf(e)),
  );
}

/**
 * Whether a relation's own evidence keeps it on screen: it needs `minEvidence` supporting sentences.
 * A relation whose every sentence says it did not happen is drawn too, dashed, whether the sentences
 * are curated or extracted: the confidence filter, not a hidden rule, decides what the extractor shows.
 * One whose every sentence was rejected is hidden while "rejected" is (by default).
 */
export function evidencePasses(
  relation: Relation,
  filters: Filters,
  sets: FilterSets = filterSets(filters),
): boolean {
  if (relation.evidence.length === 0) {
    // Nothing to measure: only the unfiltered view shows a relation with no sentence, unless asked not to.
    return (
      !filters.hideUnsupported &&
      filters.hiddenSources.length === 0 &&
      filters.minEvidence <= 1 &&
      filters.minConfidence <= 0
    );
  }
  const supporting = supportingEvidence(relation, filters, sets);
  return supporting.length > 0 && supporting.length >= filters.minEvidence;
}

/**
 * Which relations and actors are on screen. Filters compose: a relation shows when its type, its
 * evidence and both of its actors' kinds pass. A focus in "hide" mode keeps only its neighbourhood;
 * `hideIsolated` then drops actors left without a relation (the focused actor always stays).
 * Filters left out take their defaults.
 */
export function computeVisibility(
  graph: Graph,
  partialFilters: Partial<Filters>,
  focus: FocusRequest | null = null,
): Visibility {
  const filters: Filters = { ...DEFAULT_FILTERS, ...partialFilters };
  const hiddenTypes = new Set(filters.hiddenTypes);
  const sets = filterSets(filters);
  const hiddenKinds = new Set<string>(filters.hiddenKinds);
  const actors = new Set(graph.actors.filter((a) => !hiddenKinds.has(a.kind)).map((a) => a.id));
  const relations = new Set<string>();
  const kept: Relation[] = [];
  for (const relation of graph.relations) {
    if (hiddenTypes.has(relation.type)) continue;
    if (!actors.has(relation.source) || !actors.has(relation.target)) continue;
    if (!evidencePasses(relation, filters, sets)) continue;
    relations.add(relation.id);
    kept.push(relation);
  }

  let neighbourhood: Neighbourhood | null = null;
  if (focus && actors.has(focus.actorId)) {
    const directed = new Map(graph.relationTypes.map((t) => [t.id, t.directed]));
    neighbourhood = focusNeighbourhood(
      kept,
      (typeId) => directed.get(typeId) !== false,
      focus.actorId,
      focus,
    );
    if (focus.mode === 'hide') {
      for (const id of [...relations]) if (!neighbourhood.relations.has(id)) relations.delete(id);
      for (const id of [...actors]) if (!neighbourhood.actors.has(id)) actors.delete(id);
    }
  }

  if (filters.hideIsolated) {
    const connected = new Set<string>();
    for (const r of kept) {
      if (!relations.has(r.id)) continue;
      connected.add(r.source);
      connected.add(r.target);
    }
    for (const id of [...actors]) {
      if (!connected.has(id) && id !== neighbourhood?.centre) actors.delete(id);
    }
  }
  return { relations, actors, focus: neighbourhood };
}

export function toggleInList<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Add or remove several items at once (a whole quad class of relation types). */
export function setInList<T>(list: readonly T[], items: readonly T[], present: boolean): T[] {
  const rest = list.filter((x) => !items.includes(x));
  return present ? [...rest, ...items] : rest;
}
