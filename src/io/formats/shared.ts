/**
 * What the format readers share: strict UTF-8 decoding, locations inside a file, and the last step of
 * every non-native import (fill in what the file lacks, validate, and point each problem back into
 * the file).
 */
import type { Graph, Polarity, Quad, RelationType, Source } from '../../domain/types';
import { POLARITIES, QUADS, SCHEMA_VERSION } from '../../domain/types';
import { utf16Kind } from '../../domain/checks';
import { describeValue, plural, quoted } from '../describe';
import type { ParseResult, Problem } from '../problems';
import { fail, ok } from '../problems';
import { parseJsonText } from '../jsonText';
import type { ValidateGraphOptions } from '../validateGraph';
import { MAX_GRAPH_BYTES, MAX_GRAPH_DEPTH, validateGraph } from '../validateGraph';

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
// Bytes to text

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** Index of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Decodes UTF-8 strictly (a leading byte order mark is dropped); anything else is a problem. */
export function decodeUtf8(bytes: Uint8Array, fileName: string): ParseResult<string> {
  if (utf16Kind(bytes) === 'bom') {
    return fail([
      fileProblem(fileName, 'the file is UTF-16 text; save it as UTF-8 and import it again', 'byte 0'),
    ]);
  }
  // Text formats never hold a raw NUL (JSON and XML both forbid it): it means UTF-16 or binary data.
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return fail([
      fileProblem(
        fileName,
        utf16Kind(bytes) === 'no-bom'
          ? 'the file looks like UTF-16 text (without a byte order mark); save it as UTF-8 and import it again'
          : `the file is binary data, not text (byte ${nul} is a NUL byte); graph files are UTF-8 text`,
        `byte ${nul}`,
      ),
    ]);
  }
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) {
    const hex = (bytes[bad] as number).toString(16).toUpperCase().padStart(2, '0');
    return fail([
      fileProblem(
        fileName,
        `the file is not UTF-8 text (byte 0x${hex} cannot start or continue a UTF-8 character); save it as UTF-8 and import it again`,
        `byte ${bad}`,
      ),
    ]);
  }
  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  return ok(new TextDecoder('utf-8').decode(bytes.subarray(start)));
}

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

/** Ids for edges that have none (e0, e1, …), skipping ids the file already uses. */
export function edgeIdMaker(taken: Iterable<unknown>): () => string {
  const used = new Set([...taken].filter((id): id is string => typeof id === 'string'));
  let next = 0;
  return () => {
    while (used.has(`e${next}`)) next += 1;
    const id = `e${next}`;
    used.add(id);
    return id;
  };
}

// ---------------------------------------------------------------------------------------------
// Assembling a graph from a file's parts

/** What an edge says about its relation type, for files without a relation type table. */
export interface TypeHint {
  readonly label?: unknown;
  readonly directed?: unknown;
  readonly polarity?: unknown;
  readonly quad?: unknown;
}

export interface DraftItem {
  readonly value: Record<string, unknown>;
  readonly where: Where;
  /** Fields ('.type') whose problem the reader already explained in the file's terms. */
  readonly explained?: readonly string[];
}

export interface DraftRelation extends DraftItem {
  readonly typeHint: TypeHint;
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
}

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

const inList = <T>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);

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

