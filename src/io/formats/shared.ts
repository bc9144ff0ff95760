/**
 * What the format readers share: locations inside a file, and the last step of every non-native
 * import (fill in what the file lacks, validate, and point each problem back into the file).
 */
import type { Graph, RelationType, Source } from '../../domain/types';
import { SCHEMA_VERSION } from '../../domain/types';
import { plural, quoted } from '../describe';
import type { ParseResult, Problem } from '../problems';
import { fail, ok } from '../problems';
import { parseJsonText } from '../jsonText';
import type { ValidateGraphOptions } from '../validateGraph';
import { MAX_GRAPH_BYTES, MAX_GRAPH_DEPTH, validateGraph } from '../validateGraph';
import type { ForeignGraphSummary, ResolvedTypes, TypeHint } from './foreignGraph';
import { resolveTypes, summarise } from './foreignGraph';

/** How to import: what the app can lend a file that lacks source texts or relation type definitions. */
export interface ImportOptions {
  /** Sources of the open graph: used for evidence whose source text the file does not carry. */
  readonly sources?: readonly Source[];
  /** Relation types of the open graph: used for edge types the file does not define. */
  readonly relationTypes?: readonly RelationType[];
  /**
   * 'strict' (the default): every quote must sit exactly at its offsets. 'repairable': offsets are
   * left for repairEvidence (integrity.ts) to re-anchor, as when the app loads a graph.
   */
  readonly anchors?: ValidateGraphOptions['anchors'];
  /** Told when reading moves on to the next step, for progress reports. */
  readonly onStep?: (step: ImportStep) => void;
}

/** The steps of an import after the bytes are in: decoding and parsing, then checking the graph. */
export type ImportStep = 'parsing' | 'checking';

/** Where something sits in a file: a JSON path, or a line (XML) and what is on it. */
export type Where =
  | { readonly kind: 'json'; readonly path: string }
  | { readonly kind: 'line'; readonly line: number | undefined; readonly subject: string };

export const jsonWhere = (path: string): Where => ({ kind: 'json', path });
export const lineWhere = (line: number | undefined, subject: string): Where => ({
  kind: 'line',
  line,
  subject,
});

/** Names the file at the start of a message, once. */
export const inFile = (fileName: string, message: string): string =>
  message.startsWith(fileName) ? message : `${fileName}: ${message}`;

/**
 * A problem at a place in a file; `detail` continues the place ("evidence[0].quote"). The path is the
 * place inside the file (a JSON path or "line 12"); the message starts with the file's name.
 */
export function problemAt(fileName: string, where: Where, message: string, detail = ''): Problem {
  if (where.kind === 'json') return { path: `${where.path}${detail}`, message: inFile(fileName, message) };
  const what = detail === '' ? where.subject : `${where.subject} ${detail.replace(/^\./, '')}`;
  return {
    path: where.line === undefined ? '$' : `line ${where.line}`,
    message: inFile(fileName, `${what}: ${message}`),
  };
}

/** A problem about what sits at `where` as a whole: no subject in the message. */
export const wholeProblem = (fileName: string, where: Where, message: string): Problem => ({
  path: where.kind === 'json' ? where.path : where.line === undefined ? '$' : `line ${where.line}`,
  message: inFile(fileName, message),
});

/** A problem about a file as a whole, or a place named by `path` ("byte 17", "line 1, column 4"). */
export const fileProblem = (fileName: string, message: string, path = '$'): Problem => ({
  path,
  message: inFile(fileName, message),
});

// ---------------------------------------------------------------------------------------------
// Small readers of loose values

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Copies the entries whose value is not undefined, so optional fields stay absent. A "__proto__" key
 * (JSON.parse makes it an own field) is dropped: assigning it would make the file's object the copy's
 * prototype, and the checks would then read fields the file never gave.
 */
export function defined<T extends Record<string, unknown>>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined && key !== '__proto__') out[key] = v;
  return out as T;
}

/** Reads a boolean written by any of the usual tools ("true", "True", "1"). */
export function looseBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === '1' || v === 'yes') return true;
  if (v === 'false' || v === '0' || v === 'no') return false;
  return undefined;
}

export function looseInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string' || !/^\s*[+-]?\d+(\.0*)?\s*$/.test(value)) return undefined;
  return Number(value);
}

/** Parses the JSON text of an attribute, within the graph reader's limits; a failure is reported at `where`. */
export function parseJsonAttribute(
  text: string,
  fileName: string,
  where: Where,
  attribute: string,
  problems: Problem[],
): unknown {
  const parsed = parseJsonText(text, attribute, { maxBytes: MAX_GRAPH_BYTES, maxDepth: MAX_GRAPH_DEPTH });
  if (parsed.ok) return parsed.value;
  for (const problem of parsed.problems) {
    const at = problem.path === '$' ? '' : ` (${problem.path} of its text)`;
    problems.push(problemAt(fileName, where, `${problem.message}${at}`));
  }
  return undefined;
}

/**
 * New edge ids, skipping ids the file already uses: `preferred` when it is free, else e0, e1, …
 */
