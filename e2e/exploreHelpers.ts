import { expect, type Page } from '@playwright/test';
import { computeVisibility, type Filters } from '../src/domain/filters';
import type { Graph } from '../src/domain/types';
import { edgePoint, nodePoint, seedGraph } from './helpers';
import { installHitTest } from './hitTest';

export const graph: Graph = seedGraph();

/** Ids of what the canvas draws now (display not none), sorted. Plain data only, never collections. */
export const drawnIds = (page: Page, group: 'nodes' | 'edges'): Promise<string[]> =>
  page.evaluate(
    (g) =>
      window
        .cy!.elements(g === 'nodes' ? 'node' : 'edge')
        .filter((e) => e.visible())
        .map((e) => e.id())
        .sort(),
    group,
  );

export const idsWithClass = (page: Page, cls: string): Promise<string[]> =>
  page.evaluate(
    (c) =>
      window
        .cy!.$(`.${c}`)
        .map((e) => e.id())
        .sort(),
    cls,
  );

export const positions = (page: Page): Promise<Record<string, { x: number; y: number }>> =>
  page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.cy!.nodes().forEach((n) => {
      const p = n.position();
      out[n.id()] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
    });
    return out;
  });

/** What the pure filter model says should be on screen, for comparison with the canvas. */
export function expected(filters: Partial<Filters>): { relations: string[]; actors: string[] } {
  const v = computeVisibility(graph, filters);
  return { relations: [...v.relations].sort(), actors: [...v.actors].sort() };
}

export async function clickNode(page: Page, id: string): Promise<void> {
  const { x, y } = await nodePoint(page, id);
  await page.mouse.click(x, y);
}

export async function clickEdge(page: Page, id: string): Promise<void> {
  const { x, y } = await edgePoint(page, id);
  await page.mouse.click(x, y);
}

/** Wait for the canvas to show exactly these relations (style changes land on the next frame). */
export async function expectDrawnRelations(page: Page, ids: readonly string[]): Promise<void> {
  await expect.poll(() => drawnIds(page, 'edges')).toEqual([...ids].sort());
}

export const selection = (page: Page) => page.evaluate(() => window.actorgraph!.getState().selection);

export const countsLine = (page: Page) => page.getByTestId('view-counts');

/**
 * An edge id whose midpoint is clear of nodes and of other midpoints, among the drawn edges, and where
 * Cytoscape's own hit test picks that edge (another edge passing near the midpoint can take the click).
 */
export async function clearEdge(page: Page, filter: (id: string) => boolean = () => true): Promise<string> {
  await installHitTest(page);
  const all = await page.evaluate(() => {
    const cy = window.cy!;
    const box = cy.container()!.getBoundingClientRect();
    const hitsAlone = (id: string, m: { x: number; y: number }) =>
      window.__edgeAloneAt!(id, box.left + m.x, box.top + m.y);
    const nodes = cy.nodes(':visible').map((n) => n.renderedPosition());
    const edges = cy.edges(':visible').map((e) => ({ id: e.id(), m: e.renderedMidpoint() }));
    return edges
      .filter(
        ({ id, m }) =>
          !nodes.some((p) => Math.hypot(p.x - m.x, p.y - m.y) < 30) &&
          !edges.some((o) => o.id !== id && Math.hypot(o.m.x - m.x, o.m.y - m.y) < 16) &&
          hitsAlone(id, m),
      )
      .map((e) => e.id);
  });
  const id = all.find(filter);
  if (!id) throw new Error('no clickable edge');
  return id;
}
