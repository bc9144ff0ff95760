/**
 * One node or edge of a graph file read into a draft actor or relation, the same way in every format.
 * A reader collects what the file says about an element as Fields; these functions take what the model
 * has a place for, and the rest becomes the element's attributes.
 *
 * A file that carries Actorgraph's relation type table is one of our own exports ("native"): its values
 * are taken as written and checked strictly. Any other file is "foreign": a value goes into a model
 * field only when it fits there, and otherwise stays an attribute, so nothing in it is refused or lost.
 */
import type { Attributes, AttributeValue, Polarity, Quad } from '../../domain/types';
import { POLARITIES, QUADS } from '../../domain/types';
import { plural } from '../describe';
import { parseJsonText } from '../jsonText';
import type { Problem } from '../problems';
import { MAX_GRAPH_BYTES, MAX_GRAPH_DEPTH } from '../validateGraph';
import type { Reserved } from './attributes';
import { actorKind, attributeName, attributeValue } from './attributes';
import type { TypeHint } from './foreignGraph';
import type { DraftItem, DraftRelation, Where } from './shared';
import { defined, fileProblem, looseBoolean, looseInteger, parseJsonAttribute, problemAt } from './shared';

/** Where a reader puts what it finds wrong (problems stop the import), and what it counts on the way. */
export interface Report {
  readonly fileName: string;
  readonly problems: Problem[];
  readonly warnings: Problem[];
  /** Nodes without a label, edges without an id or with another's: counted, then told once (tellCounts). */
  readonly counts: {
    unlabelled: number;
    unnamed: number;
    firstUnnamed?: string;
    repeated: number;
    firstRepeated?: string;
    clashing: number;
    firstClashing?: string;
  };
  /** Ids of the nodes read, and of the edges read so far. */
  readonly nodeIds: Set<string>;
  readonly edgeIds: Set<string>;
}

export const newReport = (fileName: string): Report => ({
  fileName,
  problems: [],
  warnings: [],
  counts: { unlabelled: 0, unnamed: 0, repeated: 0, clashing: 0 },
  nodeIds: new Set(),
  edgeIds: new Set(),
});

/** One warning per kind of gap, not one per element: a big file would bury the reader in them. */
export function tellCounts(report: Report): void {
  const { unlabelled, unnamed, firstUnnamed, repeated, firstRepeated, clashing, firstClashing } =
    report.counts;
  if (unlabelled > 0) {
    report.warnings.push(
      fileProblem(
        report.fileName,
        unlabelled === 1
          ? '1 node has no label; its id is used as its label'
          : `${plural(unlabelled, 'node')} have no label; their ids are used as labels`,
      ),
    );
  }
  if (unnamed > 0) {
    report.warnings.push(
      fileProblem(
        report.fileName,
        unnamed === 1
          ? `1 edge has no id; it was given the id ${JSON.stringify(firstUnnamed)}`
          : `${plural(unnamed, 'edge')} have no id; they were given ids ${JSON.stringify(firstUnnamed)} and on`,
      ),
    );
  }
  if (clashing > 0) {
    report.warnings.push(
      fileProblem(
        report.fileName,
        `${plural(clashing, 'edge')} ${clashing === 1 ? 'shares its id with a node' : 'share their ids with nodes'}; ` +
          `as ids must differ between nodes and edges, ${clashing === 1 ? 'it was' : 'they were'} renamed ` +
          `("${firstClashing}"${clashing === 1 ? '' : ', and so on'})`,
      ),
    );
  }
  if (repeated > 0) {
    report.warnings.push(
      fileProblem(
        report.fileName,
        `${plural(repeated, 'edge')} repeat the id of an earlier edge (NetworkX numbers parallel edges per pair of nodes); ` +
          `${repeated === 1 ? 'it was given the id' : 'they were given ids'} ${JSON.stringify(firstRepeated)}${repeated === 1 ? '' : ' and on'}`,
      ),
    );
  }
}

/**
 * An edge's id: the file's own, or a new one when the file gives none or, in a foreign file, repeats
 * an earlier edge's (such files mean parallel edges, not one) or a node's (GEXF and GraphML number
 * nodes and edges apart; the canvas needs every id once). A native file's ids stay, for the validator.
 */
