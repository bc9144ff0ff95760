import { expect, test } from '@playwright/test';
import { clickableEdge, edgePoint, nodePoint, openApp, seedGraph } from './helpers';

const graph = seedGraph();

test('draws every actor and relation of the seed article', async ({ page }) => {
  await openApp(page);
  const counts = await page.evaluate(() => ({
    nodes: window.cy!.nodes().length,
    edges: window.cy!.edges().length,
  }));
  expect(counts).toEqual({ nodes: graph.actors.length, edges: graph.relations.length });
  await expect(page.getByRole('heading', { name: 'Actorgraph' })).toBeVisible();
  await expect(
    page.getByText(`${graph.actors.length} actors · ${graph.relations.length} relations`),
  ).toBeVisible();
});

test('loads without a warning or an error in the console', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`page error: ${e.message}`));
  await openApp(page);
  // Saving the workspace and the first layout are done by now; give late warnings a frame to arrive.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  expect(messages).toEqual([]);
});

test('lays the graph out at the same positions on every load', async ({ page }) => {
  const positions = () =>
    page.evaluate(() =>
      window.cy!.nodes().map((n) => {
        const p = n.position();
        return [n.id(), Math.round(p.x), Math.round(p.y)];
      }),
    );
  await openApp(page);
  const first = await positions();
  await page.reload();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  expect(await positions()).toEqual(first);
  // Not all at one point: a real layout ran.
  expect(new Set(first.map((p) => `${p[1]},${p[2]}`)).size).toBe(first.length);
});

test('clicking an edge shows its sentences, highlighted in the article', async ({ page }) => {
  await openApp(page);
  const id = await clickableEdge(page);
  const relation = graph.relations.find((r) => r.id === id)!;
  const { x, y } = await edgePoint(page, id);
  await page.mouse.click(x, y);

  await expect.poll(() => page.evaluate(() => window.cy!.$('.is-selected').map((e) => e.id()))).toContain(id);
  const source = graph.actors.find((a) => a.id === relation.source)!;
  const target = graph.actors.find((a) => a.id === relation.target)!;
  const heading = page.getByTestId('relation-heading');
  await expect(heading).toContainText(source.label);
  await expect(heading).toContainText(target.label);
  const first = relation.evidence[0]!;
  await expect(page.getByTestId('evidence-list')).toContainText(first.quote);

  const active = page.locator('mark.evidence-mark.active');
  await expect(active).toHaveText(first.quote);
  await expect(active).toBeInViewport();
  await expect(page.locator('mark.evidence-mark')).toHaveCount(
    relation.evidence.filter((e) => e.sourceId === first.sourceId).length,
  );
});

test('choosing another sentence of a relation scrolls the reader to it', async ({ page }) => {
  const relation = graph.relations.find((r) => r.evidence.length >= 2);
  test.skip(!relation, 'the seed has no relation with two sentences');
  await openApp(page);
  await page.evaluate((id) => {
    const e = window.cy!.getElementById(id);
    e.emit('tap');
  }, relation!.id);
  const second = relation!.evidence[1]!;
  await page.getByRole('button', { name: second.quote }).click();
  const active = page.locator('mark.evidence-mark.active');
  await expect(active).toHaveText(second.quote);
  await expect(active).toBeInViewport();
});

test('clicking an actor lists its relations; each one opens its evidence', async ({ page }) => {
  await openApp(page);
  const actor = graph.actors.find((a) => a.id === 'putin') ?? graph.actors[0]!;
  const { x, y } = await nodePoint(page, actor.id);
  await page.mouse.click(x, y);
  await expect(page.getByRole('heading', { name: actor.label, level: 2 })).toBeVisible();
  const own = graph.relations.filter((r) => r.source === actor.id || r.target === actor.id);
  const items = page.getByTestId('actor-relations').getByRole('button');
  await expect(items).toHaveCount(own.length);
  await items.first().click();
  await expect(page.getByTestId('relation-heading')).toBeVisible();
  await expect(page.locator('mark.evidence-mark.active')).toBeVisible();
});

test('clicking the background clears the selection', async ({ page }) => {
  await openApp(page);
  const id = await clickableEdge(page);
  const { x, y } = await edgePoint(page, id);
  await page.mouse.click(x, y);
  await expect(page.getByTestId('relation-heading')).toBeVisible();
  // The top-left corner of the canvas is empty after a fit with padding.
  const box = (await page.locator('.canvas').boundingBox())!;
  await page.mouse.click(box.x + 5, box.y + 5);
  await expect(page.getByRole('heading', { name: 'Nothing selected' })).toBeVisible();
  expect(await page.evaluate(() => window.cy!.$('.is-selected').length)).toBe(0);
});

test('a relation type toggle hides and shows its edges at once', async ({ page }) => {
  await openApp(page);
  const counts = new Map<string, number>();
  for (const r of graph.relations) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  const [typeId, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const visibleOfType = () =>
    page.evaluate((t) => window.cy!.edges(`[type = "${t}"]`).filter((e) => e.visible()).length, typeId);
  expect(await visibleOfType()).toBe(n);

  const toggle = page.locator(`input[data-type-id="${typeId}"]`);
  await toggle.uncheck();
  // Cytoscape applies class changes to its style on the next frame: poll, don't sleep.
  await expect.poll(visibleOfType).toBe(0);
  const othersVisible = await page.evaluate(
    (t) => window.cy!.edges().filter((e) => e.data('type') !== t && e.visible()).length,
    typeId,
  );
  expect(othersVisible).toBe(graph.relations.length - n);
  await toggle.check();
  await expect.poll(visibleOfType).toBe(n);
});
