/**
 * What an analyst can size actors by, and the graph those measures are computed on: the actors and
 * relations on screen after filters and focus. Pure and small (the names travel in the permalink and
 * the store); the computation itself, with graphology, is in analysis.ts and runs in a worker.
 */
import { compileFilters, supportingEvidence, type Filters, type Visibility } from './filters';
import type { Graph } from './types';

export const SIZE_MEASURES = ['none', 'degree', 'weightedDegree', 'betweenness', 'pagerank'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];
export const DEFAULT_SIZE_MEASURE: SizeMeasure = 'none';

export const SIZE_MEASURE_LABELS: Readonly<Record<SizeMeasure, string>> = {
  none: 'None (all the same size)',
  degree: 'Degree',
  weightedDegree: 'Weighted degree (sentences)',
  betweenness: 'Betweenness',
  pagerank: 'PageRank',
};

/** One sentence each: what a larger actor means under the measure. */
export const SIZE_MEASURE_MEANINGS: Readonly<Record<SizeMeasure, string>> = {
  none: 'Every actor is drawn the same size.',
  degree: 'Relations to or from the actor.',
  weightedDegree: 'Sentences backing the actor’s relations.',
  betweenness: 'How often the actor lies on the shortest directed paths between others.',
  pagerank: 'Importance from being the target of relations by important actors, weighted by sentences.',
};

/**
 * The graph on screen in a compact, transferable form: actors by position, relations as parallel
 * arrays of actor positions. Built on the main thread (one pass), analysed in a worker.
 */
export interface AnalysisInput {
  readonly actorIds: readonly string[];
  readonly sources: Uint32Array;
  readonly targets: Uint32Array;
  /** Sentences that back each relation under the filters (0 for a relation no sentence backs). */
  readonly weights: Float64Array;
  /** 1 where the relation's type has no direction (allies with): it counts both ways. */
  readonly symmetric: Uint8Array;
}

/** The visible actors (in the graph's order) and relations of a graph, with their sentence counts. */
export function analysisInput(graph: Graph, visibility: Visibility, filters: Filters): AnalysisInput {
  const actorIds: string[] = [];
  const position = new Map<string, number>();
  for (const actor of graph.actors) {
    if (!visibility.actors.has(actor.id)) continue;
    position.set(actor.id, actorIds.length);
    actorIds.push(actor.id);
  }
  const undirected = new Set(graph.relationTypes.filter((t) => !t.directed).map((t) => t.id));
  const sets = compileFilters(filters, graph);
  const kept = graph.relations.filter(
    (r) => visibility.relations.has(r.id) && position.has(r.source) && position.has(r.target),
  );
  const sources = new Uint32Array(kept.length);
  const targets = new Uint32Array(kept.length);
  const weights = new Float64Array(kept.length);
  const symmetric = new Uint8Array(kept.length);
  kept.forEach((r, i) => {
    sources[i] = position.get(r.source)!;
    targets[i] = position.get(r.target)!;
    weights[i] = supportingEvidence(r, filters, sets).length;
    symmetric[i] = undirected.has(r.type) ? 1 : 0;
  });
  return { actorIds, sources, targets, weights, symmetric };
}

/**
 * A measure's values scaled to 0–1 for drawing: monotonic in the value (a larger value never draws
 * smaller), by area (square root), so a value twice as large covers about twice the ink.
 * All values alike draw at the middle size.
 */
export function sizeScale(value: number, min: number, max: number): number {
  if (!(max > min)) return 0.5;
  const t = (value - min) / (max - min);
  return Math.sqrt(Math.min(1, Math.max(0, t)));
}

/** A measure's value as people read it: whole numbers as they are, others to three significant digits. */
export function formatMeasure(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 1000 ? value.toFixed(0) : value.toPrecision(3);
}
