/**
 * npm run bench:analysis [-- --actors 5000] [-- --runs 9]
 *
 * Measures and communities on the seeded benchmark graph (bench/generate.ts: 5,000 actors, 25,000
 * relations), timed in Node with the code the app's worker runs (src/domain/analysis.ts): the input
 * built from the graph on screen (on the page's main thread in the app), each measure, and Louvain.
 * Exact betweenness is timed once: graphology-metrics' own, and the app's exact pass that follows the
 * estimate above 1,000 actors.
 * Prints a table and writes bench/analysis-results.json.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { computeCommunities, computeMeasure } from '../src/domain/analysis';
import { computeVisibility, DEFAULT_FILTERS } from '../src/domain/filters';
import { analysisInput, SIZE_MEASURES } from '../src/domain/measures';
import type { Graph } from '../src/domain/types';
import vocabulary from '../data/graph.json';
import { generateGraph } from './generate';
import { summarize } from './stats';
import { formatTable, type Row } from './table';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    actors: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '9' },
    out: { type: 'string', default: resolve(root, 'bench/analysis-results.json') },
  },
});

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function main(): void {
  const actors = Number(args.actors);
  const runs = Number(args.runs);
  const graph: Graph = generateGraph({ actors }, (vocabulary as unknown as Graph).relationTypes);
  const visibility = computeVisibility(graph, DEFAULT_FILTERS);
  const input = analysisInput(graph, visibility, DEFAULT_FILTERS);
  const rows: Row[] = [];
  const row = (metric: string, samples: number[], note?: string) =>
    rows.push({
      actors,
      relations: graph.relations.length,
      metric,
      unit: 'ms',
      app: summarize(samples),
      baseline: null,
      samples: { app: samples.length, baseline: 0 },
      ...(note ? { note } : {}),
    });
  const repeat = (fn: () => void) => {
    fn(); // warm-up, not counted: the first run also compiles
    return Array.from({ length: runs }, () => time(fn));
  };

  const inputTimes = repeat(() => analysisInput(graph, visibility, DEFAULT_FILTERS));
  row('analysis input from the graph on screen (main thread)', inputTimes);
  const inputMedian = summarize(inputTimes)!.median;
  for (const measure of SIZE_MEASURES) {
    if (measure === 'none') continue;
    let note = '';
    const samples = repeat(() => {
      const result = computeMeasure(input, measure);
      if (result.sampledFrom) note = `estimated from ${result.sampledFrom} sampled actors`;
    });
    const total = summarize(samples)!.median + inputMedian;
    row(
      `measure: ${measure} (worker)`,
      samples,
      [note, `with the input: ${total.toFixed(1)} ms`].filter(Boolean).join('; '),
    );
  }
  let count = 0;
  row(
    'communities: Louvain (worker)',
    repeat(() => (count = computeCommunities(input).count)),
    `${count} communities`,
  );
  // The exact measure, once, as the reference the estimate is there to avoid.
  const g = new DirectedGraph();
  input.actorIds.forEach((_, i) => g.addNode(String(i)));
  for (let i = 0; i < input.sources.length; i++) {
    const [s, t] = [String(input.sources[i]), String(input.targets[i])];
    if (s === t) continue;
    g.mergeEdge(s, t);
    if (input.symmetric[i] === 1) g.mergeEdge(t, s); // as the app's own graph counts a symmetric type
  }
  row(
    'reference: exact betweenness (graphology-metrics)',
    [time(() => betweennessCentrality(g, { getEdgeWeight: null }))],
    'not used above 1,000 actors',
  );
  row(
    'betweenness, exact (worker, after the estimate is drawn)',
    [time(() => computeMeasure(input, 'betweenness', true))],
    'replaces the estimate when done; the page answers meanwhile',
  );
  writeFileSync(args.out, `${JSON.stringify(rows, null, 2)}\n`);
  console.log(formatTable(rows));
}

main();
