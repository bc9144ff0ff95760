/**
 * What a graph file without Actorgraph's relation type table becomes. Every edge keeps a relation type:
 * one of the open graph's when the edge names it by id, one rebuilt from the edge's polarity and quad
 * class (an Actorgraph export saved again by another tool), or else a type of its own made from the
 * name the file gives it, with polarity "unknown" and no quad class. The summary tells the reader
 * once, for the whole file, what was made of it.
 */
import type { Graph, Polarity, Quad, RelationType } from '../../domain/types';
import { plural, quoted } from '../describe';

/** What an edge says about its relation type. */
export interface TypeHint {
  /** The edge's type name as written (kind, relation, type or interaction). */
  readonly key?: string | undefined;
  /** The edge's label: its type's name when it has no key, else perhaps its type's label. */
  readonly label?: string | undefined;
  readonly directed: boolean;
  readonly polarity?: Polarity | undefined;
  readonly quad?: Quad | undefined;
}

/** The type of edges that name none. */
export const GENERIC_LABEL = 'related to';

/** Suffix of an undirected type's id when the file uses the same name for directed edges too. */
export const UNDIRECTED_SUFFIX = '_undirected';

const MAX_SLUG = 48;

/**
 * A type id from a name: lower case, letters and digits of any script joined by "_", accents dropped,
 * at most 48 characters; "type" when nothing is left. Safe in URLs, selectors and CSV headers.
 */
export function slug(name: string): string {
  const words =
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const cut = Array.from(words.join('_')).slice(0, MAX_SLUG).join('').replace(/_+$/, '');
  return cut === '' ? 'type' : cut;
}

export interface ResolvedTypes {
  readonly types: readonly RelationType[];
  /** Per type: the index of the first relation of that type, where problems about it are reported. */
  readonly firstOf: readonly number[];
  /** Per relation: its type id. */
  readonly typeOf: readonly string[];
  /** Per relation: its label, when that is not its type's label and stays an attribute. */
  readonly keptLabel: readonly (string | undefined)[];
  readonly lent: readonly string[];
  readonly rebuilt: readonly string[];
  /** Types made from the file's own names. */
  readonly foreign: readonly RelationType[];
  /** Edges that named no type at all. */
  readonly untyped: number;
}

interface Group {
  readonly name: string;
  readonly directed: boolean;
  readonly members: number[];
  /** Some member names its type by key (kind, relation, …), not only by its label. */
  keyed: boolean;
  type?: RelationType;
}

/**
 * Whether a label names the same thing as a type key, as in Actorgraph's own exports saved again by
 * another tool: "agrees with" for agrees_with, "supports" for supports_undirected or supports_2.
 */
function sameName(label: string, key: string): boolean {
  const [l, k] = [slug(label), slug(key)];
  return k.startsWith(l) && /^(_undirected)?(_\d+)?$/.test(k.slice(l.length));
}

/** The one value all members agree on, or undefined. */
function agreed<T>(values: readonly (T | undefined)[]): T | undefined {
  const first = values[0];
  return first !== undefined && values.every((value) => value === first) ? first : undefined;
}

/** An Actorgraph type from edges that all give the same quad class and a polarity that fits it. */
function rebuilt(group: Group, hints: readonly TypeHint[], label: string): RelationType | undefined {
  const members = group.members.map((index) => hints[index] as TypeHint);
  const quad = agreed(members.map((hint) => hint.quad));
  if (quad === undefined) return undefined;
  const expected: Polarity = quad <= 2 ? 'cooperation' : 'conflict';
  if (!members.every((hint) => hint.polarity === undefined || hint.polarity === expected)) return undefined;
  const { name: id, directed } = group;
  return { id, label, directed, polarity: expected, quad, cameo: [], plover: '' };
}

