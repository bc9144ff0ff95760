import { DirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { computeCommunities, computeMeasure, samplePivots, sampledBetweenness } from './analysis';
import { computeVisibility, DEFAULT_FILTERS } from './filters';
import { analysisInput, formatMeasure, sizeScale } from './measures';
import { actor, evidence, relation, relationType } from './testing';
import type { Graph } from './types';

const graphOf = (actors: string[], relations: Graph['relations']): Graph => ({
  schemaVersion: 1,
  sources: [{ id: 's1', title: 'T', author: '', publisher: '', published: '2025-01-01', text: 'x' }],
  actors: actors.map((id) => actor(id)),
  relationTypes: [relationType('accuses', 3), relationType('allies_with', 1, false)],
  relations,
});

const ev = (n: number) => Array.from({ length: n }, () => evidence('s1'));

/** a → b → c, a → c twice, d alone; b and c ally (symmetric). */
const small = graphOf(
  ['a', 'b', 'c', 'd'],
  [
    relation('r1', 'a', 'b', 'accuses', ev(1)),
    relation('r2', 'b', 'c', 'accuses', ev(3)),
    relation('r3', 'a', 'c', 'accuses', ev(1)),
    relation('r4', 'a', 'c', 'accuses', ev(2)),
    relation('r5', 'b', 'c', 'allies_with', ev(1)),
  ],
);

const inputOf = (graph: Graph, filters = DEFAULT_FILTERS) =>
  analysisInput(graph, computeVisibility(graph, filters), filters);

const valuesOf = (graph: Graph, measure: Parameters<typeof computeMeasure>[1]) => {
  const input = inputOf(graph);
  const { values } = computeMeasure(input, measure);
  return Object.fromEntries(input.actorIds.map((id, i) => [id, values[i]]));
};

describe('analysisInput', () => {
  it('keeps only what is visible, with the sentences that still back each relation', () => {
    const filters = { ...DEFAULT_FILTERS, hiddenTypes: ['allies_with'], minEvidence: 2 };
    const input = inputOf(small, filters);
    expect(input.actorIds).toEqual(['a', 'b', 'c', 'd']);
    expect([...input.weights]).toEqual([3, 2]);
    expect([...input.sources].map((i) => input.actorIds[i])).toEqual(['b', 'a']);
    const hidden = inputOf(small, { ...DEFAULT_FILTERS, hiddenKinds: ['state'] });
    expect(hidden.actorIds).toEqual([]);
    expect(hidden.sources.length).toBe(0);
  });
});

describe('computeMeasure', () => {
  it('degree counts every relation at both ends; weighted degree counts sentences', () => {
    expect(valuesOf(small, 'degree')).toEqual({ a: 3, b: 3, c: 4, d: 0 });
    expect(valuesOf(small, 'weightedDegree')).toEqual({ a: 4, b: 5, c: 7, d: 0 });
  });

  it('follows the filters: a hidden type no longer counts', () => {
    const input = inputOf(small, { ...DEFAULT_FILTERS, hiddenTypes: ['accuses'] });
    expect([...computeMeasure(input, 'degree').values]).toEqual([0, 1, 1, 0]);
  });

  it('PageRank ranks the most targeted actor first and sums to one', () => {
    const pr = valuesOf(small, 'pagerank');
    expect(pr.c).toBeGreaterThan(pr.b!);
    expect(pr.b).toBeGreaterThan(pr.a!);
    expect(Object.values(pr).reduce((s, v) => s! + v!, 0)).toBeCloseTo(1, 6);
  });

  it('betweenness puts the actor in the middle of a chain highest', () => {
    const chain = graphOf(
      ['a', 'b', 'c'],
      [relation('r1', 'a', 'b', 'accuses', ev(1)), relation('r2', 'b', 'c', 'accuses', ev(1))],
    );
    expect(valuesOf(chain, 'betweenness')).toEqual({ a: 0, b: 0.5, c: 0 });
  });
});

describe('sampledBetweenness', () => {
  const randomGraph = (n: number) => {
    const g = new DirectedGraph();
    for (let i = 0; i < n; i++) g.addNode(String(i));
    let x = 7;
    for (let i = 0; i < n * 3; i++) {
      x = (x * 48271) % 2147483647;
      const s = x % n;
      x = (x * 48271) % 2147483647;
      const t = x % n;
      if (s !== t) g.mergeEdge(String(s), String(t));
    }
    return g;
  };

  it('equals graphology-metrics’ exact betweenness when every actor is a pivot', () => {
    const g = randomGraph(60);
    const exact = betweennessCentrality(g, { getEdgeWeight: null });
    const sampled = sampledBetweenness(g, 60);
    g.forEachNode((id) => expect(sampled[Number(id)]).toBeCloseTo(exact[id]!, 10));
  });

  it('estimates from a seeded sample: the same on every run, and close to exact for the top actors', () => {
    const g = randomGraph(300);
    const a = sampledBetweenness(g, 100);
    expect([...sampledBetweenness(g, 100)]).toEqual([...a]);
    const exact = betweennessCentrality(g, { getEdgeWeight: null });
    const top = g.nodes().sort((x, y) => exact[y]! - exact[x]!)[0]!;
    expect(a[Number(top)]! / exact[top]!).toBeGreaterThan(0.6);
    expect(a[Number(top)]! / exact[top]!).toBeLessThan(1.4);
  });

  it('draws distinct pivots, all of them when asked for more than there are', () => {
    const pivots = samplePivots(50, 10);
    expect(new Set(pivots).size).toBe(10);
    expect(pivots.every((p) => p >= 0 && p < 50)).toBe(true);
    expect(samplePivots(5, 10)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('computeCommunities', () => {
  /** Two triangles joined by one relation, and an actor alone. */
  const twoGroups = graphOf(
    ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'b4', 'z'],
    [
      relation('r1', 'a1', 'a2', 'accuses', ev(2)),
      relation('r2', 'a2', 'a3', 'accuses', ev(2)),
      relation('r3', 'a3', 'a1', 'accuses', ev(2)),
      relation('r4', 'b1', 'b2', 'accuses', ev(2)),
      relation('r5', 'b2', 'b3', 'accuses', ev(2)),
      relation('r6', 'b3', 'b1', 'accuses', ev(2)),
      relation('r7', 'b1', 'b4', 'accuses', ev(1)),
      relation('r8', 'a1', 'b1', 'accuses', ev(1)),
    ],
  );

  it('finds the two groups, the larger first, and leaves a lone actor in a community of its own', () => {
    const input = inputOf(twoGroups);
    const { of, count, modularity } = computeCommunities(input);
    const group = (id: string) => of[input.actorIds.indexOf(id)];
    expect(count).toBe(3);
    expect(new Set(['b1', 'b2', 'b3', 'b4'].map(group))).toEqual(new Set([0]));
    expect(new Set(['a1', 'a2', 'a3'].map(group))).toEqual(new Set([1]));
    expect(group('z')).toBe(2);
    expect(modularity).toBeGreaterThan(0.2);
  });

  it('gives the same communities on every run (seeded)', () => {
    const input = inputOf(twoGroups);
    const runs = Array.from({ length: 5 }, () => [...computeCommunities(input).of].join());
    expect(new Set(runs).size).toBe(1);
  });
});

describe('sizeScale and formatMeasure', () => {
  it('keeps the order of the values, from 0 to 1, and the middle when all are alike', () => {
    const values = [0, 1, 4, 9, 9.5];
    const scaled = values.map((v) => sizeScale(v, 0, 9.5));
    expect(scaled).toEqual([...scaled].sort((x, y) => x - y));
    expect(scaled[0]).toBe(0);
    expect(scaled.at(-1)).toBe(1);
    expect(sizeScale(3, 3, 3)).toBe(0.5);
  });

  it('writes whole numbers whole and others to three significant digits', () => {
    expect(formatMeasure(12)).toBe('12');
    expect(formatMeasure(0.012345)).toBe('0.0123');
    expect(formatMeasure(0)).toBe('0');
  });
});
