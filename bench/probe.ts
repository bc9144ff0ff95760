/**
 * What the bench runs inside the page. `installProbe` is serialised by Playwright into an init
 * script, so it must be self-contained: everything it uses is defined within it. The same probe
 * drives the app and the baseline through what both share: `window.cy`, checkboxes with
 * `data-type-id`, a `relation-heading` element, an "Export PNG" button and a `notice` element.
 */
import type { Core } from 'cytoscape';

export type Target = 'app' | 'baseline';

export interface LoadResult {
  /** Navigation start to the graph drawn and the main thread quiet (ms). */
  readonly load: number;
  /** Navigation start to the first frame Cytoscape drew with the whole graph. */
  readonly drawn: number;
  /** Layout runs recorded with the User Timing name `layout` (app and baseline both emit it). */
  readonly layout: number;
}

export interface Probe {
  load(url: string, target: Target, name: string): Promise<LoadResult>;
  /**
   * Click one type checkbox. `updated`: ms until `cy` held the change (the page's
   * `visibility-applied` mark, or else when the watched edge's display had changed); `handled`:
   * until the click's handlers were all done; `drawn`: until Cytoscape drew the next frame.
   */
  toggle(typeId: string, probeEdgeId: string): Promise<{ updated: number; handled: number; drawn: number }>;
  /** The page position of a visible edge (none of `exclude`) that a click there would hit, or null. */
  edgePoint(nth: number, exclude: readonly string[]): { x: number; y: number; id: string } | null;
  /** Start watching for the next click to show a relation; `selected()` resolves with the timings. */
  armSelect(): void;
  selected(): Promise<{ dom: number; shown: number; heading: string }>;
  /** A visible edge not in `exclude`, for when no edge can be clicked (all under nodes). */
  anyEdge(exclude: readonly string[]): string | null;
  /** Select an edge through Cytoscape's tap event, timed from the call. */
  tapEdge(id: string): void;
  exportPng(): Promise<{ ms: number; notice: string }>;
}

declare global {
  interface Window {
    __bench?: Probe;
  }
}

