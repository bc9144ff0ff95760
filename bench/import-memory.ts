/**
 * npm run bench:import [-- --actors 14500] [-- --compact] [-- --runs 3] [-- --port 4330] [-- --out …]
 *
 * Opens a generated Actorgraph JSON file of about 50 MB with Open… (Replace) in headless Chromium and
 * reports the JavaScript heap above the page's baseline, per thread, and how long the page's main
 * thread was blocked while the file was read and checked.
 *
 * - Baseline: the page's used heap after start-up and two forced garbage collections.
 * - Peak: the largest used heap seen, from two sources: every garbage collection's "heap before" in a
 *   trace (these fire inside long tasks too, so a peak while the main thread is busy is not missed),
 *   and the page's used heap polled over the DevTools protocol every 100 ms.
 * - The file is written as the app's Actorgraph JSON export writes it (indented), which at 14,500
 *   actors and 72,500 relations is 49 MB; `--compact` writes it on one line (20,000 actors fit).
 * - Phases: the file read and checked (until Replace or Merge is asked), the question, and from
 *   Replace until Cytoscape holds every relation.
 * - Each run uses a fresh browser context; the summary gives the median and the largest of the runs,
 *   since when garbage collections fall varies from run to run. Written to bench/import-results.json.
 */
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { systemChromium } from '../scripts/browser.mjs';
import type { Graph } from '../src/domain/types';
import { exportActorgraphJson } from '../src/io/formats/actorgraphJson';
import { MAX_GRAPH_BYTES } from '../src/io/validateGraph';
import { generateGraph } from './generate';
import { buildAndServe } from './serve';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    actors: { type: 'string' },
    compact: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4330' },
    out: { type: 'string', default: resolve(root, 'bench/import-results.json') },
  },
});

const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly args?: { readonly name?: string; readonly usedHeapSizeBefore?: number; readonly data?: unknown };
}

/** Phases of the import, marked in the page with performance.mark and found again in the trace. */
const PHASES = ['bench:chosen', 'bench:asked', 'bench:replace', 'bench:drawn'] as const;

interface Peaks {
  /** Largest used heap before any garbage collection, per thread name. */
  readonly byThread: Map<string, number>;
  /** Garbage collections seen, per thread name: how closely the peak was sampled. */
  readonly collections: Map<string, number>;
  /** The same for the page's main thread, per phase: [chosen, asked), [asked, replace), [replace, drawn]. */
  readonly mainByPhase: number[];
}

/** Every garbage collection's "used heap before", per thread and, on the main thread, per phase. */
function gcPeaks(trace: Buffer): Peaks {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const names = new Map<string, string>();
  const marks = new Map<string, number>();
  for (const e of traceEvents) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) names.set(`${e.pid}:${e.tid}`, e.args.name);
    if ((PHASES as readonly string[]).includes(e.name) && !marks.has(e.name)) marks.set(e.name, e.ts);
  }
  const bounds = PHASES.map((p) => marks.get(p) ?? Number.NaN);
  const byThread = new Map<string, number>();
  const collections = new Map<string, number>();
  const mainByPhase = [0, 0, 0];
  for (const e of traceEvents) {
    const before = e.args?.usedHeapSizeBefore;
    if (typeof before !== 'number') continue;
    const thread = names.get(`${e.pid}:${e.tid}`) ?? `thread ${e.tid}`;
    byThread.set(thread, Math.max(byThread.get(thread) ?? 0, before));
    collections.set(thread, (collections.get(thread) ?? 0) + 1);
    if (thread !== 'CrRendererMain') continue;
    const phase = bounds.findIndex((b, i) => i < 3 && e.ts >= b && !(e.ts >= (bounds[i + 1] ?? Infinity)));
    if (phase >= 0) mainByPhase[phase] = Math.max(mainByPhase[phase] ?? 0, before);
  }
  return { byThread, collections, mainByPhase };
}

