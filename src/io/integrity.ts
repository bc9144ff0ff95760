/**
 * Load-time evidence integrity. A quote whose offsets no longer reproduce it is found again in its
 * source (the occurrence nearest the old start; verbatim first, then ignoring whitespace differences)
 * and marked `anchor: 'reanchored'`; a quote that cannot be found is kept, marked `anchor: 'orphaned'`,
 * and stays visible as such. check:data does not use this: curated data must be exact.
 *
 * For files whose evidence may have drifted, validate with `{ anchors: 'repairable' }` first, so
 * offsets and quotes are left for this step instead of rejecting the file.
 */
import type { ReanchoredQuote, WhitespaceInsensitiveFinder } from '../domain/reanchor';
import { createWhitespaceInsensitiveFinder, reanchorQuote } from '../domain/reanchor';
import type { Evidence, Graph, Relation, Source } from '../domain/types';
import { clip, plural, quoted, toJsonPath } from './describe';
import type { Problem } from './problems';

/**
 * Characters that failed whole-text searches may scan in one repair. A miss costs a few passes over
 * its source text, so a huge text with many lost quotes could otherwise stall loading; once this is
 * spent, quotes are only looked for within NEARBY_SEARCH_RADIUS of their old start.
 */
export const REANCHOR_SEARCH_BUDGET = 1_000_000_000;
export const NEARBY_SEARCH_RADIUS = 20_000;

/**
 * What happened to one evidence: `moved` (found elsewhere in its text), `orphaned` (nowhere in it),
 * `found-again` (an orphan whose offsets match again), `spans` (only its highlight spans were dropped).
 */
export type RepairOutcome = 'moved' | 'orphaned' | 'found-again' | 'spans';

/** One evidence changed, at `$.relations[i].evidence[j]`, in technical words, with its source and outcome. */
export interface RepairNote extends Problem {
  readonly sourceId: string;
  readonly outcome: RepairOutcome;
}

export interface RepairReport {
  /** Evidence moved to where its quote now stands. */
  readonly reanchored: number;
  /** Evidence whose quote is nowhere in its source (or whose source is missing). */
  readonly orphaned: number;
  /** One entry per evidence changed. */
  readonly details: readonly RepairNote[];
}

export interface RepairResult {
  readonly graph: Graph;
  readonly report: RepairReport;
}

type Spans = NonNullable<Evidence['spans']>;
type MutableSpans = { -readonly [K in keyof Spans]: Spans[K] };
const SPAN_NAMES = ['cue', 'source', 'target'] as const;

/** True when the offsets reproduce the quote exactly. */
export function isExactlyAnchored(text: string, evidence: Evidence): boolean {
  const { start, end, quote } = evidence;
  return (
    Number.isSafeInteger(start) &&
    Number.isSafeInteger(end) &&
    start >= 0 &&
    start < end &&
    end <= text.length &&
    text.slice(start, end) === quote
  );
}

/**
 * Moves each sub-span with `move` (undefined: it cannot follow) and keeps it only when it is non-empty
 * and inside [start, end). Returns the names of the spans dropped.
 */
function placeSpans(
  spans: Spans | undefined,
  move: (offset: number) => number | undefined,
  start: number,
  end: number,
): { spans: Spans | undefined; dropped: string[] } {
  if (spans === undefined) return { spans, dropped: [] };
  const placed: MutableSpans = { ...spans };
  const dropped: string[] = [];
  let changed = false;
  for (const name of SPAN_NAMES) {
    const span = spans[name];
    if (span === undefined) continue;
    const from = move(span[0]);
    const to = move(span[1]);
    if (from !== undefined && to !== undefined && from < to && from >= start && to <= end) {
      if (from !== span[0] || to !== span[1]) {
        placed[name] = [from, to];
        changed = true;
      }
    } else {
      delete placed[name];
      dropped.push(name);
      changed = true;
    }
  }
  return { spans: changed ? placed : spans, dropped };
}

const withSpans = (evidence: Evidence, spans: Spans | undefined): Evidence => {
  if (spans === evidence.spans) return evidence;
  const { spans: _old, ...rest } = evidence;
  return spans === undefined ? rest : { ...rest, spans };
};

const droppedPhrase = (dropped: readonly string[]): string =>
  `dropped the ${dropped.join(' and ')} highlight span${dropped.length === 1 ? '' : 's'}, which no longer fit the quote`;
const droppedNote = (dropped: readonly string[]): string =>
  dropped.length === 0 ? '' : `; ${droppedPhrase(dropped)}`;

