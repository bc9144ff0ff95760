/**
 * npm run bench [-- --quick] [-- --graph file.json] [-- --sizes 100,1000] [-- --targets app]
 *
 * Builds the app and the naive baseline into .tmp/bench, serves each with `vite preview` on its own
 * port, and measures both in headless Chromium on the same seeded graphs. Prints a table and writes
 * bench/results.json.
 */
import { chromium, type Browser } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { systemChromium } from '../scripts/browser.mjs';
import { repairEvidence } from '../src/io/integrity';
import { formatProblems } from '../src/io/problems';
import { validateGraphText } from '../src/io/validateGraphText';
import type { Graph, RelationType } from '../src/domain/types';
import { buildAndServe, type Served } from './serve';
import { generateGraph } from './generate';
import { measurePair, METRICS, type Plan, type Results } from './measure';
import type { Target } from './probe';
import { summarize } from './stats';
import { formatTable, type Row } from './table';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    graph: { type: 'string' },
    sizes: { type: 'string' },
    targets: { type: 'string', default: 'app,baseline' },
    port: { type: 'string', default: '4310' },
    out: { type: 'string', default: resolve(root, 'bench/results.json') },
  },
});

/**
 * Repetitions per side and size. The baseline at 5,000 actors needs seconds per toggle, so it gets
 * fewer (each row says how many samples it has); the app always gets the 200 toggles of the leak check.
 */
function plan(target: Target, actors: number): Plan {
  if (args.quick) return { loads: 1, toggles: 10, heapToggles: 20, selects: 5, exports: 1 };
  if (target === 'baseline' && actors >= 5000)
    return { loads: 2, toggles: 10, heapToggles: 10, selects: 5, exports: 1 };
  if (target === 'baseline' && actors >= 1000)
    return { loads: 3, toggles: 30, heapToggles: 30, selects: 10, exports: 2 };
  return { loads: actors >= 1000 ? 3 : 5, toggles: 50, heapToggles: 200, selects: 20, exports: 3 };
}

interface BenchGraph {
  readonly name: string;
  readonly text: string;
  readonly graph: Graph;
  readonly validateMs: number;
}

/** Validated with the app's own validator before any page sees it. */
function prepare(name: string, text: string): BenchGraph {
  const t0 = performance.now();
  const result = validateGraphText(text, name, { anchors: 'repairable' });
  const validateMs = performance.now() - t0;
  if (!result.ok) throw new Error(`${name} is not a valid graph:\n${formatProblems(result.problems)}`);
  const graph = repairEvidence(result.value).graph;
  return { name, text: JSON.stringify(graph), graph, validateMs };
}

function graphs(): BenchGraph[] {
  if (args.graph) return [prepare(args.graph, readFileSync(args.graph, 'utf8'))];
  const types = (JSON.parse(readFileSync(resolve(root, 'data/graph.json'), 'utf8')) as Graph).relationTypes;
  const sizes = (args.sizes ?? (args.quick ? '100,1000' : '100,1000,5000')).split(',').map(Number);
  return sizes.map((actors) =>
    prepare(`synthetic-${actors}.json`, JSON.stringify(generateGraph({ actors }, types as RelationType[]))),
  );
}

/** "app +1.2%, baseline -3.0%": the heap after the toggles against before them. */
function heapGrowth(results: Map<Target, Results>): string {
  const parts = [...results].flatMap(([target, r]) => {
    const [before] = r['heap before'].samples;
    const [after] = r['heap after toggles'].samples;
    if (before === undefined || after === undefined) return [];
    const pct = ((after - before) / before) * 100;
    return [`${target} ${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`];
  });
  return `growth: ${parts.join(', ')}`;
}

/** The type with the most relations, and one of its relations to watch. */
function toggleTarget(graph: Graph): { typeId: string; probeEdgeId: string } {
  const counts = new Map<string, number>();
  for (const r of graph.relations) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  const [typeId] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  const probe = graph.relations.find((r) => r.type === typeId);
  if (!typeId || !probe) throw new Error('the graph has no relations to filter');
  return { typeId, probeEdgeId: probe.id };
}

async function main(): Promise<void> {
  const targets = args.targets.split(',') as Target[];
  const port = Number(args.port);
  const started = performance.now();
  const served: Partial<Record<Target, Served>> = {};
  let browser: Browser | null = null;
  const rows: Row[] = [];
  try {
    for (const [i, target] of targets.entries()) served[target] = await buildAndServe(root, target, port + i);
    const executablePath = systemChromium();
    browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    for (const g of graphs()) {
      const { actors, relations } = { actors: g.graph.actors.length, relations: g.graph.relations.length };
      console.error(
        `\n${g.name}: ${actors} actors, ${relations} relations (validated in ${g.validateMs.toFixed(0)} ms)`,
      );
      const sides = targets.map((target) => ({
        target,
        base: served[target]!.url,
        graphUrl: served[target]!.addGraph(g.name, g.text),
        plan: plan(target, actors),
      }));
      const results = await measurePair(browser, sides, { name: g.name, ...toggleTarget(g.graph) });
      for (const metric of METRICS) {
        const of = (t: Target) => results.get(t)?.[metric];
        const notes = targets.map((t) => of(t)?.note && `${t}: ${of(t)?.note}`).filter(Boolean);
        if (metric === 'heap after toggles') notes.unshift(heapGrowth(results));
        rows.push({
          actors,
          relations,
          metric,
          unit: metric.startsWith('heap') ? 'bytes' : 'ms',
          app: summarize(of('app')?.samples ?? []),
          baseline: summarize(of('baseline')?.samples ?? []),
          samples: { app: of('app')?.samples.length ?? 0, baseline: of('baseline')?.samples.length ?? 0 },
          ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
        });
      }
      rows.push({
        actors,
        relations,
        metric: 'validate in Node (not in load)',
        unit: 'ms',
        app: summarize([g.validateMs]),
        baseline: null,
        samples: { app: 1, baseline: 0 },
      });
    }
  } finally {
    await browser?.close();
    for (const s of Object.values(served)) await s.close();
  }
  writeFileSync(args.out, `${JSON.stringify(rows, null, 2)}\n`);
  console.log(formatTable(rows));
  console.error(`\nwrote ${args.out} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
