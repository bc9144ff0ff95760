import { expect, test, type Page } from '@playwright/test';
import { overlapsOnCanvas, shownLabels } from './drawingHelpers';
import { nodePoint, openApp } from './helpers';

// The minimum on-screen label sizes (src/canvas/labelPriority.ts).
const NODE_MIN_PX = 11;
const EDGE_MIN_PX = 10;

async function openAt(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await openApp(page);
  // Labels are decided on the next animation frame after the drawing settles.
  await page.waitForTimeout(300);
}

/** The drawn elements' box on screen and the canvas size, in CSS pixels. */
const view = (page: Page) =>
  page.evaluate(() => {
    const cy = window.cy!;
    const b = cy.elements(':visible').renderedBoundingBox({ includeLabels: true });
    return {
      zoom: cy.zoom(),
      width: cy.width(),
      height: cy.height(),
      box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 },
    };
  });

/**
 * Fitted: everything drawn inside the canvas, reaching near two opposite sides (the fit pads 40 px;
 * labels sized for the zoom before the fit may shrink after it, hence the slack).
 */
function expectFitted(v: Awaited<ReturnType<typeof view>>) {
  const { box, width, height } = v;
  expect(box.x1).toBeGreaterThanOrEqual(-1);
  expect(box.y1).toBeGreaterThanOrEqual(-1);
  expect(box.x2).toBeLessThanOrEqual(width + 1);
  expect(box.y2).toBeLessThanOrEqual(height + 1);
  const fillsWidth = box.x1 < 90 && width - box.x2 < 90;
  const fillsHeight = box.y1 < 90 && height - box.y2 < 90;
  expect(fillsWidth || fillsHeight).toBe(true);
}

for (const [width, height, most] of [
  [1440, 900, 0],
  [1280, 720, 2],
] as const) {
  test(`at ${width}×${height} no more than ${most} edges cross an actor they do not join`, async ({
    page,
  }) => {
    await openAt(page, width, height);
    const overlaps = await overlapsOnCanvas(page);
    console.log(`${width}×${height}: ${overlaps.length} edge–actor overlaps`);
    expect(overlaps.map((o) => `${o.edge} over ${o.node}`)).toHaveLength(0 + Math.min(most, overlaps.length));
    expect(overlaps.length).toBeLessThanOrEqual(most);
  });
}

test('at 800×600 every label shown is readable and actor labels do not overlap', async ({ page }) => {
  await openAt(page, 800, 600);
  const labels = await shownLabels(page);
  const nodes = labels.filter((l) => l.group === 'nodes');
  const edges = labels.filter((l) => l.group === 'edges');
  // Most actors keep their label at this size (those that give way show theirs on hover).
  expect(nodes.length).toBeGreaterThanOrEqual(10);
  for (const l of nodes) expect(l.px, l.id).toBeGreaterThanOrEqual(NODE_MIN_PX);
  for (const l of edges) expect(l.px, l.id).toBeGreaterThanOrEqual(EDGE_MIN_PX);
  const meet = (a: (typeof labels)[number]['box'], b: (typeof labels)[number]['box']) =>
    a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  for (const [i, a] of labels.entries())
    for (const b of labels.slice(i + 1)) expect(meet(a.box, b.box), `${a.id} and ${b.id}`).toBe(false);
});

