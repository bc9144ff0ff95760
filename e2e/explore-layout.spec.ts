import { expect, test } from '@playwright/test';
import { LAYOUT_NAMES } from '../src/domain/view';
import { drawnIds, graph, positions } from './exploreHelpers';
import { nodePoint, openApp } from './helpers';

test('every layout is deterministic: the same positions after a reload', async ({ page }) => {
  await openApp(page);
  const seen = new Set<string>();
  // The file's layout needs positions a graph file brought (open-replace-merge.spec.ts tests it).
  const layouts = LAYOUT_NAMES.filter((name) => name !== 'file');
  for (const name of layouts) {
    await page.getByLabel('Layout', { exact: true }).selectOption(name);
    const first = await positions(page);
    seen.add(JSON.stringify(first));
    // The layout is a preference: opening the app again lays out with it, at the same places.
    await page.goto('/');
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
    await expect(page.getByLabel('Layout', { exact: true })).toHaveValue(name);
    expect(await positions(page)).toEqual(first);
    // Nor does the window size change where actors go (fitting only changes the zoom).
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.goto('/');
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
    expect(await positions(page)).toEqual(first);
    await page.setViewportSize({ width: 1400, height: 900 });
    const spread = new Set(Object.values(first).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(spread.size).toBe(graph.actors.length);
  }
  expect(seen.size).toBe(layouts.length);
});

test('concentric puts the most connected actor in the middle', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Layout', { exact: true }).selectOption('concentric');
  const degree = new Map<string, number>();
  for (const r of graph.relations)
    for (const a of [r.source, r.target]) degree.set(a, (degree.get(a) ?? 0) + 1);
  const pos = await positions(page);
  const xs = Object.values(pos).map((p) => p.x);
  const ys = Object.values(pos).map((p) => p.y);
  const centre = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  const dist = (id: string) => Math.hypot(pos[id]!.x - centre.x, pos[id]!.y - centre.y);
  // The rings go by degree; within its ring an actor may trade places to keep edges off others, so
  // the most connected actor is nearer the middle than every actor with half its relations or fewer.
  const most = Math.max(...degree.values());
  const top = graph.actors.find((a) => degree.get(a.id) === most)!;
  const lesser = graph.actors.filter((a) => (degree.get(a.id) ?? 0) <= most / 2);
  expect(lesser.length).toBeGreaterThan(3);
  for (const a of lesser) expect(dist(top.id), a.id).toBeLessThan(dist(a.id));
});

test('filtering never moves the actors that stay', async ({ page }) => {
  await openApp(page);
  const before = await positions(page);
  await page.locator('input[data-quad="3"]').uncheck();
  await page.locator('input[data-kind="organization"]').uncheck();
  await page.getByLabel('Hide actors with no visible relation').check();
  await expect.poll(async () => (await drawnIds(page, 'nodes')).length).toBeLessThan(graph.actors.length);
  const after = await positions(page);
  for (const id of await drawnIds(page, 'nodes')) expect(after[id]).toEqual(before[id]);
});

test('Re-layout lays out only what is visible and fits it; hidden actors keep their place', async ({
  page,
}) => {
  await openApp(page);
  await page.locator('input[data-kind="organization"]').uncheck();
  await page.locator('input[data-kind="bloc"]').uncheck();
  await expect
    .poll(async () => (await drawnIds(page, 'nodes')).length)
    .toBe(graph.actors.filter((a) => a.kind !== 'organization' && a.kind !== 'bloc').length);
  const before = await positions(page);
  await page.getByRole('button', { name: 'Re-layout' }).click();
  const after = await positions(page);
  const visible = await drawnIds(page, 'nodes');
  const hidden = graph.actors.map((a) => a.id).filter((id) => !visible.includes(id));
  for (const id of hidden) expect(after[id]).toEqual(before[id]);
  expect(visible.some((id) => after[id]!.x !== before[id]!.x || after[id]!.y !== before[id]!.y)).toBe(true);
  // Fitted: every visible actor is inside the canvas.
  const inside = await page.evaluate((ids) => {
    const cy = window.cy!;
    return ids.every((id) => {
      const p = cy.getElementById(id).renderedPosition();
      return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height();
    });
  }, visible);
  expect(inside).toBe(true);
});

test('an actor can be dragged, and stays where it was dropped when filters change', async ({ page }) => {
  await openApp(page);
  const before = (await positions(page))['brics']!;
  const { x, y } = await nodePoint(page, 'brics');
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 40, y + 30, { steps: 5 });
  await page.mouse.move(x - 80, y + 60, { steps: 5 });
  await page.mouse.up();
  const zoom = await page.evaluate(() => window.cy!.zoom());
  const moved = (await positions(page))['brics']!;
  expect(moved.x).toBeCloseTo(before.x - 80 / zoom, 0);
  expect(moved.y).toBeCloseTo(before.y + 60 / zoom, 0);
  await page.locator('input[data-quad="1"]').uncheck();
  await expect.poll(async () => (await drawnIds(page, 'edges')).length).toBeLessThan(graph.relations.length);
  expect((await positions(page))['brics']).toEqual(moved);
});
