/**
 * npm run bench:time [-- --actors 5000] [-- --steps 48] (steps per row)
 *
 * A time-window change on a large graph whose sources are spread over 24 months, in headless
 * Chromium: from setting a new window to cy holding the change (the `visibility-applied` mark both
 * pages set), in the app (the store action the date inputs and Play call) and in the baseline (a new
 * `elements` array for react-cytoscapejs, the state set at once with flushSync, as a change event
 * would). Windows step through the months one at a time, as Play does, with the full span between
 * rounds; app and baseline alternate step by step. Prints a table and writes bench/time-results.json.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { systemChromium } from '../scripts/browser.mjs';
import { computeVisibility } from '../src/domain/filters';
import { periodsBetween, type DateWindow } from '../src/domain/timeline';
import type { Graph } from '../src/domain/types';
import { validateGraph } from '../src/io/validateGraph';
import vocabulary from '../data/graph.json';
import { generateGraph } from './generate';
import type { Target } from './probe';
import { buildAndServe, type Served } from './serve';
import { summarize } from './stats';
import { formatTable, type Row } from './table';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    actors: { type: 'string', default: '5000' },
    steps: { type: 'string', default: '48' },
    months: { type: 'string', default: '24' },
    port: { type: 'string', default: '4340' },
    out: { type: 'string', default: resolve(root, 'bench/time-results.json') },
  },
});

/** Load the graph into a fresh page of one target and wait until cy holds all of it and settles. */
async function open(browser: Browser, served: Served, url: string, target: Target, graph: Graph) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(served.url);
  await page.waitForFunction(
    (t) => (t === 'app' ? (window.cy?.nodes().length ?? 0) > 0 : window.baseline !== undefined),
    target,
    { timeout: 60_000 },
  );
  await page.evaluate(
    async ({ url, target }) => {
      const g = await (await fetch(url)).json();
      if (target === 'app') window.actorgraph!.getState().importGraph(g, 'time.json');
      else window.baseline!.load(g);
    },
    { url, target },
  );
  await page.waitForFunction(
    ([n, m]) => window.cy?.nodes().length === n && window.cy?.edges().length === m,
    [graph.actors.length, graph.relations.length] as const,
    { timeout: 300_000, polling: 500 },
  );
  await page.waitForTimeout(3000); // the layout settles
  return page;
}

/** In the page: set the window, then the time until cy held it (the mark), and how many edges show. */
async function step(page: Page, target: Target, range: DateWindow): Promise<{ ms: number; shown: number }> {
  return page.evaluate(
    async ({ target, window: w }) => {
      const t0 = performance.now();
      if (target === 'app') window.actorgraph!.getState().setFilter('timeWindow', w);
      else window.baseline!.setWindow(w.from, w.to);
      // Both set the mark synchronously here; a task later is a safe place to read it.
      await new Promise((r) => setTimeout(r, 0));
      const mark = performance.getEntriesByName('visibility-applied', 'mark').find((e) => e.startTime >= t0);
      if (!mark) throw new Error(`${target}: no visibility-applied mark after the change`);
      const cy = window.cy!;
      const shown =
        target === 'app'
          ? cy.edges().filter((e) => !e.hasClass('hidden')).length
          : cy.edges().filter((e) => !e.removed()).length;
      return { ms: mark.startTime - t0, shown };
    },
    { target, window: range },
  );
}

async function main(): Promise<void> {
  const actors = Number(args.actors);
  const steps = Number(args.steps);
  const months = Number(args.months);
  const graph = generateGraph(
    { actors, spreadMonths: months },
    (vocabulary as unknown as Graph).relationTypes,
  );
  const checked = validateGraph(graph);
  if (!checked.ok) throw new Error('the generated graph does not validate');
  const first = graph.sources[0]!.published;
  const last = graph.sources.at(-1)!.published;
  const periods = periodsBetween(first, last, 'month');
  // Play: each month alone in turn, the whole span again between rounds.
  const play: DateWindow[] = [];
  while (play.length < steps) {
    for (const p of periods) play.push({ from: p.from, to: p.to });
    play.push({ from: '', to: '' });
  }
  play.length = steps;
  // Dragging the start: From moves a month at a time towards the end and back, To left open.
  const drag: DateWindow[] = [];
  const starts = [...periods, ...periods.slice(0, -1).reverse()];
  for (let i = 0; drag.length < steps; i++) drag.push({ from: starts[i % starts.length]!.from, to: '' });
  const runs = [
    {
      metric: 'time window Play step to cy updated',
      windows: play,
      note: `one month at a time over ${periods.length} months, the whole span between rounds`,
    },
    {
      metric: 'time window start moved to cy updated',
      windows: drag,
      note: `From a month later or earlier each step, To open; sources over ${periods.length} months`,
    },
  ];

  const app = await buildAndServe(root, 'app', Number(args.port));
  const baseline = await buildAndServe(root, 'baseline', Number(args.port) + 1);
  const executablePath = systemChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-gpu'],
  });
  const samples = runs.map(() => ({ app: [] as number[], baseline: [] as number[] }));
  try {
    const json = JSON.stringify(graph);
    const pages = {
      app: await open(browser, app, app.addGraph('time.json', json), 'app', graph),
      baseline: await open(browser, baseline, baseline.addGraph('time.json', json), 'baseline', graph),
    };
    for (const [r, run] of runs.entries()) {
      for (const [i, w] of run.windows.entries()) {
        const expected = computeVisibility(graph, { timeWindow: w }).relations.size;
        for (const target of ['app', 'baseline'] as const) {
          const { ms, shown } = await step(pages[target], target, w);
          if (shown !== expected) {
            throw new Error(`${target} ${run.metric} step ${i}: ${shown} edges shown, expected ${expected}`);
          }
          samples[r]![target].push(ms);
        }
      }
    }
  } finally {
    await browser.close();
    await app.close();
    await baseline.close();
  }
  const rows: Row[] = runs.map((run, r) => ({
    actors,
    relations: graph.relations.length,
    metric: run.metric,
    unit: 'ms',
    app: summarize(samples[r]!.app),
    baseline: summarize(samples[r]!.baseline),
    samples: { app: samples[r]!.app.length, baseline: samples[r]!.baseline.length },
    note: run.note,
  }));
  writeFileSync(args.out, `${JSON.stringify(rows, null, 2)}\n`);
  console.log(formatTable(rows));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
