import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { generateGraph } from '../bench/generate';
import type { Graph } from '../src/domain/types';
import { answerOpen } from './exchangeSupport';
import { nodePoint, openApp } from './helpers';
import { installHitTest } from './hitTest';

// Above every size threshold of src/canvas/scale.ts: 2,100 actors and 6,300 relations (8,400
// elements) get the quick placement, plain edges and the large-graph click handling.
const types = (JSON.parse(readFileSync('data/graph.json', 'utf8')) as Graph).relationTypes;
const large = generateGraph({ actors: 2100, relationsPerActor: 3 }, types);

test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  await openApp(page);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (
    await choosing
  ).setFiles({
    name: 'large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(large)),
  });
  await answerOpen(page, 'Replace');
  await page.waitForFunction((n) => window.cy?.edges().length === n, large.relations.length, {
    timeout: 60_000,
  });
});

/** Whether Cytoscape is inside a batch (and so draws nothing). */
const batching = (page: Page) =>
  page.evaluate(() => (window.cy as unknown as { batching(): boolean }).batching());

/**
 * A visible edge, with the view zoomed in on it, and the whole-pixel point on the page where a
 * click hits that edge alone (in a dense graph many edges cross; the topmost takes the click).
 */
async function hittableEdge(page: Page): Promise<{ id: string; x: number; y: number }> {
  await installHitTest(page);
  const found = await page.evaluate(async () => {
    const cy = window.cy!;
    const box = cy.container()!.getBoundingClientRect();
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const edges = cy.edges(':visible');
    for (let k = 0; k < 50; k++) {
      const edge = edges[(k * 7_919) % edges.length]!;
      const m = edge.midpoint();
      cy.viewport({ zoom: 2, pan: { x: box.width / 2 - 2 * m.x, y: box.height / 2 - 2 * m.y } });
      await frame();
      await frame();
      const r = edge.renderedMidpoint();
      const x = Math.round(box.left + r.x);
      const y = Math.round(box.top + r.y);
      if (window.__edgeAloneAt!(edge.id(), x, y)) return { id: edge.id(), x, y };
    }
    return null;
  });
  if (!found) throw new Error('no edge can be clicked');
  return found;
}

test('a click on an edge of a large graph shows its evidence, and the canvas redraw waits for the release', async ({
  page,
}) => {
  // The view was fitted from the positions: every actor is inside the canvas.
  const inside = await page.evaluate(() => {
    const cy = window.cy!;
    const { width, height } = cy.container()!.getBoundingClientRect();
    return cy
      .nodes()
      .map((n) => n.renderedPosition())
      .every((p) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height);
  });
  expect(inside).toBe(true);

  const { id, x, y } = await hittableEdge(page);
  const relation = large.relations.find((r) => r.id === id)!;
  const label = (actorId: string) => large.actors.find((a) => a.id === actorId)!.label;
  await page.mouse.move(x, y);
  await page.mouse.down();
  // Pressed: Cytoscape is held in a batch, so it does not redraw everything for the press.
  expect(await batching(page)).toBe(true);
  await page.mouse.up();
  // Released; the panels get the next frame to themselves, then the canvas draws again.
  await expect.poll(() => batching(page)).toBe(false);

  const heading = page.getByTestId('relation-heading');
  await expect(heading).toContainText(label(relation.source));
  await expect(heading).toContainText(label(relation.target));
  await expect(page.getByTestId('evidence-list')).toContainText(relation.evidence[0]!.quote);
  // The canvas marks the edge a frame later.
  await expect.poll(() => page.evaluate(() => window.cy!.$('.is-selected').map((e) => e.id()))).toEqual([id]);
});

test('on a large graph an actor can still be dragged: a drag ends the held redraw', async ({ page }) => {
  const id = await page.evaluate(() => {
    const cy = window.cy!;
    const { width, height } = cy.container()!.getBoundingClientRect();
    const near = cy.nodes().filter((n) => {
      const p = n.renderedPosition();
      return Math.abs(p.x - width / 2) < width / 4 && Math.abs(p.y - height / 2) < height / 4;
    });
    return near[0]!.id();
  });
  // Zoomed in on the actor, so the press lands on it and not on a neighbour.
  await page.evaluate((nodeId) => {
    const cy = window.cy!;
    cy.zoom({ level: 1.5, position: cy.getElementById(nodeId).position() });
    cy.center(cy.getElementById(nodeId));
  }, id);
  const before = await page.evaluate((nodeId) => window.cy!.getElementById(nodeId).position(), id);
  const start = await nodePoint(page, id);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 60, start.y + 40, { steps: 6 });
  expect(await batching(page)).toBe(false);
  await page.mouse.up();
  const after = await page.evaluate((nodeId) => window.cy!.getElementById(nodeId).position(), id);
  const zoom = await page.evaluate(() => window.cy!.zoom());
  expect(after.x - before.x).toBeCloseTo(60 / zoom, 0);
  expect(after.y - before.y).toBeCloseTo(40 / zoom, 0);
});