export function edgeId(
  given: unknown,
  newId: (preferred?: string) => string,
  report: Report,
  native: boolean,
): unknown {
  const { counts, edgeIds, nodeIds } = report;
  if (given === undefined) {
    const id = newId();
    counts.unnamed += 1;
    counts.firstUnnamed ??= id;
    return id;
  }
  if (native || typeof given !== 'string') return given;
  if (!edgeIds.has(given) && !nodeIds.has(given)) {
    edgeIds.add(given);
    return given;
  }
  if (edgeIds.has(given)) {
    const id = newId();
    counts.repeated += 1;
    counts.firstRepeated ??= id;
    return id;
  }
  const id = newId(`edge-${given}`);
  edgeIds.add(given);
  counts.clashing += 1;
  counts.firstClashing ??= `${given}" is now "${id}`;
  return id;
}

const present = (value: unknown): unknown =>
  value === undefined || value === null || value === '' ? undefined : value;

/** Non-empty text, or a number written as text; as written, not trimmed. */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value.trim() === ''
      ? undefined
      : value
    : typeof value === 'number'
      ? String(value)
      : undefined;

/** An element's values by name, in file order; names match in any case. */
export class Fields {
  private readonly names: string[] = [];
  private readonly values: unknown[] = [];
  private readonly at = new Map<string, number[]>();
  private readonly used = new Set<number>();

  add(name: string, value: unknown): void {
    const key = name.toLowerCase();
    const list = this.at.get(key);
    if (list) list.push(this.names.length);
    else this.at.set(key, [this.names.length]);
    this.names.push(name);
    this.values.push(value);
  }

  /**
   * The first value of any of `names` that `read` makes something of; that value is then used up.
   * By default any value but an empty one.
   */
  take<T = unknown>(
    names: string | readonly string[],
    read: (value: unknown) => T | undefined = present as (value: unknown) => T | undefined,
  ): T | undefined {
    for (const name of typeof names === 'string' ? [names] : names) {
      for (const index of this.at.get(name.toLowerCase()) ?? []) {
        if (this.used.has(index)) continue;
        const value = read(this.values[index]);
        if (value === undefined) continue;
        this.used.add(index);
        return value;
      }
    }
    return undefined;
  }

  /** Like take, leaving the value for the attributes. */
  peek<T>(names: readonly string[], read: (value: unknown) => T | undefined): T | undefined {
    for (const name of names) {
      for (const index of this.at.get(name.toLowerCase()) ?? []) {
        const value = this.used.has(index) ? undefined : read(this.values[index]);
        if (value !== undefined) return value;
      }
    }
    return undefined;
  }

  /** Uses up every value of `names` (or only those equal to `only`): bookkeeping or repeats, not data. */
  drop(names: readonly string[], only?: unknown): void {
    for (const name of names) {
      for (const index of this.at.get(name.toLowerCase()) ?? []) {
        if (only === undefined || this.values[index] === only) this.used.add(index);
      }
    }
  }

  /** The values not used, as attributes under the names they stand for; the first of a name wins. */
  rest(reserved: Reserved): Attributes | undefined {
    let out: Record<string, AttributeValue> | undefined;
    this.names.forEach((written, index) => {
      if (this.used.has(index)) return;
      const value = attributeValue(this.values[index]);
      const name = attributeName(written, reserved);
      // "__proto__" would set the object's prototype instead of a field.
      if (value === undefined || name === '__proto__') return;
      out ??= {};
      if (!Object.hasOwn(out, name)) out[name] = value;
    });
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Nodes

export interface NodeRead {
  readonly id: unknown;
  readonly where: Where;
  /** The format's own label (GEXF label, a GraphML label or name, yEd's node label); checked later. */
  readonly label: unknown;
  readonly fields: Fields;
  readonly position?: { readonly x: number; readonly y: number } | undefined;
  readonly color?: string | undefined;
}

const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '')
    ? (value as string[])
    : undefined;

function quietJsonList(value: unknown): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  const parsed = parseJsonText(value, 'aliases', { maxBytes: MAX_GRAPH_BYTES, maxDepth: MAX_GRAPH_DEPTH });
  return parsed.ok ? stringList(parsed.value) : undefined;
}

const countryCode = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[A-Z]{3}$/.test(value) ? value : undefined;

