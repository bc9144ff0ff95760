/**
 * npm run bench:curation [-- --actors 5000] [-- --edits 50] [-- --gexf]
 *
 * Curation on a large graph, in headless Chromium against the built app: each edit from the store
 * action to cy holding the change, undo likewise, heap growth over 200 edits, and (with --gexf) a
 * 25,000-edge GEXF without evidence opened through Open… while the page keeps answering. Prints a
 * table and writes bench/curation-results.json.
 */
import { chromium, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { systemChromium } from '../scripts/browser.mjs';
import { openGexf, writeForeignGexf } from './foreignGexf';
import { generateGraph } from './generate';
import { buildAndServe } from './serve';
import { summarize } from './stats';
import { formatTable, type Row } from './table';
import type { Graph } from '../src/domain/types';
import vocabulary from '../data/graph.json';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    actors: { type: 'string', default: '5000' },
    edits: { type: 'string', default: '50' },
    gexf: { type: 'boolean', default: false },
    port: { type: 'string', default: '4330' },
    out: { type: 'string', default: resolve(root, 'bench/curation-results.json') },
  },
});

/** In the page: one kind of edit `n` times, each timed from the action to cy holding its result. */
async function timeEdits(page: Page, kind: 'retype' | 'review' | 'undo', n: number): Promise<number[]> {
  return page.evaluate(
    ({ kind, n }) => {
      const store = window.actorgraph!;
      const cy = window.cy!;
      const { relations, relationTypes } = store.getState().graph;
      const samples: number[] = [];
      for (let i = 0; i < n; i++) {
        const r = relations[(i * 97) % relations.length]!;
        const t0 = performance.now();
        if (kind === 'undo') {
          store.temporal.getState().undo();
        } else if (kind === 'retype') {
          const type = relationTypes.find((t) => t.id !== r.type)!;
          store.getState().curate({ op: 'updateRelation', relationId: r.id, type: type.id });
          if (cy.getElementById(r.id).data('type') !== type.id) throw new Error('cy missed the retype');
        } else {
          store.getState().curate({ op: 'updateRelation', relationId: r.id, note: `checked ${i}` });
          if (store.getState().index.relations.get(r.id)?.note !== `checked ${i}`) throw new Error('no note');
        }
        samples.push(performance.now() - t0);
      }
      return samples;
    },
    { kind, n },
  );
}

async function heap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

async function main(): Promise<void> {
  const actors = Number(args.actors);
  const edits = Number(args.edits);
  const graph: Graph = generateGraph({ actors }, (vocabulary as unknown as Graph).relationTypes);
  const served = await buildAndServe(root, 'app', Number(args.port));
  const executablePath = systemChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-gpu'],
  });
  const rows: Row[] = [];
  const row = (metric: string, samples: number[], unit: Row['unit'] = 'ms', note?: string): void => {
    rows.push({
      actors,
      relations: graph.relations.length,
      metric,
      unit,
      app: summarize(samples),
      baseline: null,
      samples: { app: samples.length, baseline: 0 },
      ...(note ? { note } : {}),
    });
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(served.url);
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
    const url = served.addGraph('curation.json', JSON.stringify(graph));
    await page.evaluate(async (url) => {
      const g = await (await fetch(url)).json();
      window.actorgraph!.getState().importGraph(g, 'curation.json');
    }, url);
    await page.waitForFunction((n) => window.cy?.edges().length === n, graph.relations.length, {
      timeout: 120_000,
    });
    await page.waitForTimeout(2000); // the layout settles

    row('curation edit (retype) to cy updated', await timeEdits(page, 'retype', edits));
    row('undo to cy updated', await timeEdits(page, 'undo', edits));
    const before = await heap(page);
    await timeEdits(page, 'review', 200);
    const after = await heap(page);
    const growth = ((after - before) / before) * 100;
    row('heap before 200 edits', [before], 'bytes');
    row('heap after 200 edits', [after], 'bytes', `growth ${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%`);
    await page.close();

    if (args.gexf) {
      const file = writeForeignGexf(resolve(root, '.tmp/bench/foreign-25000.gexf'), actors, 25_000);
      const open = await openGexf(browser, served.url, file);
      row('open 25,000-edge GEXF without evidence', [open.ms]);
      row('longest task while reading it (worker)', [open.longestRead]);
      row('longest task while drawing it (after Replace)', [open.longestDrawing]);
    }
  } finally {
    await browser.close();
    await served.close();
  }
  writeFileSync(args.out, `${JSON.stringify(rows, null, 2)}\n`);
  console.log(formatTable(rows));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
