import { focusNeighbourhood, type FocusSettings, type Neighbourhood } from './focus';
import { DEFAULT_FILTERS, FILTER_REGISTRY, filterValue, type Filters } from './filterRegistry';
import type { Actor, Evidence, Graph, Relation } from './types';

export { DEFAULT_FILTERS, MAX_MIN_EVIDENCE, type Filters } from './filterRegistry';

export function isDefaultFilters(filters: Filters): boolean {
  return FILTER_REGISTRY.every((definition) => definition.isDefault(filterValue(filters, definition)));
}

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

/** Every registered filter's tests for one set of values, made once per computation. */
export interface CompiledFilters {
  readonly actor: readonly ((actor: Actor) => boolean)[];
  readonly relation: readonly ((relation: Relation) => boolean)[];
  readonly evidence: readonly ((evidence: Evidence) => boolean)[];
  readonly supporting: readonly ((count: number) => boolean)[];
  /** A relation with no sentence stays (nothing to measure: only an unfiltered view shows it). */
  readonly keepsUnsupported: boolean;
  readonly hidesIsolated: boolean;
}

/** `graph` lets a test look beyond the item (a sentence's date is its source's); without it, less is known. */
export function compileFilters(filters: Filters, graph: Graph | null = null): CompiledFilters {
  const actor: ((actor: Actor) => boolean)[] = [];
  const relation: ((relation: Relation) => boolean)[] = [];
  const evidence: ((evidence: Evidence) => boolean)[] = [];
  const supporting: ((count: number) => boolean)[] = [];
  let keepsUnsupported = true;
  let hidesIsolated = false;
  for (const definition of FILTER_REGISTRY) {
    const value = filterValue(filters, definition);
    const { tests } = definition;
    const add = <T>(list: T[], test: T | null | undefined) => {
      if (test) list.push(test);
    };
    add(actor, tests.actor?.(value));
    add(relation, tests.relation?.(value));
    add(evidence, tests.evidence?.(value, graph));
    add(supporting, tests.supporting?.(value));
    if (tests.keepsUnsupported && !tests.keepsUnsupported(value)) keepsUnsupported = false;
    if (tests.hidesIsolated?.(value)) hidesIsolated = true;
  }
  return { actor, relation, evidence, supporting, keepsUnsupported, hidesIsolated };
}

const passesAll = <T>(tests: readonly ((item: T) => boolean)[], item: T): boolean => {
  for (const test of tests) if (!test(item)) return false;
  return true;
};

/**
 * The sentences that still back a relation under the filters on sentences (source, confidence,
 * review status): those every such filter keeps.
 */
export function supportingEvidence(
  relation: Relation,
  filters: Filters,
  compiled: CompiledFilters = compileFilters(filters),
): Evidence[] {
  if (compiled.evidence.length === 0) return [...relation.evidence];
  return relation.evidence.filter((e) => passesAll(compiled.evidence, e));
}

/**
 * Whether a relation's own evidence keeps it on screen: some sentence must be left, and as many as
 * the minimum asks. A relation whose every sentence says it did not happen is drawn too, dashed,
 * whether the sentences are curated or extracted: the confidence filter, not a hidden rule, decides
 * what the extractor shows. One whose every sentence was rejected is hidden while "rejected" is (by
 * default). One with no sentence shows only while no filter on sentences is active.
 */
export function evidencePasses(
  relation: Relation,
  filters: Filters,
  compiled: CompiledFilters = compileFilters(filters),
): boolean {
  if (relation.evidence.length === 0) return compiled.keepsUnsupported;
  // Without a test on how many are left, the first sentence kept is enough.
  if (compiled.supporting.length === 0) {
    return compiled.evidence.length === 0 || relation.evidence.some((e) => passesAll(compiled.evidence, e));
  }
  const count =
    compiled.evidence.length === 0
      ? relation.evidence.length
      : relation.evidence.reduce((n, e) => (passesAll(compiled.evidence, e) ? n + 1 : n), 0);
  return count > 0 && passesAll(compiled.supporting, count);
}

/** Whether a relation passes the filters, given the actors they keep (focus and isolation aside). */
export function relationShows(
  relation: Relation,
  actors: ReadonlySet<string>,
  filters: Filters,
  compiled: CompiledFilters,
): boolean {
  if (!actors.has(relation.source) || !actors.has(relation.target)) return false;
  return passesAll(compiled.relation, relation) && evidencePasses(relation, filters, compiled);
}

/**
 * Which relations and actors are on screen. Filters compose: a relation shows when both of its actors,
 * the relation itself and its evidence pass every registered filter. A focus in "hide" mode keeps only its neighbourhood;
 * a filter that hides isolated actors then drops those left without a relation (the focused actor always stays).
 * Filters left out take their defaults.
 */
export function computeVisibility(
  graph: Graph,
  partialFilters: Partial<Filters>,
  focus: FocusRequest | null = null,
): Visibility {
  const filters: Filters = { ...DEFAULT_FILTERS, ...partialFilters };
  const compiled = compileFilters(filters, graph);
  const actors = new Set(graph.actors.filter((a) => passesAll(compiled.actor, a)).map((a) => a.id));
  const relations = new Set<string>();
  const kept: Relation[] = [];
  for (const relation of graph.relations) {
    if (!relationShows(relation, actors, filters, compiled)) continue;
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

  if (compiled.hidesIsolated) {
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

/** The active filters as phrases for the export caption, in registry order; none when all are at default. */
export function describeFilters(partialFilters: Partial<Filters>, graph: Graph): string[] {
  const filters: Filters = { ...DEFAULT_FILTERS, ...partialFilters };
  const phrases: string[] = [];
  for (const definition of FILTER_REGISTRY) {
    const value = filterValue(filters, definition);
    if (definition.isDefault(value)) continue;
    const phrase = definition.describe(value, graph);
    if (phrase !== null) phrases.push(phrase);
  }
  return phrases;
}

/** Messages for every id the filters name that the graph lacks (a link made with another graph). */
export function unknownFilterIds(filters: Filters, graph: Graph): string[] {
  return FILTER_REGISTRY.flatMap(
    (definition) => definition.unknownIds?.(filterValue(filters, definition), graph) ?? [],
  );
}

/** The filters without ids the graph lacks; the same object when nothing is dropped. */
export function keepKnownFilterIds(filters: Filters, graph: Graph): Filters {
  let changed: Record<string, unknown> | null = null;
  for (const definition of FILTER_REGISTRY) {
    if (!definition.keepKnown) continue;
    const value = filterValue(filters, definition);
    const kept = definition.keepKnown(value, graph);
    if (kept !== value) (changed ??= { ...filters })[definition.key] = kept;
  }
  return changed === null ? filters : (changed as unknown as Filters);
}
