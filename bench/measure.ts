/**
 * Every metric for the app and the baseline on one graph, as raw samples. The two are measured
 * interleaved (a load of one, a load of the other; a toggle of one, a toggle of the other…), so a
 * busy spell on a shared machine weighs on both sides of each ratio alike.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { installProbe, type Target } from './probe';

export interface Plan {
  readonly loads: number;
  readonly toggles: number;
  /** Toggles between the two heap readings (the measured ones included; an even number). */
  readonly heapToggles: number;
  readonly selects: number;
  readonly exports: number;
}

export interface Metric {
  readonly samples: number[];
  note?: string;
}

export const METRICS = [
  'load',
  'layout',
  'filter toggle',
  'filter toggle, all handlers',
  'filter toggle to frame',
  'select to evidence',
  'select to evidence painted',
  'png export 2x',
  'heap before',
  'heap after toggles',
] as const;
export type MetricName = (typeof METRICS)[number];
export type Results = Record<MetricName, Metric>;

export interface Side {
  readonly target: Target;
  readonly base: string;
  readonly graphUrl: string;
  readonly plan: Plan;
}

export interface Job {
  readonly name: string;
  readonly typeId: string;
  readonly probeEdgeId: string;
}

const VIEWPORT = { width: 1400, height: 900 };
// The bench runs under tsx, whose output wraps named functions in `__name(...)`; Playwright
// serialises those functions into the page, so the page needs the (identity) helper too.
const NAME_HELPER = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
  readonly downloads: string[];
  cdp?: CDPSession;
}

/** PNG width × height from its header, without decoding it. */
function pngSize(path: string): string {
  const head = readFileSync(path).subarray(16, 24);
  return head.length === 8 ? `${head.readUInt32BE(0)}×${head.readUInt32BE(4)} px` : 'unreadable PNG';
}

async function open(browser: Browser, base: string): Promise<Session> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  await context.addInitScript({ content: NAME_HELPER });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const session: Session = { context, page, errors: [], downloads: [] };
  page.on('pageerror', (e) => session.errors.push(e.message));
  page.on('download', (d) => void d.path().then((p) => session.downloads.push(pngSize(p))));
  await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
  return session;
}