/** Builds a relation type from what its edges say, or explains why it cannot. */
function rebuildType(
  id: string,
  edges: readonly DraftRelation[],
  fileName: string,
  problems: Problem[],
): RelationType | undefined {
  const first = edges[0] as DraftRelation;
  const agreed = <K extends keyof TypeHint>(key: K): unknown => {
    const values = edges.map((edge) => edge.typeHint[key]).filter((v) => v !== undefined && v !== '');
    const distinct = [...new Set(values.map((v) => JSON.stringify(v)))];
    if (distinct.length > 1) {
      problems.push(
        problemAt(
          fileName,
          first.where,
          `the edges of relation type ${quoted(id)} disagree on ${key} (${distinct.join(', ')})`,
        ),
      );
    }
    return values[0];
  };
  const label = agreed('label');
  const directed = looseBoolean(agreed('directed'));
  const quadValue = looseInteger(agreed('quad'));
  const quad: Quad | undefined = inList(QUADS, quadValue) ? quadValue : undefined;
  const polarityValue = agreed('polarity');
  let polarity: Polarity | undefined = inList(POLARITIES, polarityValue) ? polarityValue : undefined;
  if (polarity === undefined && quad !== undefined) polarity = quad <= 2 ? 'cooperation' : 'conflict';
  const missing: string[] = [];
  if (quad === undefined) missing.push(`quad (1–4, got ${describeValue(agreed('quad'))})`);
  if (polarity === undefined)
    missing.push(`polarity (cooperation or conflict, got ${describeValue(polarityValue)})`);
  if (missing.length > 0 || quad === undefined || polarity === undefined) {
    problems.push(
      problemAt(
        fileName,
        first.where,
        `relation type ${quoted(id)} is not defined in this file and its edges do not give its ${missing.join(' or ')}`,
      ),
    );
    return undefined;
  }
  return {
    id,
    label: typeof label === 'string' && label.trim() !== '' ? label : id,
    directed: directed ?? true,
    polarity,
    quad,
    cameo: [],
    plover: '',
  };
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
export function finishImport(draft: Draft, options: ImportOptions = {}): ParseResult<Graph> {
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

  // Relation types: the file's own, the open graph's, or rebuilt from the edges.
  const refused = new Set<string>(); // types rebuildType explained it could not build
  let relationTypes: readonly unknown[];
  let typeWhere: (index: number) => Where | undefined;
  if (draft.relationTypes) {
    relationTypes = draft.relationTypes.items;
    typeWhere = draft.relationTypes.where;
  } else {
    const byType = new Map<string, DraftRelation[]>();
    for (const relation of draft.relations) {
      const type = relation.value.type;
      if (typeof type !== 'string' || type === '') continue;
      const list = byType.get(type);
      if (list) list.push(relation);
      else byType.set(type, [relation]);
    }
    const built: RelationType[] = [];
    const builtWhere: Where[] = [];
    const lent: string[] = [];
    const rebuilt: string[] = [];
    for (const [id, edges] of byType) {
      const known = options.relationTypes?.find((type) => type.id === id);
      const type = known ?? rebuildType(id, edges, fileName, problems);
      if (!type) {
        refused.add(id);
        continue;
      }
      (known ? lent : rebuilt).push(id);
      built.push(type);
      builtWhere.push((edges[0] as DraftRelation).where);
    }
    if (lent.length > 0) {
      warnings.push(
        wholeProblem(
          fileName,
          draft.top,
          `this file defines no relation types; ${lent.map((id) => quoted(id)).join(', ')} were taken from the open graph`,
        ),
      );
    }
    if (rebuilt.length > 0) {
      warnings.push(
        wholeProblem(
          fileName,
          draft.top,
          `this file defines no relation types; ${rebuilt.map((id) => quoted(id)).join(', ')} were rebuilt from edge attributes, without CAMEO codes or PLOVER class`,
        ),
      );
    }
    relationTypes = built;
    typeWhere = (index) => builtWhere[index];
  }

  const candidate = {
    schemaVersion: draft.schemaVersion ?? SCHEMA_VERSION,
    sources,
    actors: draft.actors.map((actor) => actor.value),
    relationTypes,
    relations: draft.relations.map((relation) => relation.value),
  };
  const locate: Locator = (table, index) => {
    if (table === 'sources') return { where: sourceWhere(index) };
    if (table === 'relationTypes') return { where: typeWhere(index) };
    const item = table === 'actors' ? draft.actors[index] : draft.relations[index];
    // A reader explains a missing type, and rebuildType a type it could not build; any other type
    // problem (not in the file's own table, not a string) is the validator's to report.
    const type = item?.value.type;
    const typeExplained = type === undefined || (typeof type === 'string' && refused.has(type));
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
    return ok(result.value, byLine(warnings));
  }
  for (const problem of result.problems) add(problems, relocate(problem, fileName, draft.top, locate));
  return fail(byLine(problems));
}