/** A draft actor. `splitAliases` cuts a plain alias list ("a; b") as the format's tools write one. */
export function actorDraft(
  node: NodeRead,
  native: boolean,
  reserved: Reserved,
  report: Report,
  splitAliases: (text: string) => string[],
): DraftItem {
  const { fields, where } = node;
  const plainAliases = (value: unknown): string[] | undefined =>
    typeof value === 'string'
      ? splitAliases(value)
          .map((alias) => alias.trim())
          .filter((alias) => alias !== '')
      : undefined;
  let kind: unknown;
  let aliases: unknown;
  let country: unknown;
  let affiliation: unknown;
  if (native) {
    kind = fields.take('kind');
    const json = fields.take('aliases_json');
    aliases =
      json !== undefined
        ? parseJsonAttribute(String(json), report.fileName, where, 'aliases_json', report.problems)
        : (fields.take('aliases', (value) => (Array.isArray(value) ? value : plainAliases(value))) ?? []);
    country = fields.take('country');
    affiliation = fields.take('affiliation');
  } else {
    // A kind column of our own wins; a type or category column lends its value and stays an attribute.
    kind = fields.take('kind', actorKind) ?? fields.peek(['type', 'category'], actorKind) ?? 'unknown';
    aliases =
      fields.take('aliases_json', quietJsonList) ??
      fields.take('aliases', (value) => stringList(value) ?? plainAliases(value)) ??
      [];
    country = fields.take('country', countryCode);
    // Kept only if it names another actor of the file: finishImport checks once all are read.
    affiliation = fields.take('affiliation', text);
  }
  if (node.label === undefined) report.counts.unlabelled += 1;
  if (typeof node.id === 'string') report.nodeIds.add(node.id);
  return {
    where,
    value: defined({
      id: node.id,
      label: node.label ?? node.id,
      kind,
      aliases,
      country,
      affiliation,
      attributes: fields.rest(reserved),
      position: node.position,
      color: node.color,
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Edges

export interface EdgeRead {
  readonly id: unknown;
  readonly where: Where;
  readonly source: unknown;
  readonly target: unknown;
  /** From the edge, else the graph's default. */
  readonly directed: boolean;
  /** The evidence the edge carries, parsed; undefined when it carries none. */
  readonly evidence: unknown;
  readonly fields: Fields;
}

export interface EdgeSpec {
  /** Native files: the fields that hold the relation type id, in the order tried. */
  readonly typeNames: readonly string[];
  /** Native files: the format's own fields that hold nothing of the relation (type label, counts). */
  readonly own: readonly string[];
  readonly reserved: Reserved;
  /** Native files: what to say when an edge names no relation type. */
  readonly noType: string;
}

/** Fields, in the order tried, that name a foreign edge's type; its label is the fallback. */
export const FOREIGN_TYPE_NAMES = ['kind', 'relation', 'type', 'interaction'] as const;

const polarity = (value: unknown): Polarity | undefined =>
  (POLARITIES as readonly unknown[]).includes(value) ? (value as Polarity) : undefined;
const quad = (value: unknown): Quad | undefined => {
  const n = looseInteger(value);
  return (QUADS as readonly unknown[]).includes(n) ? (n as Quad) : undefined;
};
const count = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : looseInteger(value);
const flag = (value: unknown): boolean | undefined => looseBoolean(value);
const note = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A draft relation; for a foreign file, the type hint says what its relation type is made of. */
export function relationDraft(
  edge: EdgeRead,
  native: boolean,
  spec: EdgeSpec,
  report: Report,
): DraftRelation {
  const { fields, where } = edge;
  let type: unknown;
  let hint: TypeHint = { directed: edge.directed };
  if (native) {
    type = fields.take(spec.typeNames);
    if (type === undefined) report.problems.push(problemAt(report.fileName, where, spec.noType));
    fields.drop([...spec.typeNames, ...spec.own]);
  } else {
    const key = fields.take(FOREIGN_TYPE_NAMES, text);
    // Actorgraph's own exports repeat the type (Cytoscape's interaction) and the quotes of the evidence.
    if (key !== undefined) fields.drop(FOREIGN_TYPE_NAMES, key);
    if (edge.evidence !== undefined) fields.drop(['quotes']);
    hint = {
      key,
      label: fields.take(['label', 'Edge Label'], text), // Gephi's GraphML names it so
      directed: edge.directed,
      polarity: fields.take('polarity', polarity),
      quad: fields.take('quad', quad),
    };
    fields.take('evidence_count', count);
  }
  const automatic = native ? fields.take('automatic') : fields.take('automatic', flag);
  return {
    where,
    explained: ['.type'],
    value: defined({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type,
      evidence: edge.evidence ?? [],
      automatic,
      note: fields.take('note', note),
      attributes: fields.rest(spec.reserved),
    }),
    typeHint: hint,
  };
}