/** Re-anchors or orphans every evidence whose offsets do not reproduce its quote. Pure: the input is not changed. */
export function repairEvidence(graph: Graph): RepairResult {
  const texts = new Map<string, string>();
  for (const source of graph.sources) if (!texts.has(source.id)) texts.set(source.id, source.text);
  const finders = new Map<string, WhitespaceInsensitiveFinder>();
  const finderFor = (sourceId: string, text: string): WhitespaceInsensitiveFinder => {
    let finder = finders.get(sourceId);
    if (!finder) {
      finder = createWhitespaceInsensitiveFinder(text);
      finders.set(sourceId, finder);
    }
    return finder;
  };

  let budget = REANCHOR_SEARCH_BUDGET;
  let reanchored = 0;
  let orphaned = 0;
  const details: RepairNote[] = [];

  const repairOne = (evidence: Evidence, path: readonly PropertyKey[]): Evidence => {
    const note = (outcome: RepairOutcome, message: string): void => {
      details.push({ path: toJsonPath(path), message, sourceId: evidence.sourceId, outcome });
    };
    const text = texts.get(evidence.sourceId);

    if (text !== undefined && isExactlyAnchored(text, evidence)) {
      const { spans, dropped } = placeSpans(evidence.spans, (offset) => offset, evidence.start, evidence.end);
      let repaired = withSpans(evidence, spans);
      if (repaired.anchor === 'orphaned') {
        const { anchor: _old, ...rest } = repaired;
        repaired = rest;
        note(
          'found-again',
          `the quote matches source ${quoted(evidence.sourceId)} at its offsets again; no longer orphaned`,
        );
      } else if (dropped.length > 0) {
        note('spans', droppedPhrase(dropped));
      }
      return repaired;
    }

    const maxDistance = budget > 0 ? Number.POSITIVE_INFINITY : NEARBY_SEARCH_RADIUS;
    let found: ReanchoredQuote | undefined;
    if (text !== undefined && evidence.quote.trim() !== '') {
      const finder = finderFor(evidence.sourceId, text);
      found = reanchorQuote(text, evidence.quote, evidence.start, { finder, maxDistance });
      if (found === undefined) budget -= 4 * text.length;
      else if (found.method === 'whitespace') budget -= 2 * text.length;
    }

    if (!found) {
      orphaned += 1;
      const { spans: _old, ...rest } = evidence;
      const where =
        maxDistance === NEARBY_SEARCH_RADIUS
          ? `within ${NEARBY_SEARCH_RADIUS.toLocaleString('en-US')} characters of its old place in source ` +
            `${quoted(evidence.sourceId)} (the data is too large to search all of it)`
          : `in source ${quoted(evidence.sourceId)}`;
      note(
        'orphaned',
        text === undefined
          ? `source ${quoted(evidence.sourceId)} does not exist; the evidence is kept and marked orphaned`
          : `quote ${quoted(evidence.quote)} is not ${where}; the evidence is kept and marked orphaned`,
      );
      return { ...rest, anchor: 'orphaned' };
    }

    reanchored += 1;
    const oldStart = evidence.start;
    const oldEnd = evidence.end;
    const move = (offset: number): number | undefined =>
      offset >= oldStart && offset <= oldEnd && oldEnd - oldStart === evidence.quote.length
        ? found.mapOffset(offset - oldStart)
        : undefined;
    const { spans, dropped } = placeSpans(evidence.spans, move, found.start, found.end);
    const moved = `from [${oldStart}, ${oldEnd}) to [${found.start}, ${found.end}) in source ${quoted(evidence.sourceId)}`;
    note(
      'moved',
      found.method === 'exact'
        ? `quote moved ${moved}${droppedNote(dropped)}`
        : `quote moved ${moved}, matched ignoring whitespace; it now reads ${quoted(found.quote)}${droppedNote(dropped)}`,
    );
    return {
      ...withSpans(evidence, spans),
      start: found.start,
      end: found.end,
      quote: found.quote,
      anchor: 'reanchored',
    };
  };

  let anyChanged = false;
  const relations = graph.relations.map((relation, index): Relation => {
    let changed = false;
    const evidence = relation.evidence.map((item, j) => {
      const repaired = repairOne(item, ['relations', index, 'evidence', j]);
      if (repaired !== item) changed = true;
      return repaired;
    });
    if (!changed) return relation;
    anyChanged = true;
    return { ...relation, evidence };
  });

  return {
    graph: anyChanged ? { ...graph, relations } : graph,
    report: { reanchored, orphaned, details },
  };
}

const SUMMARY: Readonly<Record<RepairOutcome, (n: number, title: string, gaveBy: string) => string>> = {
  moved: (n, title, gaveBy) =>
    n === 1
      ? `1 sentence in ${title} was not at the position ${gaveBy} gave; it was found in the text and moved.`
      : `${plural(n, 'sentence')} in ${title} were not at the positions ${gaveBy} gave; they were found in the text and moved.`,
  orphaned: (n, title) =>
    n === 1
      ? `1 sentence in ${title} could not be found in its text; it is kept and marked "not found".`
      : `${plural(n, 'sentence')} in ${title} could not be found in its text; they are kept and marked "not found".`,
  'found-again': (n, title) =>
    n === 1
      ? `1 sentence in ${title} is at its position again and no longer marked "not found".`
      : `${plural(n, 'sentence')} in ${title} are at their positions again and no longer marked "not found".`,
  spans: (n, title) =>
    `The highlighted words of ${plural(n, 'sentence')} in ${title} no longer fit ${n === 1 ? 'it' : 'them'} and were dropped.`,
};
const OUTCOME_ORDER: readonly RepairOutcome[] = ['moved', 'orphaned', 'found-again', 'spans'];

/**
 * The repairs in plain words, one line per source: how many sentences were moved, could not be found,
 * and so on. `gaveBy` names who gave the old positions ("the file", "your saved work"). The
 * per-evidence notes stay the technical detail.
 */
export function describeRepairs(
  notes: readonly RepairNote[],
  sources: readonly Pick<Source, 'id' | 'title'>[],
  gaveBy = 'the file',
): string[] {
  const bySource = new Map<string, Map<RepairOutcome, number>>();
  for (const note of notes) {
    const counts = bySource.get(note.sourceId) ?? new Map<RepairOutcome, number>();
    counts.set(note.outcome, (counts.get(note.outcome) ?? 0) + 1);
    bySource.set(note.sourceId, counts);
  }
  const titles = new Map<string, string>();
  for (const source of sources) if (!titles.has(source.id)) titles.set(source.id, source.title);
  return [...bySource].map(([sourceId, counts]) => {
    const title = titles.get(sourceId)?.trim();
    const named = title ? `“${clip(title, 80)}”` : `source ${quoted(sourceId)}`;
    return OUTCOME_ORDER.filter((outcome) => counts.has(outcome))
      .map((outcome) => SUMMARY[outcome](counts.get(outcome) ?? 0, named, gaveBy))
      .join(' ');
  });
}
