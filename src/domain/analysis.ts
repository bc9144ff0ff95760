/**
 * Centrality measures and communities of the graph on screen, computed with graphology's own
 * algorithms (graphology-metrics, graphology-communities-louvain). Pure: the same input gives the
 * same output, communities included (Louvain walks the graph with a seeded generator). It runs in a
 * worker in the app and directly in tests and the bench.
 */
import { DirectedGraph, MultiDirectedGraph, UndirectedGraph } from 'graphology';
import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import type { AnalysisInput, SizeMeasure } from './measures';
import { mulberry32 } from './random';

/** Louvain's random walk and the betweenness sample are seeded: the same groups on every run. */
export const ANALYSIS_SEED = 14;
/** Up to this many actors, betweenness is exact; above, it is estimated from sampled actors. */
export const EXACT_BETWEENNESS_UP_TO = 1000;
/** Actors whose shortest paths the estimate follows (Brandes & Pich 2007, uniform pivots). */
export const BETWEENNESS_PIVOTS = 256;

export interface MeasureValues {
  readonly measure: Exclude<SizeMeasure, 'none'>;
  /** One value per actor of the input, in its order. */
  readonly values: Float64Array;
  /** Set when betweenness was estimated from this many sampled actors instead of all of them. */
  readonly sampledFrom?: number;
}

export interface Communities {
  /** Community of each actor of the input, in its order: 0 is the largest community. */
  readonly of: Uint32Array;
  readonly count: number;
  /** Newman's modularity of the partition (−0.5 to 1; higher is more clearly grouped). */
  readonly modularity: number;
}

const node = (i: number) => String(i);

/** Every visible relation as its own edge: degree counts relations, not neighbours. */
function multiGraph(input: AnalysisInput): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  input.actorIds.forEach((_, i) => g.addNode(node(i)));
  for (let i = 0; i < input.sources.length; i++) {
    g.addEdge(node(input.sources[i]!), node(input.targets[i]!), { weight: input.weights[i]! });
  }
  return g;
}

/**
 * One edge per ordered pair (both ways for a symmetric type), weighted by the sentences of the
 * relations it stands for (at least one per relation, so an unsupported relation still links).
 * Self-relations say nothing about who connects whom and are left out.
 */
function pairGraph<G extends Graph>(input: AnalysisInput, g: G, bothWays: boolean): G {
  const n = input.actorIds.length;
  input.actorIds.forEach((_, i) => g.addNode(node(i)));
  // Summed per pair first: one edge added per pair is much cheaper than updating its attributes.
  const weight = new Map<number, number>();
  const add = (s: number, t: number, w: number) => {
    const key = g.type === 'undirected' && s > t ? t * n + s : s * n + t;
    weight.set(key, (weight.get(key) ?? 0) + w);
  };
  for (let i = 0; i < input.sources.length; i++) {
    const s = input.sources[i]!;
    const t = input.targets[i]!;
    if (s === t) continue;
    const w = Math.max(1, input.weights[i]!);
    add(s, t, w);
    if (bothWays && input.symmetric[i] === 1) add(t, s, w);
  }
  for (const [key, w] of weight) g.addEdge(node(Math.floor(key / n)), node(key % n), { weight: w });
  return g;
}

const byPosition = (input: AnalysisInput, mapping: Record<string, number>): Float64Array =>
  Float64Array.from(input.actorIds, (_, i) => mapping[node(i)] ?? 0);

/**
 * One measure of every actor of the input. Betweenness above EXACT_BETWEENNESS_UP_TO actors is
 * estimated unless `exact` is asked for (the worker sends the estimate first, then the exact value).
 */
export function computeMeasure(
  input: AnalysisInput,
  measure: Exclude<SizeMeasure, 'none'>,
  exact = false,
): MeasureValues {
  switch (measure) {
    case 'degree': {
      const g = multiGraph(input);
      return { measure, values: Float64Array.from(input.actorIds, (_, i) => g.degree(node(i))) };
    }
    case 'weightedDegree': {
      const g = multiGraph(input);
      return {
        measure,
        values: Float64Array.from(input.actorIds, (_, i) => weightedDegree(g, node(i), 'weight')),
      };
    }
    case 'pagerank': {
      const g = pairGraph(input, new DirectedGraph(), true);
      return { measure, values: byPosition(input, pagerank(g, { getEdgeWeight: 'weight' })) };
    }
    case 'betweenness': {
      // Shortest paths count steps, not sentences: a well-evidenced link is not a longer one.
      const g = pairGraph(input, new DirectedGraph(), true);
      if (g.order <= EXACT_BETWEENNESS_UP_TO) {
        return { measure, values: byPosition(input, betweennessCentrality(g, { getEdgeWeight: null })) };
      }
      // Every actor as a pivot: the exact value, by the same routine as the estimate.
      if (exact) return { measure, values: sampledBetweenness(g, g.order) };
      return { measure, values: sampledBetweenness(g, BETWEENNESS_PIVOTS), sampledFrom: BETWEENNESS_PIVOTS };
    }
  }
}

/**
 * Betweenness estimated from `pivots` actors drawn with the seed: graphology's indexed Brandes
 * routine (the one graphology-metrics runs from every actor) from each pivot, the dependencies
 * accumulated as graphology-metrics does, scaled by n / pivots and normalised like its exact result.
 * With every actor as a pivot it is the exact value; exact is O(n·m), too slow for thousands.
 */
export function sampledBetweenness(g: DirectedGraph, pivots: number): Float64Array {
  const n = g.order;
  const brandes = createUnweightedIndexedBrandes(g);
  const centrality = new Float64Array(n);
  const delta = new Float64Array(n);
  for (const source of samplePivots(n, pivots)) {
    const [S, P, sigma] = brandes(source);
    delta.fill(0);
    while (S.size !== 0) {
      const w = S.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of P[w]!) delta[v] = delta[v]! + sigma[v]! * coefficient;
      if (w !== source) centrality[w] = centrality[w]! + delta[w]!;
    }
  }
  const k = Math.min(pivots, n);
  const scale = n <= 2 ? 1 : n / k / ((n - 1) * (n - 2));
  // The routine indexes actors in the graph's order, which is the input's (the test against the
  // exact measure checks it).
  return centrality.map((c) => c * scale);
}

/** `k` distinct actor positions out of `n`, drawn with the seed (all of them when k ≥ n). */
export function samplePivots(n: number, k: number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (k >= n) return all;
  const rand = mulberry32(ANALYSIS_SEED);
  // A partial Fisher–Yates shuffle: the first k are a uniform sample.
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (n - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, k).sort((a, b) => a - b);
}

/**
 * Louvain communities, direction ignored (who clusters with whom), weighted by sentences; numbered
 * by size, largest first, ties by the earliest actor, so colours and the list stay put between runs.
 */
export function computeCommunities(input: AnalysisInput): Communities {
  const g = pairGraph(input, new UndirectedGraph(), false);
  const detailed = louvain.detailed(g, { getEdgeWeight: 'weight', rng: mulberry32(ANALYSIS_SEED) });
  const raw = Array.from(input.actorIds, (_, i) => detailed.communities[node(i)] ?? -1 - i);
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  raw.forEach((c, i) => {
    size.set(c, (size.get(c) ?? 0) + 1);
    if (!first.has(c)) first.set(c, i);
  });
  const order = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!);
  const rank = new Map(order.map((c, i) => [c, i]));
  return {
    of: Uint32Array.from(raw, (c) => rank.get(c)!),
    count: order.length,
    modularity: g.size === 0 ? 0 : detailed.modularity,
  };
}