export function edgeIdMaker(taken: Iterable<unknown>): (preferred?: string) => string {
  const used = new Set([...taken].filter((id): id is string => typeof id === 'string'));
  let next = 0;
  return (preferred) => {
    if (preferred !== undefined && !used.has(preferred)) {
      used.add(preferred);
      return preferred;
    }
    while (used.has(`e${next}`)) next += 1;
    const id = `e${next}`;
    used.add(id);
    return id;
  };
}

// ---------------------------------------------------------------------------------------------
// Assembling a graph from a file's parts

export interface DraftItem {
  readonly value: Record<string, unknown>;
  readonly where: Where;
  /** Fields ('.type') whose problem the reader already explained in the file's terms. */
  readonly explained?: readonly string[];
}

export interface DraftRelation extends DraftItem {
  /** For a file without a relation type table: what the edge says its type is. */
  readonly typeHint?: TypeHint;
}

/** A table the file carries whole (sources, relation types), with where each entry sits. */
export interface DraftTable {
  readonly items: readonly unknown[];
  readonly where: (index: number) => Where;
}

/** A graph as read from a file, before anything is filled in or checked. */
export interface Draft {
  readonly fileName: string;
  /** Where to report problems about the file as a whole (schema version, missing tables). */
  readonly top: Where;
  readonly schemaVersion?: unknown;
  readonly sources?: DraftTable;
  readonly relationTypes?: DraftTable;
  readonly actors: readonly DraftItem[];
  readonly relations: readonly DraftRelation[];
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
  /** What the reader kept of a foreign file's extras, for the summary ("time data is kept …"). */
  readonly notes?: readonly string[];
}

/** What importFile returns: for a foreign file, also what was made of it (the first warning says it). */
export type ImportResult = ParseResult<Graph> & { readonly foreign?: ForeignGraphSummary };

const GRAPH_PATH = /^\$\.(sources|actors|relationTypes|relations)\[(\d+)\](.*)$/;

type Locator = (
  table: 'sources' | 'actors' | 'relationTypes' | 'relations',
  index: number,
) => { where: Where | undefined; explained?: readonly string[] | undefined };

/**
 * Points a problem from validateGraph (a path into the assembled graph) back into the file; undefined
 * when the reader already explained it.
 */
function relocate(problem: Problem, fileName: string, top: Where, locate: Locator): Problem | undefined {
  // A summary line ("N more problems are not listed") belongs to no place in the file.
  if (problem.omitted !== undefined)
    return { ...fileProblem(fileName, problem.message), omitted: problem.omitted };
  const match = GRAPH_PATH.exec(problem.path);
  if (match) {
    const table = match[1] as 'sources' | 'actors' | 'relationTypes' | 'relations';
    const detail = match[3] ?? '';
    const { where, explained } = locate(table, Number(match[2]));
    if (explained?.includes(detail)) return undefined;
    if (where) return problemAt(fileName, where, problem.message, detail);
  }
  const detail = problem.path === '$' ? '' : problem.path;
  if (top.kind === 'json') return problemAt(fileName, top, problem.message, detail.replace(/^\$/, ''));
  return problemAt(fileName, top, detail === '' ? problem.message : `${detail}: ${problem.message}`);
}

/** Sorted, unique string ids cited by the evidence of the draft's relations. */
function citedSources(relations: readonly DraftRelation[]): Map<string, DraftRelation> {
  const cited = new Map<string, DraftRelation>();
  for (const relation of relations) {
    const evidence = relation.value.evidence;
    if (!Array.isArray(evidence)) continue;
    for (const item of evidence) {
      if (isRecord(item) && typeof item.sourceId === 'string' && !cited.has(item.sourceId)) {
        cited.set(item.sourceId, relation);
      }
    }
  }
  return cited;
}

/** Adds an attribute unless the value is missing or the relation already has one of that name. */
function withAttribute(
  value: Record<string, unknown>,
  name: string,
  attribute: string | undefined,
): Record<string, unknown> {
  const attributes = isRecord(value.attributes) ? value.attributes : {};
  if (attribute === undefined || Object.hasOwn(attributes, name)) return value;
  return { ...value, attributes: { ...attributes, [name]: attribute } };
}

/**
 * A foreign file's affiliation column holds anything (a party's name, a country); it is a person's
 * affiliation only when it names another actor of the file, and stays an attribute otherwise.
 */
function knownAffiliations(actors: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const ids = new Set(actors.map((actor) => actor.id));
  return actors.map((actor) => {
    const { affiliation, ...rest } = actor;
    if (affiliation === undefined || (ids.has(affiliation) && affiliation !== actor.id)) return actor;
    return withAttribute(rest, 'affiliation', String(affiliation));
  });
}

/**
 * Problems in file order for line-based formats: whole-file ones first, then by line (stable), and a
 * summary line ("N more problems are not listed") last, after the problems it follows.
 */