/** Relation types for a file that has no table of its own; `lendable` are the open graph's. */
export function resolveTypes(
  hints: readonly TypeHint[],
  lendable: readonly RelationType[] = [],
): ResolvedTypes {
  const groups = new Map<string, Group>();
  const groupOf: Group[] = [];
  let untyped = 0;
  hints.forEach((hint, index) => {
    if (hint.key === undefined && hint.label === undefined) untyped += 1;
    const name = hint.key ?? hint.label ?? GENERIC_LABEL;
    const key = `${hint.directed ? 'd' : 'u'}${name}`;
    let group = groups.get(key);
    if (!group) {
      group = { name, directed: hint.directed, members: [], keyed: false };
      groups.set(key, group);
    }
    group.members.push(index);
    if (hint.key !== undefined) group.keyed = true;
    groupOf.push(group);
  });

  const open = new Map(lendable.map((type) => [type.id, type]));
  const taken = new Set(open.keys());
  // An edge's own label is its type's label only when every edge of the type gives that same name.
  const labelOf = (group: Group): string => {
    const label = group.keyed ? agreed(group.members.map((index) => hints[index]?.label)) : undefined;
    return label !== undefined && sameName(label, group.name) ? label : group.name;
  };
  const lent: string[] = [];
  const rebuiltIds: string[] = [];
  // Ids from the file first (lent, rebuilt), so that types of its own never take one of them.
  for (const group of groups.values()) {
    if (!group.keyed) continue;
    const known = open.get(group.name);
    if (known) {
      if (known.directed === group.directed) {
        group.type = known;
        lent.push(known.id);
      }
      continue;
    }
    if (taken.has(group.name)) continue;
    const type = rebuilt(group, hints, labelOf(group));
    if (type) {
      group.type = type;
      taken.add(type.id);
      rebuiltIds.push(type.id);
    }
  }
  const bothWays = new Set<string>();
  for (const group of groups.values()) {
    if (groups.has(`${group.directed ? 'u' : 'd'}${group.name}`)) bothWays.add(group.name);
  }
  const foreign: RelationType[] = [];
  for (const group of groups.values()) {
    if (group.type) continue;
    const base = slug(group.name) + (!group.directed && bothWays.has(group.name) ? UNDIRECTED_SUFFIX : '');
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}_${n}`;
    taken.add(id);
    const label = labelOf(group);
    group.type = { id, label, directed: group.directed, polarity: 'unknown', cameo: [], plover: '' };
    foreign.push(group.type);
  }

  const types: RelationType[] = [];
  const firstOf: number[] = [];
  for (const group of groups.values()) {
    types.push(group.type as RelationType);
    firstOf.push(group.members[0] as number);
  }
  const typeOf = groupOf.map((group) => (group.type as RelationType).id);
  const keptLabel = hints.map((hint, index) => {
    const type = groupOf[index]?.type;
    return hint.key !== undefined && hint.label !== undefined && hint.label !== type?.label
      ? hint.label
      : undefined;
  });
  return { types, firstOf, typeOf, keptLabel, lent, rebuilt: rebuiltIds, foreign, untyped };
}

// ---------------------------------------------------------------------------------------------
// Summary

/** What opening a foreign file made of it; the same as the summary warning, in numbers. */
export interface ForeignGraphSummary {
  /** Relations with no evidence sentence, shown as unsupported. */
  readonly unsupported: number;
  readonly relations: number;
  /** Relation types made from the file's own names (polarity unknown, no quad class). */
  readonly foreignTypes: number;
  /** Edges that named no type, shown as "related to". */
  readonly untyped: number;
  readonly selfLoops: number;
  /** Relations with the same ends and type as an earlier one, kept apart. */
  readonly parallel: number;
  /** What the reader kept of the format's own extras, such as time data in a dynamic GEXF. */
  readonly notes: readonly string[];
  /** The summary in words, as in the import's first warning. */
  readonly message: string;
}

const MAX_NAMED_TYPES = 5;

/** Counts what a foreign graph holds and says it in one sentence; undefined when there is nothing to say. */
export function summarise(
  graph: Graph,
  resolved: ResolvedTypes,
  notes: readonly string[],
): ForeignGraphSummary | undefined {
  const directed = new Map(graph.relationTypes.map((type) => [type.id, type.directed]));
  let unsupported = 0;
  let selfLoops = 0;
  let parallel = 0;
  const seen = new Set<string>();
  for (const relation of graph.relations) {
    if (relation.evidence.length === 0) unsupported += 1;
    if (relation.source === relation.target) selfLoops += 1;
    const ends = [relation.source, relation.target];
    if (directed.get(relation.type) === false) ends.sort();
    const key = JSON.stringify([relation.type, ...ends]);
    if (seen.has(key)) parallel += 1;
    else seen.add(key);
  }
  const foreignTypes = resolved.foreign.length;
  const { untyped } = resolved;
  if (unsupported === 0 && foreignTypes === 0 && selfLoops === 0 && notes.length === 0) return undefined;

  // Each part reads for one or for many: "1 edge has …", "3 edges have …".
  const say = (n: number, noun: string, one: string, many: string) =>
    `${plural(n, noun)} ${n === 1 ? one : many}`;
  const parts: string[] = [];
  const total = graph.relations.length;
  if (unsupported > 0) {
    // "254 edges have …", "3 of 254 edges have …", "1 of 254 edges has …"
    const of = unsupported === total ? '' : ` of ${total.toLocaleString('en-US')}`;
    const noun = total === 1 ? 'edge' : 'edges';
    const verb =
      unsupported === 1
        ? 'has no evidence and is shown as an unsupported relation'
        : 'have no evidence and are shown as unsupported relations';
    parts.push(`${unsupported.toLocaleString('en-US')}${of} ${noun} ${verb}`);
  }
  if (foreignTypes > 0) {
    const labels = [...new Set(resolved.foreign.map((type) => type.label))];
    const names = labels.slice(0, MAX_NAMED_TYPES).map((label) => quoted(label, 40));
    const more = labels.length > MAX_NAMED_TYPES ? ', …' : '';
    const kept = say(
      foreignTypes,
      'edge type',
      'is kept as a type of its own',
      'are kept as types of their own',
    );
    parts.push(`${kept}, with no polarity (${names.join(', ')}${more})`);
  }
  if (untyped > 0) {
    parts.push(say(untyped, 'edge', 'with no type is', 'with no type are') + ` shown as "${GENERIC_LABEL}"`);
  }
  const apart = [
    ...(selfLoops > 0 ? [plural(selfLoops, 'self-loop')] : []),
    ...(parallel > 0 ? [plural(parallel, 'parallel edge')] : []),
  ];
  if (apart.length > 0) {
    const one = selfLoops + parallel === 1;
    parts.push(
      `${apart.join(' and ')} ${one ? 'is kept as a relation of its own' : 'are kept as relations of their own'}`,
    );
  }
  parts.push(...notes);
  const message = `Opened as a graph from another tool: ${parts.join('; ')}.`;
  return { unsupported, relations: total, foreignTypes, untyped, selfLoops, parallel, notes, message };
}
