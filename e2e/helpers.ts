import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Graph } from '../src/domain/types';
import { installHitTest } from './hitTest';

export const seedGraph = (): Graph => JSON.parse(readFileSync('data/graph.json', 'utf8')) as Graph;

/** Open the app and wait until Cytoscape has drawn the graph. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  // Saved work is read after the first drawing; act only once it is in, as a person would.
  await page.waitForFunction(() => window.actorgraph?.getState().workspaceLoaded === true);
}

/** Page coordinates of an edge's rendered midpoint (plain numbers: never return a collection). */
export async function edgePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((edgeId) => {
    const cy = window.cy!;
    const m = cy.getElementById(edgeId).renderedMidpoint();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + m.x, y: box.top + m.y };
  }, id);
  return p;
}

export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const cy = window.cy!;
    const m = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + m.x, y: box.top + m.y };
  }, id);
}

/**
 * An edge whose midpoint is not covered by a node or another edge's midpoint, and where Cytoscape's
 * own hit test picks that edge (another edge passing near the midpoint can take the click), so a
 * click hits it.
 */
export async function clickableEdge(page: Page, minEvidence = 1): Promise<string> {
  await installHitTest(page);
  return page.evaluate((min) => {
    const cy = window.cy!;
    const box = cy.container()!.getBoundingClientRect();
    const hitsAlone = (id: string) => {
      const r = cy.getElementById(id).renderedMidpoint();
      return window.__edgeAloneAt!(id, box.left + r.x, box.top + r.y);
    };
    const nodes = cy.nodes().map((n) => n.position());
    const edges = cy
      .edges(':visible')
      .map((e) => ({ id: e.id(), m: e.midpoint(), n: e.data('evidenceCount') as number }));
    const candidates = edges.filter((e) => e.n >= min);
    const clear = candidates.filter(
      ({ id, m }) =>
        !nodes.some((p) => Math.hypot(p.x - m.x, p.y - m.y) < 40) &&
        !edges.some((o) => o.id !== id && Math.hypot(o.m.x - m.x, o.m.y - m.y) < 20) &&
        hitsAlone(id),
    );
    return (clear[0] ?? candidates[0])!.id;
  }, minEvidence);
}