async function heap(s: Session): Promise<number> {
  s.cdp ??= await s.page.context().newCDPSession(s.page);
  await s.cdp.send('HeapProfiler.collectGarbage');
  await s.cdp.send('HeapProfiler.collectGarbage');
  return (await s.cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Runs `step(i)` for i < count(side), one side after the other each round. */
async function interleave(
  sides: readonly Side[],
  count: (p: Plan) => number,
  step: (side: Side, i: number) => Promise<void>,
) {
  const rounds = Math.max(...sides.map((s) => count(s.plan)));
  for (let i = 0; i < rounds; i++) for (const side of sides) if (i < count(side.plan)) await step(side, i);
}

export async function measurePair(
  browser: Browser,
  sides: readonly Side[],
  job: Job,
): Promise<Map<Target, Results>> {
  const results = new Map<Target, Results>();
  const sessions = new Map<Target, Session>();
  for (const side of sides) {
    results.set(
      side.target,
      Object.fromEntries(METRICS.map((m) => [m, { samples: [] }])) as unknown as Results,
    );
  }
  const out = (side: Side) => results.get(side.target)!;
  const session = (side: Side) => sessions.get(side.target)!;
  const log = (side: Side, what: string) => console.error(`  ${side.target}: ${what}`);

  try {
    await interleave(
      sides,
      (p) => p.loads,
      async (side) => {
        await sessions.get(side.target)?.context.close();
        const s = await open(browser, side.base);
        sessions.set(side.target, s);
        const r = await s.page.evaluate(([url, t, n]) => window.__bench!.load(url, t, n), [
          side.graphUrl,
          side.target,
          job.name,
        ] as const);
        out(side).load.samples.push(r.load);
        if (r.layout > 0) out(side).layout.samples.push(r.layout);
        log(
          side,
          `load ${r.load.toFixed(0)} ms (first frame ${r.drawn.toFixed(0)}, layout ${r.layout.toFixed(0)})`,
        );
      },
    );

    for (const side of sides) out(side)['heap before'].samples.push(await heap(session(side)));
    await interleave(
      sides,
      (p) => p.heapToggles,
      async (side, i) => {
        const t = await session(side).page.evaluate(([type, probe]) => window.__bench!.toggle(type, probe), [
          job.typeId,
          job.probeEdgeId,
        ] as const);
        if (i < side.plan.toggles) {
          out(side)['filter toggle'].samples.push(t.updated);
          out(side)['filter toggle, all handlers'].samples.push(t.handled);
          out(side)['filter toggle to frame'].samples.push(t.drawn);
        }
      },
    );
    for (const side of sides) {
      const after = out(side)['heap after toggles'];
      after.samples.push(await heap(session(side)));
      after.note = `after ${side.plan.heapToggles} toggles`;
      log(side, `heap ${out(side)['heap before'].samples[0]} → ${after.samples[0]}`);
    }

    const clicked = new Map<Target, string[]>(sides.map((s) => [s.target, []]));
    const tapped = new Map<Target, number>();
    await interleave(
      sides,
      (p) => p.selects,
      async (side, i) => {
        const { page } = session(side);
        const used = clicked.get(side.target)!;
        // A real click where an edge can be hit; where every edge lies under nodes (the baseline's
        // layout at 5,000 actors), Cytoscape's tap event on the edge instead.
        const point = await page.evaluate(([nth, u]) => window.__bench!.edgePoint(nth, u), [
          i,
          used,
        ] as const);
        const id = point?.id ?? (await page.evaluate((u) => window.__bench!.anyEdge(u), used));
        if (!id) return;
        used.push(id);
        await page.evaluate(() => window.__bench!.armSelect());
        if (point) {
          // Paced as a hand clicks: the pointer arrives, rests, presses, releases. Sent all at once,
          // the hover and the press would queue ahead of the release that the timing starts from.
          await page.mouse.move(point.x, point.y);
          await page.waitForTimeout(150);
          await page.mouse.down();
          await page.waitForTimeout(80);
          await page.mouse.up();
        } else {
          tapped.set(side.target, (tapped.get(side.target) ?? 0) + 1);
          await page.evaluate((edge) => window.__bench!.tapEdge(edge), id);
        }
        const s = await page.evaluate(() => window.__bench!.selected());
        if (Number.isFinite(s.dom)) out(side)['select to evidence'].samples.push(s.dom);
        if (Number.isFinite(s.shown)) out(side)['select to evidence painted'].samples.push(s.shown);
      },
    );
    for (const side of sides) {
      const metric = out(side)['select to evidence'];
      const missed = side.plan.selects - metric.samples.length;
      const notes = [
        tapped.get(side.target) && `${tapped.get(side.target)} by tap event: no edge could be clicked`,
        missed > 0 && `${missed} selections showed nothing`,
      ];
      if (notes.some(Boolean)) metric.note = notes.filter(Boolean).join('; ');
    }

    await interleave(
      sides,
      (p) => p.exports,
      async (side) => {
        const s = session(side);
        const e = await s.page.evaluate(() => window.__bench!.exportPng());
        await s.page.waitForTimeout(300); // the download event comes after the button is free
        const metric = out(side)['png export 2x'];
        const failed = /fail/i.test(e.notice);
        if (!failed) metric.samples.push(e.ms);
        const message = e.notice.replace(/×$/, '').trim();
        metric.note = failed ? message : [s.downloads.at(-1), message].filter(Boolean).join(': ');
        log(side, `export ${e.ms.toFixed(0)} ms ${metric.note}`);
      },
    );
  } finally {
    for (const [target, s] of sessions) {
      if (s.errors.length > 0)
        console.error(`  ${target}: page errors: ${[...new Set(s.errors)].join(' | ')}`);
      await s.context.close();
    }
  }
  return results;
}
