/**
 * Open…: the bytes of a graph file the user chose, made into a graph the app can show. This is the
 * one import boundary for opened files (the app runs it in a worker): the format engine reads and
 * validates, drifted quotes are re-anchored, and evidence is marked as coming from the file.
 */
import type { Evidence, Graph, Relation, RelationType, Source } from '../domain/types';
import { importFile, type ImportStep } from './formats';
import { repairEvidence, type RepairNote } from './integrity';
import { fail, ok, type ParseResult, type Problem } from './problems';

export interface OpenOptions {
  /** The open graph's sources and relation types, lent to files that lack them. */
  readonly sources?: readonly Source[];
  readonly relationTypes?: readonly RelationType[];
  readonly onStep?: (step: ImportStep | 'repairing') => void;
}

export interface OpenedGraph {
  readonly graph: Graph;
  /** What the reader found odd but readable (sources or relation types taken from the open graph). */
  readonly notes: readonly Problem[];
  /** Evidence whose quote had drifted from its offsets: moved, or kept and marked "not found". */
  readonly repairs: readonly RepairNote[];
}

/**
 * Evidence that says neither how it was reviewed (`status`) nor how sure an extractor was
 * (`confidence`) would otherwise count as curated here; it came from the file, so it is `imported`.
 * Evidence with a status keeps it. Returns the same graph when nothing changes.
 */
export function markImportedEvidence(graph: Graph): Graph {
  const mark = (e: Evidence): Evidence =>
    e.status === undefined && e.confidence === undefined ? { ...e, status: 'imported' } : e;
  let changed = false;
  const relations = graph.relations.map((relation): Relation => {
    if (!relation.evidence.some((e) => mark(e) !== e)) return relation;
    changed = true;
    return { ...relation, evidence: relation.evidence.map(mark) };
  });
  return changed ? { ...graph, relations } : graph;
}

/** Reads, validates and repairs an opened file; every problem names the file and where in it. */
export function openGraphFile(
  name: string,
  bytes: Uint8Array,
  options: OpenOptions = {},
): ParseResult<OpenedGraph> {
  const { sources, relationTypes, onStep } = options;
  const read = importFile(name, bytes, { anchors: 'repairable', sources, relationTypes, onStep });
  if (!read.ok) return fail(read.problems);
  onStep?.('repairing');
  const repaired = repairEvidence(read.value);
  return ok({
    graph: markImportedEvidence(repaired.graph),
    notes: read.warnings,
    repairs: repaired.report.details,
  });
}