const usedHeap = async (cdp: CDPSession) => (await cdp.send('Runtime.getHeapUsage')).usedSize;

async function settledHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return usedHeap(cdp);
}

/** Long tasks on the page's main thread, recorded from now on. */
const watchLongTasks = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  });

/** One import, in a fresh browser context: memory per phase and the main thread's long tasks. */
interface Run {
  readonly baselineBytes: number;
  readonly mainPeakAboveBaselineBytes: number;
  readonly mainPeakAboveBaselineByPhaseBytes: {
    readonly readAndChecked: number;
    readonly asking: number;
    readonly replacedAndDrawn: number;
  };
  readonly workerPeakBytes: number;
  readonly workerGarbageCollections: number;
  readonly retainedAboveBaselineBytes: number;
  readonly untilAskedMs: number;
  readonly replaceToDrawnMs: number;
  readonly longestMainThreadTaskWhileReadingMs: number;
  readonly mainThreadLongTasksWhileReadingMs: number;
}

async function measureOnce(browser: Browser, url: string, file: string, relations: number): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    page.on('crash', () => console.error('the page crashed'));
    await page.goto(`${url}/`);
    await page.waitForFunction(() => window.actorgraph?.getState().workspaceLoaded === true);
    const cdp = await context.newCDPSession(page);
    const baseline = await settledHeap(cdp);
    await watchLongTasks(page);

    await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink.user_timing'] });
    const mark = (name: (typeof PHASES)[number]) =>
      page.evaluate((n) => {
        performance.mark(n);
        return performance.now();
      }, name);
    // Polled as well, so a peak between garbage collections is seen too; the phase is the poll's.
    let phase = 0;
    const polled = [baseline, baseline, baseline];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const used = await usedHeap(cdp).catch(() => 0); // a closing page ends the run anyway
        polled[phase] = Math.max(polled[phase] ?? 0, used);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    const t0 = Date.now();
    const startedAt = await mark('bench:chosen');
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    await (await choosing).setFiles(file);
    const replace = page.getByRole('button', { name: 'Replace', exact: true });
    await replace.waitFor({ timeout: 600_000 });
    const askedMs = Date.now() - t0;
    const askedAt = await mark('bench:asked');
    phase = 1;
    await page.waitForTimeout(1_000); // the question as a person sees it, before answering
    phase = 2;
    await mark('bench:replace');
    const t1 = Date.now();
    await replace.click();
    await page.waitForFunction((n) => window.cy?.edges().length === n, relations, {
      timeout: 900_000,
      polling: 500,
    });
    const drawnMs = Date.now() - t1;
    await mark('bench:drawn');
    polling = false;
    await poller;
    const trace = await browser.stopTracing();
    const after = await settledHeap(cdp);

    const blocked = await page.evaluate(
      ([from, to]) => {
        const tasks = (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks;
        const inside = tasks.filter((t) => t.start >= from && t.start < to);
        return {
          longest: Math.max(0, ...inside.map((t) => t.duration)),
          total: inside.reduce((sum, t) => sum + t.duration, 0),
        };
      },
      [startedAt, askedAt] as const,
    );

    const peaks = gcPeaks(trace);
    const mainPhase = (i: number) => Math.max(polled[i] ?? 0, peaks.mainByPhase[i] ?? 0) - baseline;
    const workers = [...peaks.byThread].filter(([name]) => /worker/i.test(name));
    return {
      baselineBytes: baseline,
      mainPeakAboveBaselineBytes: Math.max(mainPhase(0), mainPhase(1), mainPhase(2)),
      mainPeakAboveBaselineByPhaseBytes: {
        readAndChecked: mainPhase(0),
        asking: mainPhase(1),
        replacedAndDrawn: mainPhase(2),
      },
      workerPeakBytes: Math.max(0, ...workers.map(([, peak]) => peak)),
      workerGarbageCollections: workers.reduce((n, [name]) => n + (peaks.collections.get(name) ?? 0), 0),
      retainedAboveBaselineBytes: after - baseline,
      untilAskedMs: askedMs,
      replaceToDrawnMs: drawnMs,
      longestMainThreadTaskWhileReadingMs: Math.round(blocked.longest),
      mainThreadLongTasksWhileReadingMs: Math.round(blocked.total),
    };
  } finally {
    await context.close();
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

async function main(): Promise<void> {
  const types = (JSON.parse(readFileSync(resolve(root, 'data/graph.json'), 'utf8')) as Graph).relationTypes;
  const actors = Number(args.actors ?? (args.compact ? 20_000 : 14_500));
  const graph = generateGraph({ actors }, types);
  const text = args.compact ? JSON.stringify(graph) : exportActorgraphJson(graph);
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_GRAPH_BYTES) throw new Error('the file is over the 50 MB limit: use fewer actors');
  const dir = resolve(root, '.tmp/bench-import');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `synthetic-${graph.actors.length}${args.compact ? '-compact' : ''}.json`);
  writeFileSync(file, text);
  const about = `${(bytes / MB).toFixed(1)} MB (${graph.actors.length} actors, ${graph.relations.length} relations)`;
  console.error(`file: ${about}`);

  const served = await buildAndServe(root, 'app', Number(args.port));
  const executablePath = systemChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  let closing = false;
  browser.on('disconnected', () => {
    if (!closing) console.error('the browser went away before the runs ended');
  });
  const runs: Run[] = [];
  try {
    for (let i = 0; i < Number(args.runs); i++) {
      runs.push(await measureOnce(browser, served.url, file, graph.relations.length));
      console.error(`run ${i + 1}: main thread peak ${mb(runs.at(-1)?.mainPeakAboveBaselineBytes ?? 0)}`);
    }
  } finally {
    closing = true;
    await browser.close();
    await served.close();
  }
  const of = (pick: (run: Run) => number) => ({
    median: median(runs.map(pick)),
    max: Math.max(...runs.map(pick)),
  });
  const summary = {
    mainPeakAboveBaselineBytes: of((r) => r.mainPeakAboveBaselineBytes),
    mainPeakWhileReadingAboveBaselineBytes: of((r) => r.mainPeakAboveBaselineByPhaseBytes.readAndChecked),
    mainPeakFromReplaceToDrawnAboveBaselineBytes: of(
      (r) => r.mainPeakAboveBaselineByPhaseBytes.replacedAndDrawn,
    ),
    workerPeakBytes: of((r) => r.workerPeakBytes),
    retainedAboveBaselineBytes: of((r) => r.retainedAboveBaselineBytes),
    longestMainThreadTaskWhileReadingMs: of((r) => r.longestMainThreadTaskWhileReadingMs),
  };
  const fileInfo = {
    actors: graph.actors.length,
    relations: graph.relations.length,
    bytes,
    compact: args.compact,
  };
  writeFileSync(args.out, `${JSON.stringify({ file: fileInfo, summary, runs }, null, 2)}\n`);
  const line = (label: string, v: { median: number; max: number }, unit = mb) =>
    `${label}: ${unit(v.median)} (max ${unit(v.max)})`;
  const ms = (n: number) => `${n} ms`;
  console.log(
    [
      `file: ${about}; ${runs.length} runs, medians`,
      line('main thread peak above baseline', summary.mainPeakAboveBaselineBytes),
      line('  while the file is read and checked', summary.mainPeakWhileReadingAboveBaselineBytes),
      line('  from Replace until drawn', summary.mainPeakFromReplaceToDrawnAboveBaselineBytes),
      line('worker peak (heap before its garbage collections)', summary.workerPeakBytes),
      line('retained once drawn, after garbage collection', summary.retainedAboveBaselineBytes),
      line(
        'longest main-thread task while reading and checking',
        summary.longestMainThreadTaskWhileReadingMs,
        ms,
      ),
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
