/**
 * Checks an untrusted Graph: first its shape (graphSchema), then the rules that tie its parts
 * together. Every problem is collected with a JSON path such as `$.relations[3].evidence[0].quote`;
 * nothing here throws.
 */
import type { z } from './zod';
import { findNearestOccurrence } from '../domain/reanchor';
import type { Graph, Quad } from '../domain/types';
import { QUAD_LABELS, SCHEMA_VERSION } from '../domain/types';
import { describeValue, quoted, toJsonPath } from './describe';
import { graphSchema } from './graphSchema';
import type { JsonTextLimits } from './jsonText';
import type { ParseResult, Problem } from './problems';
import { fail, ok } from './problems';

import { MAX_GRAPH_BYTES, MAX_GRAPH_DEPTH } from './graphLimits';
import { editDistance } from '../domain/editDistance';

export { MAX_GRAPH_BYTES, MAX_GRAPH_DEPTH };
/** More problems than this are summarised in one final line. */
export const MAX_REPORTED_PROBLEMS = 1000;

export interface ValidateGraphOptions {
  /**
   * 'strict' (the default, used by check:data): every quote must sit exactly at its offsets.
   * 'repairable' (load time): offsets, quotes and sub-spans are not checked against the source text,
   * because repairEvidence (integrity.ts) re-anchors or orphans them next.
   */
  readonly anchors?: 'strict' | 'repairable';
}

export type ValidateGraphTextOptions = ValidateGraphOptions & Partial<JsonTextLimits>;

type Issue = z.core.$ZodIssue;
type Json = Readonly<Record<string, unknown>>;
type Path = readonly PropertyKey[];

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmpty = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
const offsetValue = (value: unknown): number | undefined =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined;

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  tuple: 'a pair of offsets [start, end]',
};

const literal = (value: unknown): string =>
  typeof value === 'string' ? JSON.stringify(value) : String(value);

/** A zod issue in words: what is wrong and what was expected. */
export function describeIssue(issue: Issue): string {
  const key = issue.path[issue.path.length - 1];
  const missing = issue.input === undefined && typeof key === 'string';
  const withInput = (expected: string): string =>
    missing
      ? `required field "${key}" is missing; expected ${expected}`
      : `expected ${expected}, got ${describeValue(issue.input)}`;

  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length === 0) {
        return `expected a graph object with schemaVersion, sources, actors, relationTypes and relations, got ${describeValue(issue.input)}`;
      }
      return withInput(EXPECTED[issue.expected] ?? issue.expected);
    case 'invalid_value': {
      const [only] = issue.values;
      return withInput(
        issue.values.length === 1 ? literal(only) : `one of ${issue.values.map(literal).join(', ')}`,
      );
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'string') {
        return small && limit === 1
          ? 'must not be empty; expected at least one character'
          : `expected ${small ? 'at least' : 'at most'} ${limit} characters`;
      }
      if (issue.origin === 'array') {
        if (issue.path.includes('spans')) return withInput(EXPECTED.tuple ?? '');
        return `expected ${small ? 'at least' : 'at most'} ${limit} items, got ${describeValue(issue.input)}`;
      }
      const bound = small ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
      return `expected a number ${bound} ${limit}, got ${describeValue(issue.input)}`;
    }
    default:
      return issue.message;
  }
}

/** Collects problems for one graph; messages name the offending value and what was expected. */
class Checker {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  private suggestionBudget = 200;
  /** Characters that whole-text searches for misplaced quotes may scan; then only nearby ones are tried. */
  private searchBudget = 200_000_000;

  constructor(private readonly mode: 'strict' | 'repairable') {}

  error(path: Path, message: string): void {
    this.errors.push({ path: toJsonPath(path), message });
  }

  warn(path: Path, message: string): void {
    this.warnings.push({ path: toJsonPath(path), message });
  }

  /** Maps each id of a collection to its item, reporting repeated ids. */
  indexIds(collection: string, noun: string, items: readonly Item[]): Map<string, Item> {
    const byId = new Map<string, Item>();
    for (const item of items) {
      const id = nonEmpty(item.value.id);
      if (id === undefined) continue;
      const first = byId.get(id);
      if (first) {
        this.error(
          [collection, item.index, 'id'],
          `duplicate ${noun} id ${quoted(id)}: $.${collection}[${first.index}] already has it; ids must be unique`,
        );
      } else byId.set(id, item);
    }
    return byId;
  }