test('a hovered relation shows its label even where it gave way', async ({ page }) => {
  await openAt(page, 800, 600);
  // A relation whose label gave way, with its midpoint clear of actors and other midpoints.
  const target = await page.evaluate(() => {
    const cy = window.cy!;
    const nodes = cy.nodes(':visible').map((n) => n.position());
    const mids = cy.edges(':visible').map((e) => ({ id: e.id(), m: e.midpoint() }));
    const clear = cy
      .edges('.label-hidden:visible')
      .map((e) => ({ id: e.id(), m: e.midpoint() }))
      .find(
        ({ id, m }) =>
          !nodes.some((p) => Math.hypot(p.x - m.x, p.y - m.y) < 60) &&
          !mids.some((o) => o.id !== id && Math.hypot(o.m.x - m.x, o.m.y - m.y) < 30),
      );
    if (!clear) return null;
    const r = cy.getElementById(clear.id).renderedMidpoint();
    const box = cy.container()!.getBoundingClientRect();
    return { id: clear.id, x: box.left + r.x, y: box.top + r.y };
  });
  expect(target).not.toBeNull();
  await page.mouse.move(target!.x, target!.y);
  await expect.poll(async () => (await shownLabels(page)).map((l) => l.id)).toContain(target!.id);
  const label = (await shownLabels(page)).find((l) => l.id === target!.id)!;
  expect(label.px).toBeGreaterThanOrEqual(EDGE_MIN_PX);
});

test('a selected relation keeps the labels of the two actors it joins', async ({ page }) => {
  await openAt(page, 800, 600);
  const edges = await page.evaluate(() =>
    window.cy!.edges(':visible').map((e) => ({ id: e.id(), ends: [e.source().id(), e.target().id()] })),
  );
  expect(edges.length).toBeGreaterThan(20);
  for (const edge of edges) {
    await page.evaluate((id) => window.actorgraph!.getState().selectRelation(id), edge.id);
    await expect
      .poll(async () => (await shownLabels(page)).map((l) => l.id), { message: edge.id })
      .toEqual(expect.arrayContaining([edge.id, ...edge.ends]));
  }
});

test('the drawing refits when the relation table opens and when a focus hides the rest', async ({ page }) => {
  await openAt(page, 1280, 720);
  const before = await view(page);
  expectFitted(before);
  await page.getByRole('button', { name: /Relation table/ }).click();
  await expect(page.getByTestId('relation-table')).toBeVisible();
  await expect.poll(async () => (await view(page)).height).toBeLessThan(before.height);
  await expect.poll(async () => (await view(page)).zoom).toBeLessThan(before.zoom);
  expectFitted(await view(page));
  await page.getByRole('button', { name: /Relation table/ }).click();

  await page.evaluate(() => window.actorgraph!.getState().selectActor('ukraine'));
  await page.getByLabel('Hide the rest (instead of fading it)').check();
  const whole = await view(page);
  await page.getByRole('button', { name: 'Focus on Ukraine' }).click();
  await expect(page.getByTestId('focus-status')).toHaveText('Around Ukraine');
  // Ukraine and its neighbours alone, drawn larger to fill the canvas.
  await expect.poll(async () => (await view(page)).zoom).toBeGreaterThan(whole.zoom * 1.2);
  expectFitted(await view(page));
});

test('the hover card goes when the element is clicked', async ({ page }) => {
  await openAt(page, 1440, 900);
  const p = await nodePoint(page, 'china');
  await page.mouse.move(p.x, p.y);
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.mouse.click(p.x, p.y);
  await expect(page.getByTestId('canvas-tooltip')).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => window.actorgraph!.getState().selection))
    .toEqual({
      kind: 'actor',
      id: 'china',
    });
});

// Rows, rings and the grid keep their shape and are tidied by swaps (src/canvas/tidyLayout.ts). On
// the seed graph at 1440×900, before the swaps: 65 (breadth-first), 10 (concentric), 23 (grid).
for (const [layout, most] of [
  ['breadthfirst', 12],
  ['concentric', 7],
  ['grid', 5],
] as const) {
  test(`the ${layout} layout leaves no more than ${most} edges across actors they do not join`, async ({
    page,
  }) => {
    await openAt(page, 1440, 900);
    await page.getByLabel('Layout', { exact: true }).selectOption(layout);
    await page.waitForTimeout(500);
    const overlaps = await overlapsOnCanvas(page);
    console.log(`${layout}: ${overlaps.length} edge–actor overlaps`);
    expect(overlaps.length).toBeLessThanOrEqual(most);
  });
}