/** Installs `window.__bench`. Runs before any page script, on every navigation. */
export function installProbe(): void {
  const longTasks: { start: number; end: number }[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing: load is measured to the first full frame only.
  }

  const cyOf = (): Core => {
    if (!window.cy) throw new Error('window.cy is not there');
    return window.cy;
  };
  const task = () =>
    new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  /** Poll quickly at first (interactions take ms), then gently (loads take seconds). */
  const until = async (cond: () => boolean, what: string, timeout = 120_000): Promise<void> => {
    const start = performance.now();
    await Promise.resolve();
    while (!cond()) {
      const waited = performance.now() - start;
      if (waited > timeout) throw new Error(`timed out waiting for ${what}`);
      await (waited < 100 ? task() : sleep(5));
    }
  };
  /** When Cytoscape next finishes drawing a frame (NaN if it draws none within 10 s). */
  const nextRender = (cy: Core) =>
    new Promise<number>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve(performance.now());
      };
      const timer = setTimeout(() => {
        cy.off('render', done);
        resolve(Number.NaN);
      }, 10_000);
      cy.one('render', done);
    });
  /** After the next frame has been produced: a task posted from requestAnimationFrame. */
  const afterFrame = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  const heading = () => document.querySelector('[data-testid="relation-heading"]')?.textContent ?? null;

  let select: Promise<{ dom: number; shown: number; heading: string }> | null = null;
  let inputAt = Number.NaN;

  window.__bench = {
    async load(url, target, name) {
      const ready = () =>
        target === 'app'
          ? window.actorgraph !== undefined && (window.cy?.nodes().length ?? 0) > 0
          : !!window.baseline;
      await until(ready, 'the page to start');
      const graph = await (await fetch(url)).json();
      const startMark = performance.now();
      if (target === 'app') window.actorgraph!.getState().importGraph(graph, name);
      else window.baseline!.load(graph);
      await until(
        () =>
          window.cy?.nodes().length === graph.actors.length &&
          window.cy?.edges().length === graph.relations.length,
        'the graph in cy',
      );
      const drawn = await nextRender(cyOf());
      // Interactive: no long task for 300 ms (as TTI's quiet window, shortened).
      let quietFrom = drawn;
      for (;;) {
        const last = longTasks.reduce((m, t) => Math.max(m, t.end), 0);
        quietFrom = Math.max(drawn, last);
        if (performance.now() - quietFrom >= 300) break;
        await sleep(50);
      }
      const layout = performance
        .getEntriesByName('layout', 'measure')
        .filter((e) => e.startTime >= startMark)
        .reduce((sum, e) => sum + e.duration, 0);
      return { load: quietFrom, drawn, layout };
    },

    async toggle(typeId, probeEdgeId) {
      const cy = cyOf();
      const input = document.querySelector<HTMLInputElement>(`input[data-type-id="${CSS.escape(typeId)}"]`);
      if (!input) throw new Error(`no checkbox for type ${typeId}`);
      // Read the parsed style, not visible(): that one is cached and can lag until the next frame.
      const shown = () => {
        const edge = cy.getElementById(probeEdgeId);
        return edge.nonempty() && !edge.removed() && edge.style('display') !== 'none';
      };
      const before = shown();
      const renders: number[] = [];
      const onRender = () => renders.push(performance.now());
      cy.on('render', onRender);
      const t0 = performance.now();
      input.click();
      const handledAt = performance.now();
      await until(() => shown() !== before, 'cy to apply the filter');
      const polledAt = performance.now();
      const mark = performance
        .getEntriesByName('visibility-applied', 'mark')
        .find((e) => e.startTime >= t0 && e.startTime <= polledAt);
      const updatedAt = mark?.startTime ?? polledAt;
      // The first frame Cytoscape finished after the change was in place.
      await until(() => renders.some((t) => t >= updatedAt), 'a frame', 10_000).catch(() => undefined);
      cy.off('render', onRender);
      const drawnAt = renders.find((t) => t >= updatedAt) ?? Number.NaN;
      return { updated: updatedAt - t0, handled: handledAt - t0, drawn: drawnAt - t0 };
    },

    edgePoint(nth, exclude) {
      const cy = cyOf();
      const renderer = (
        cy as unknown as { renderer(): { findNearestElement(...a: unknown[]): unknown } }
      ).renderer();
      const box = cy.container()!.getBoundingClientRect();
      const edges = cy.edges(':visible');
      // Each hit test scans every element (tens of ms at 30,000), so the search is bounded.
      const deadline = performance.now() + 2_000;
      for (let k = 0; k < Math.min(edges.length, 300) && performance.now() < deadline; k++) {
        const edge = edges[(nth * 104_729 + k * 7_919) % edges.length]!;
        if (exclude.includes(edge.id())) continue;
        const m = edge.midpoint();
        const hit = renderer.findNearestElement(m.x, m.y, true, false) as { id(): string } | null;
        const r = edge.renderedMidpoint();
        if (hit?.id() !== edge.id() || r.x < 5 || r.y < 5 || r.x > box.width - 5 || r.y > box.height - 5)
          continue;
        return { x: box.left + r.x, y: box.top + r.y, id: edge.id() };
      }
      return null;
    },

    armSelect() {
      const before = heading();
      inputAt = Number.NaN;
      window.addEventListener('mouseup', (e) => (inputAt = e.timeStamp), { capture: true, once: true });
      select = (async () => {
        const changed = () => !Number.isNaN(inputAt) && heading() !== null && heading() !== before;
        const ok = await until(changed, 'the evidence', 30_000).then(
          () => true,
          () => false,
        );
        if (!ok) return { dom: Number.NaN, shown: Number.NaN, heading: '' };
        const dom = performance.now();
        const shown = await afterFrame();
        return { dom: dom - inputAt, shown: shown - inputAt, heading: heading() ?? '' };
      })();
    },

    anyEdge(exclude) {
      const edges = cyOf().edges(':visible');
      for (let k = 0; k < edges.length; k++) {
        const id = edges[(k * 7_919) % edges.length]!.id();
        if (!exclude.includes(id)) return id;
      }
      return null;
    },

    tapEdge(id) {
      inputAt = performance.now();
      cyOf().getElementById(id).emit('tap');
    },

    selected() {
      if (!select) throw new Error('armSelect first');
      return select;
    },

    async exportPng() {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Export PNG',
      );
      if (!button) throw new Error('no Export PNG button');
      const t0 = performance.now();
      button.click();
      await until(() => button.disabled, 'export to start', 5_000).catch(() => undefined);
      await until(() => !button.disabled, 'export to finish', 300_000);
      const ms = performance.now() - t0;
      return { ms, notice: document.querySelector('[data-testid="notice"]')?.textContent ?? '' };
    },
  };
}