  /** Looks up a reference; reports it when it names nothing. Non-strings are left to the schema. */
  resolve(path: Path, value: unknown, ids: ReadonlyMap<string, Item>, noun: string, collection: string) {
    const id = nonEmpty(value);
    if (id === undefined) return undefined;
    const found = ids.get(id);
    if (found) return found;
    this.error(
      path,
      `no ${noun} has the id ${quoted(id)}; expected the id of an entry in $.${collection}${this.suggest(id, ids)}`,
    );
    return undefined;
  }

  private suggest(id: string, ids: ReadonlyMap<string, Item>): string {
    if (this.suggestionBudget <= 0 || id.length > 80 || ids.size > 20_000) return '';
    this.suggestionBudget -= 1;
    const lower = id.toLowerCase();
    let best: string | undefined;
    let bestDistance = Math.min(2, Math.floor(id.length / 3));
    for (const candidate of ids.keys()) {
      if (candidate.toLowerCase() === lower) return ` (did you mean ${quoted(candidate)}?)`;
      if (Math.abs(candidate.length - id.length) > bestDistance || candidate.length > 80) continue;
      const distance = editDistance(lower, candidate.toLowerCase());
      if (distance <= bestDistance && (best === undefined || distance < bestDistance)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best === undefined ? '' : ` (did you mean ${quoted(best)}?)`;
  }

  /** Where the quote really is, as advice appended to an offset problem ('' when unknown). */
  quoteHint(text: string, quote: unknown, start: number): string {
    if (typeof quote !== 'string' || quote === '') return '';
    const everywhere = this.searchBudget > 0;
    const at = findNearestOccurrence(text, quote, start, everywhere ? undefined : 20_000);
    if (at === undefined) {
      if (!everywhere) return '';
      this.searchBudget -= 2 * text.length;
      return '; the quote does not occur anywhere in that text';
    }
    return `; the quote occurs at [${at}, ${at + quote.length}), so start should be ${at} and end ${at + quote.length}`;
  }

  get strict(): boolean {
    return this.mode === 'strict';
  }
}

interface Item {
  readonly index: number;
  readonly value: Json;
}

/** The object entries of a list, with their positions; anything else is the schema's to report. */
const items = (value: unknown): Item[] =>
  Array.isArray(value)
    ? value.flatMap((item, index) => (isRecord(item) ? [{ index, value: item }] : []))
    : [];

const isQuad = (value: unknown): value is Quad => value === 1 || value === 2 || value === 3 || value === 4;

function checkSources(check: Checker, sources: readonly Item[]): void {
  for (const { index, value } of sources) {
    const text = value.text;
    if (typeof text !== 'string') continue;
    if (text.includes('\r')) {
      check.warn(
        ['sources', index, 'text'],
        'text contains carriage returns; canonical text ends lines with LF only, and offsets count that way',
      );
    } else if (text.normalize('NFC') !== text) {
      check.warn(
        ['sources', index, 'text'],
        'text is not in Unicode NFC form; canonical text is NFC, and offsets count that way',
      );
    }
  }
}

function checkActors(check: Checker, actors: readonly Item[], actorIds: ReadonlyMap<string, Item>): void {
  for (const { index, value } of actors) {
    const path = ['actors', index, 'affiliation'];
    if (value.affiliation !== undefined && value.affiliation === value.id) {
      check.error(path, `actor ${quoted(String(value.id))} cannot be affiliated with itself`);
    } else check.resolve(path, value.affiliation, actorIds, 'actor', 'actors');
  }
}

function checkRelationTypes(check: Checker, types: readonly Item[]): void {
  for (const { index, value } of types) {
    const { quad, polarity } = value;
    if (polarity === 'unknown' && isQuad(quad)) {
      check.error(
        ['relationTypes', index, 'polarity'],
        `polarity "unknown" contradicts quad ${quad} (${QUAD_LABELS[quad]}); a type with a quad class is "cooperation" (quads 1 and 2) or "conflict" (3 and 4)`,
      );
    }
    if (!isQuad(quad) || (polarity !== 'cooperation' && polarity !== 'conflict')) continue;
    const expected = quad <= 2 ? 'cooperation' : 'conflict';
    if (polarity !== expected) {
      check.error(
        ['relationTypes', index, 'polarity'],
        `polarity "${polarity}" contradicts quad ${quad} (${QUAD_LABELS[quad]}); expected "${expected}" ` +
          '(quads 1 and 2 are cooperation, 3 and 4 conflict)',
      );
    }
  }
}

function checkAnchor(check: Checker, evidence: Json, path: Path, sourceId: string, text: string): void {
  const start = offsetValue(evidence.start);
  const end = offsetValue(evidence.end);
  if (start === undefined || end === undefined) return;
  const { quote } = evidence;
  let inRange = false;
  if (end <= start) {
    check.error(
      [...path, 'end'],
      `end (${end}) must be greater than start (${start}); offsets are [start, end) in UTF-16 code units` +
        check.quoteHint(text, quote, start),
    );
  } else if (end > text.length) {
    check.error(
      [...path, 'end'],
      `[${start}, ${end}) runs past the end of source ${quoted(sourceId)}, whose text is ${text.length} ` +
        `UTF-16 code units long${check.quoteHint(text, quote, start)}`,
    );
  } else {
    inRange = true;
    const actual = text.slice(start, end);
    if (typeof quote === 'string' && quote !== '' && actual !== quote) {
      check.error(
        [...path, 'quote'],
        `quote does not match source ${quoted(sourceId)} at [${start}, ${end}): the quote reads ${quoted(quote)} ` +
          `but the text there reads ${quoted(actual)}${check.quoteHint(text, quote, start)}`,
      );
    }
  }

  const { spans } = evidence;
  if (!isRecord(spans)) return;
  for (const name of ['cue', 'source', 'target'] as const) {
    const span = spans[name];
    if (!Array.isArray(span) || span.length !== 2) continue;
    const from = offsetValue(span[0]);
    const to = offsetValue(span[1]);
    if (from === undefined || to === undefined) continue;
    const spanPath = [...path, 'spans', name];
    if (to <= from) {
      check.error(
        spanPath,
        `span [${from}, ${to}) is empty or reversed; expected [start, end) with start < end`,
      );
    } else if (inRange && (from < start || to > end)) {
      check.error(
        spanPath,
        `span [${from}, ${to}) lies outside the quote at [${start}, ${end}); spans are absolute offsets within the quote`,
      );
    } else if (to > text.length) {
      check.error(spanPath, `span [${from}, ${to}) runs past the end of source ${quoted(sourceId)}`);
    }
  }
}

interface Lookups {
  readonly sourceIds: ReadonlyMap<string, Item>;
  readonly actorIds: ReadonlyMap<string, Item>;
  readonly typeIds: ReadonlyMap<string, Item>;
}

function checkRelations(check: Checker, relations: readonly Item[], lookups: Lookups): void {
  const seen = new Map<string, Item>();
  for (const relation of relations) {
    const { index, value } = relation;
    const name = nonEmpty(value.id) === undefined ? 'this relation' : `relation ${quoted(String(value.id))}`;
    const at = (...rest: PropertyKey[]): Path => ['relations', index, ...rest];

    const source = check.resolve(at('source'), value.source, lookups.actorIds, 'actor', 'actors');
    const target = check.resolve(at('target'), value.target, lookups.actorIds, 'actor', 'actors');
    const type = check.resolve(at('type'), value.type, lookups.typeIds, 'relation type', 'relationTypes');
    // A self-loop is allowed here (graph files from other tools have them); check:data refuses it in curated data.

    // Parallel relations without evidence are a multigraph's separate edges, with nothing to merge.
    const cites = Array.isArray(value.evidence) && value.evidence.length > 0;
    if (source && target && type && cites) {
      const directed = type.value.directed !== false;
      const ends = [String(value.source), String(value.target)];
      if (!directed) ends.sort();
      const key = JSON.stringify([value.type, ...ends]);
      const first = seen.get(key);
      if (first) {
        check.warn(
          at(),
          `${name} repeats $.relations[${first.index}]: same actors and relation type ${quoted(String(value.type))}; ` +
            'merge their evidence into one relation',
        );
      } else seen.set(key, relation);
    }

    for (const evidence of items(value.evidence)) {
      const path = at('evidence', evidence.index);
      const cited = check.resolve(
        [...path, 'sourceId'],
        evidence.value.sourceId,
        lookups.sourceIds,
        'source',
        'sources',
      );
      const text = cited?.value.text;
      if (check.strict && typeof text === 'string') {
        checkAnchor(check, evidence.value, path, String(evidence.value.sourceId), text);
      }
    }
  }
}

const COLLECTION_ORDER = ['schemaVersion', 'sources', 'actors', 'relationTypes', 'relations'];

/** Document order by collection and item (stable within an item), capped at MAX_REPORTED_PROBLEMS. */
function arrange(problems: readonly Problem[]): Problem[] {
  const rank = (path: string): [number, number] => {
    const match = /^\$\.(\w+)(?:\[(\d+)\])?/.exec(path);
    if (!match) return [-1, -1];
    const collection = COLLECTION_ORDER.indexOf(match[1] ?? '');
    return [
      collection === -1 ? COLLECTION_ORDER.length : collection,
      match[2] === undefined ? -1 : Number(match[2]),
    ];
  };
  const ranked = problems.map((problem) => ({ problem, rank: rank(problem.path) }));
  ranked.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1]);
  const sorted = ranked.map(({ problem }) => problem);
  if (sorted.length <= MAX_REPORTED_PROBLEMS) return sorted;
  const hidden = sorted.length - MAX_REPORTED_PROBLEMS;
  return [
    ...sorted.slice(0, MAX_REPORTED_PROBLEMS),
    {
      path: '$',
      message: `${hidden} more problems are not listed; fix the ones above and check again`,
      omitted: hidden,
    },
  ];
}

