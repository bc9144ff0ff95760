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
  /**
   * Zoom to at least 1:1 around a visible edge (none of `exclude`), as a person picking one edge out
   * of thousands would, and give the page position where a click hits that edge, or null.
   */
  edgePoint(nth: number, exclude: readonly string[]): Promise<{ x: number; y: number; id: string } | null>;
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

    async edgePoint(nth, exclude) {
      const cy = cyOf();
      const renderer = (
        cy as unknown as {
          renderer(): {
            findNearestElement(...a: unknown[]): unknown;
            projectIntoViewport(x: number, y: number): [number, number];
          };
        }
      ).renderer();
      const box = cy.container()!.getBoundingClientRect();
      const edges = cy.edges(':visible');
      const zoom = Math.max(1, cy.zoom());
      // Each hit test scans every element (tens of ms at 30,000), so the search is bounded.
      for (let k = 0; k < Math.min(edges.length, 40); k++) {
        const edge = edges[(nth * 104_729 + k * 7_919) % edges.length]!;
        if (exclude.includes(edge.id())) continue;
        const m = edge.midpoint();
        cy.viewport({ zoom, pan: { x: box.width / 2 - zoom * m.x, y: box.height / 2 - zoom * m.y } });
        await afterFrame();
        const r = edge.renderedMidpoint();
        // Mouse events carry whole pixels: test the point the click will really land on.
        const x = Math.round(box.left + r.x);
        const y = Math.round(box.top + r.y);
        const [mx, my] = renderer.projectIntoViewport(x, y);
        const hit = renderer.findNearestElement(mx, my, true, false) as { id(): string } | null;
        if (hit?.id() === edge.id()) return { x, y, id: edge.id() };
      }
      return null;
    },

    armSelect() {
      const before = heading();
      inputAt = Number.NaN;
      window.addEventListener('mouseup', (e) => (inputAt = e.timeStamp), { capture: true, once: true });
      // Timed where it happens, not when a poll notices: a poll can wait behind a long frame. The
      // observer runs as a microtask right after the panel changes; the frame after it is the one
      // that paints the panel.
      select = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (Number.isNaN(inputAt) || heading() === null || heading() === before) return;
          observer.disconnect();
          clearTimeout(timer);
          const dom = performance.now();
          void afterFrame().then((shown) =>
            resolve({ dom: dom - inputAt, shown: shown - inputAt, heading: heading() ?? '' }),
          );
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve({ dom: Number.NaN, shown: Number.NaN, heading: '' });
        }, 30_000);
      });
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