function byLine(problems: readonly Problem[]): Problem[] {
  const line = (p: Problem) =>
    p.omitted !== undefined ? Number.POSITIVE_INFINITY : Number(/^line (\d+)/.exec(p.path)?.[1] ?? 0);
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => line(a.problem) - line(b.problem) || a.index - b.index)
    .map(({ problem }) => problem);
}

/**
 * Completes a draft (relation types from edge attributes or the open graph, sources from the open
 * graph), validates it with validateGraph, and reports every problem where it is in the file.
 */
export function finishImport(draft: Draft, options: ImportOptions = {}): ImportResult {
  options.onStep?.('checking');
  const { fileName } = draft;
  const problems: Problem[] = [...draft.problems];
  const warnings: Problem[] = [...draft.warnings];

  // Sources: the file's own, or those of the open graph that the evidence cites.
  let sources: readonly unknown[];
  let sourceWhere: (index: number) => Where | undefined;
  if (draft.sources) {
    sources = draft.sources.items;
    sourceWhere = draft.sources.where;
  } else {
    const cited = citedSources(draft.relations);
    const lent: Source[] = [];
    for (const [sourceId, relation] of cited) {
      const known = options.sources?.find((source) => source.id === sourceId);
      if (known) lent.push(known);
      else {
        problems.push(
          problemAt(
            fileName,
            relation.where,
            `evidence cites source ${quoted(sourceId)}, whose text is not in this file, so its quotes cannot be checked. ` +
              'Import a file exported with its sources (Actorgraph JSON, or an Actorgraph Cytoscape, GraphML or GEXF export), or open the graph that holds this source first',
          ),
        );
      }
    }
    if (lent.length > 0) {
      warnings.push(
        wholeProblem(
          fileName,
          draft.top,
          `this file carries no source texts; the evidence was checked against ${plural(lent.length, 'source')} of the open graph (${lent.map((s) => quoted(s.id)).join(', ')})`,
        ),
      );
    }
    sources = lent;
    sourceWhere = () => jsonWhere('(open graph)');
  }

  // Relation types: the file's own table, or made from what its edges say (foreignGraph.ts).
  let relationTypes: readonly unknown[];
  let typeWhere: (index: number) => Where | undefined;
  let actors = draft.actors.map((actor) => actor.value);
  let relations = draft.relations.map((relation) => relation.value);
  let resolved: ResolvedTypes | undefined;
  if (draft.relationTypes) {
    relationTypes = draft.relationTypes.items;
    typeWhere = draft.relationTypes.where;
  } else {
    resolved = resolveTypes(
      draft.relations.map((relation) => relation.typeHint ?? { directed: true }),
      options.relationTypes,
    );
    const { firstOf, typeOf, keptLabel } = resolved;
    relationTypes = resolved.types;
    typeWhere = (index) => draft.relations[firstOf[index] ?? -1]?.where;
    relations = relations.map((value, index) =>
      withAttribute({ ...value, type: typeOf[index] }, 'label', keptLabel[index]),
    );
    actors = knownAffiliations(actors);
    const say = (ids: readonly string[], what: string) => {
      if (ids.length === 0) return;
      warnings.push(
        wholeProblem(
          fileName,
          draft.top,
          `this file defines no relation types; ${ids.map((id) => quoted(id)).join(', ')} ${what}`,
        ),
      );
    };
    say(resolved.lent, 'were taken from the open graph');
    say(resolved.rebuilt, 'were rebuilt from edge attributes, without CAMEO codes or PLOVER class');
  }

  const candidate = {
    schemaVersion: draft.schemaVersion ?? SCHEMA_VERSION,
    sources,
    actors,
    relationTypes,
    relations,
  };
  const locate: Locator = (table, index) => {
    if (table === 'sources') return { where: sourceWhere(index) };
    if (table === 'relationTypes') return { where: typeWhere(index) };
    const item = table === 'actors' ? draft.actors[index] : draft.relations[index];
    // A reader explains a missing type; any other type problem (not in the file's own table, not a
    // string) is the validator's to report.
    const typeExplained = table === 'relations' && relations[index]?.type === undefined;
    const explained = typeExplained ? item?.explained : item?.explained?.filter((field) => field !== '.type');
    return { where: item?.where, explained };
  };

  const result = validateGraph(candidate, { anchors: options.anchors ?? 'strict' });
  const seen = new Set(problems.map((p) => `${p.path}\u0000${p.message}`));
  const add = (list: Problem[], problem: Problem | undefined) => {
    if (!problem) return;
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push(problem);
  };
  if (result.ok) {
    for (const warning of result.warnings) add(warnings, relocate(warning, fileName, draft.top, locate));
    if (problems.length > 0) return fail(byLine(problems));
    const foreign = resolved && summarise(result.value, resolved, draft.notes ?? []);
    if (!foreign) return ok(result.value, byLine(warnings));
    return { ...ok(result.value, byLine([fileProblem(fileName, foreign.message), ...warnings])), foreign };
  }
  for (const problem of result.problems) add(problems, relocate(problem, fileName, draft.top, locate));
  return fail(byLine(problems));
}
