/**
 * What one filter is, in one place: its default, how it hides actors, relations or sentences, how the
 * permalink carries it and how the export caption says it. The engine (../filters.ts), the permalink
 * (src/io/permalink.ts), the caption and the tests read every filter through this shape, so a new
 * filter is one definition file, its line in the registry (./index.ts) and its control.
 */
import type { Actor, Evidence, Graph, Relation } from '../types';

/**
 * How a filter hides things. Each hook gets the filter's value once per computation and returns a
 * test, or null when the value hides nothing of that kind (the cheap common case). The stages:
 * actors, then relations (a relation needs both of its actors), then the sentences that back a
 * relation; a relation with sentences stays when some sentence is left and every `supporting` test
 * accepts how many are left; a relation with none stays while every `keepsUnsupported` agrees.
 * `hidesIsolated` runs last, after the focus, on actors left with no visible relation. `graph` is
 * the graph being filtered, for a test that needs more than the item (a sentence's source date).
 */
export interface FilterTests<V> {
  actor?(value: V): ((actor: Actor) => boolean) | null;
  relation?(value: V): ((relation: Relation) => boolean) | null;
  evidence?(value: V, graph: Graph | null): ((evidence: Evidence) => boolean) | null;
  supporting?(value: V): ((count: number) => boolean) | null;
  keepsUnsupported?(value: V): boolean;
  hidesIsolated?(value: V): boolean;
}

/** What the permalink accepts for a key; src/io turns it into a validator. */
export type LinkFormat =
  /** Comma-separated ids of the graph (any text; the app checks them against the graph). */
  | { readonly type: 'ids' }
  /** Comma-separated values from a fixed list. */
  | { readonly type: 'choices'; readonly values: readonly [string, ...string[]] }
  | { readonly type: 'wholeNumber'; readonly min: number; readonly max: number }
  /** A number from 0 to 1 with at most two decimals. */
  | { readonly type: 'fraction' }
  /** `key=1` when on; absent when off. */
  | { readonly type: 'flag' }
  /** `key=YYYY-MM-DD..YYYY-MM-DD`, either end may be empty (open); read as [from, to]. */
  | { readonly type: 'dateRange' };

/**
 * A value as the permalink holds it: a list for `ids` and `choices` ([from, to] for a `dateRange`),
 * a number, or true for a flag.
 */
export type LinkValue = readonly string[] | number | true;

/** One key of the URL hash. Written only when the filter is not at its default. */
export interface LinkField<V> {
  readonly name: string;
  readonly format: LinkFormat;
  /** The filter value for a link value that already passed `format`. */
  fromLink(value: LinkValue): V;
  toLink(value: V): LinkValue;
}

export interface FilterDefinition<K extends string, V> {
  /** The field in `Filters` (and in the store). */
  readonly key: K;
  readonly default: V;
  /** At its default: hides nothing the default does not (lists compare in any order). */
  isDefault(value: V): boolean;
  readonly tests: FilterTests<V>;
  readonly link: LinkField<V>;
  /** The phrase for the export caption, or null at the default or when it changes nothing in `graph`. */
  describe(value: V, graph: Graph): string | null;
  /** For a filter naming ids of the graph: one message per id the graph lacks (a link from elsewhere). */
  unknownIds?(value: V, graph: Graph): string[];
  /** The value without ids the graph lacks; the same value when nothing is dropped. */
  keepKnown?(value: V, graph: Graph): V;
  /**
   * The relations (positions in `graph.relations`) whose test can differ between two values, or null
   * when it cannot tell: lets a change of this filter alone re-test those, not every relation.
   */
  changedRelations?(before: V, after: V, graph: Graph): ReadonlySet<number> | null;
}

/** `unknownIds` and `keepKnown` for a filter that lists ids of the graph (types, sources). */
export function graphIdChecks(
  noun: string,
  idsOf: (graph: Graph) => readonly string[],
): Required<Pick<FilterDefinition<string, readonly string[]>, 'unknownIds' | 'keepKnown'>> {
  const known = (graph: Graph) => new Set(idsOf(graph));
  return {
    unknownIds: (ids, graph) => {
      const has = known(graph);
      return ids.filter((id) => !has.has(id)).map((id) => `no ${noun} "${id}"`);
    },
    keepKnown: (ids, graph) => {
      const has = known(graph);
      const kept = ids.filter((id) => has.has(id));
      return kept.length === ids.length ? ids : kept;
    },
  };
}

/** Any registered filter, for code that walks the registry without knowing each value's type. */
export type AnyFilterDefinition = FilterDefinition<string, unknown>;

/** Checks a definition against the shape, keeping its precise key and value types. */
export const defineFilter = <K extends string, V>(
  definition: FilterDefinition<K, V>,
): FilterDefinition<K, V> => definition;

const unique = <T>(list: readonly T[]): T[] => [...new Set(list)];

/** Link fields for the formats above; io has checked the value's shape before `fromLink` runs. */
export const idListLink = (name: string): LinkField<readonly string[]> => ({
  name,
  format: { type: 'ids' },
  fromLink: (value) => unique(value as readonly string[]),
  toLink: (value) => value,
});

export const choiceListLink = <T extends string>(
  name: string,
  values: readonly [T, ...T[]],
): LinkField<readonly T[]> => ({
  name,
  format: { type: 'choices', values },
  fromLink: (value) => unique(value as readonly T[]),
  toLink: (value) => value,
});

export const wholeNumberLink = (name: string, min: number, max: number): LinkField<number> => ({
  name,
  format: { type: 'wholeNumber', min, max },
  fromLink: (value) => value as number,
  toLink: (value) => value,
});

export const fractionLink = (name: string): LinkField<number> => ({
  name,
  format: { type: 'fraction' },
  fromLink: (value) => value as number,
  toLink: (value) => value,
});

/** For filters that are off by default: present means on. */
export const flagLink = (name: string): LinkField<boolean> => ({
  name,
  format: { type: 'flag' },
  fromLink: () => true,
  toLink: () => true,
});

/** The same items, in any order. */
export const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));

/** "a, b and c", with at most `max` names before "and N more". */
export function listWords(items: readonly string[], max = 6): string {
  if (items.length <= 1) return items[0] ?? '';
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