function validate(data: unknown, mode: 'strict' | 'repairable'): ParseResult<Graph> {
  if (isRecord(data) && typeof data.schemaVersion === 'number' && data.schemaVersion !== SCHEMA_VERSION) {
    return fail([
      {
        path: '$.schemaVersion',
        message: `unsupported schemaVersion ${data.schemaVersion}; this version reads ${SCHEMA_VERSION}`,
      },
    ]);
  }
  const parsed = graphSchema.safeParse(data, { reportInput: true });
  const check = new Checker(mode);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      check.errors.push({ path: toJsonPath(issue.path), message: describeIssue(issue) });
  }
  if (isRecord(data)) {
    const sources = items(data.sources);
    const actors = items(data.actors);
    const types = items(data.relationTypes);
    const relations = items(data.relations);
    const lookups: Lookups = {
      sourceIds: check.indexIds('sources', 'source', sources),
      actorIds: check.indexIds('actors', 'actor', actors),
      typeIds: check.indexIds('relationTypes', 'relation type', types),
    };
    check.indexIds('relations', 'relation', relations);
    checkSources(check, sources);
    checkActors(check, actors, lookups.actorIds);
    checkRelationTypes(check, types);
    checkRelations(check, relations, lookups);
  }
  if (!parsed.success || check.errors.length > 0) return fail(arrange([...check.errors, ...check.warnings]));
  // Stories are not part of the graph: the Actorgraph JSON reader reads them (storySchema.ts).
  const { stories: _stories, ...graph } = parsed.data;
  return ok<Graph>(graph, arrange(check.warnings));
}

/**
 * Checks that `data` is a Graph whose parts fit together. On success the value is the parsed graph
 * (unknown fields kept) and `warnings` lists what is odd but readable. On failure `problems` lists
 * everything found, errors first within each item.
 */
export function validateGraph(data: unknown, options: ValidateGraphOptions = {}): ParseResult<Graph> {
  try {
    return validate(data, options.anchors ?? 'strict');
  } catch (thrown) {
    const reason = thrown instanceof Error ? thrown.message : String(thrown);
    return fail([{ path: '$', message: `the graph could not be checked: ${reason}` }]);
  }
}
