import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { clearEdge, clickEdge, selection } from './exploreHelpers';
import { openApp } from './helpers';

// A small laptop or a half-screen window: the layout must still leave room for the graph.
const NARROW = { width: 800, height: 600 };
const WIDE = { width: 1400, height: 900 };

test.use({ viewport: NARROW });

/** The canvas box on the page, and the size Cytoscape believes it has. */
const canvasSizes = (page: Page) =>
  page.evaluate(() => {
    const cy = window.cy!;
    const box = cy.container()!.getBoundingClientRect();
    return { width: box.width, height: box.height, cyWidth: cy.width(), cyHeight: cy.height() };
  });

/** How many pixels Cytoscape has painted on its layers (0 for a blank canvas). */
const paintedPixels = (page: Page) =>
  page.evaluate(() => {
    let painted = 0;
    for (const canvas of window.cy!.container()!.querySelectorAll('canvas')) {
      if (canvas.width === 0 || canvas.height === 0) continue;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
    }
    return painted;
  });

/** Cytoscape has followed its container's size and has drawn something at that size. */
async function expectCanvasFollowsItsBox(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const s = await canvasSizes(page);
      return Math.abs(s.cyWidth - s.width) <= 1 && Math.abs(s.cyHeight - s.height) <= 1;
    })
    .toBe(true);
  await expect.poll(() => paintedPixels(page)).toBeGreaterThan(2000);
}

/** A clickable edge whose midpoint lies well inside the visible canvas. */
async function edgeInView(page: Page): Promise<string> {
  const inside = await page.evaluate(() => {
    const cy = window.cy!;
    const margin = 20;
    return cy
      .edges(':visible')
      .filter((e) => {
        const m = e.renderedMidpoint();
        return m.x > margin && m.y > margin && m.x < cy.width() - margin && m.y < cy.height() - margin;
      })
      .map((e) => e.id());
  });
  return clearEdge(page, (id) => inside.includes(id));
}

test('at 800×600 the search box, the header buttons and the canvas keep usable sizes', async ({ page }) => {
  await openApp(page);

  const search = page.getByRole('combobox', { name: 'Find an actor' });
  const searchBox = (await search.boundingBox())!;
  expect(searchBox.width).toBeGreaterThanOrEqual(180);

  // Every header button keeps its label on one line: all as tall as the shortest, none clipped.
  const buttons = await page.locator('.topbar .actions > button').evaluateAll((els) =>
    els.map((el) => ({
      label: el.textContent,
      height: el.getBoundingClientRect().height,
      right: el.getBoundingClientRect().right,
      clipped: el.scrollWidth > el.clientWidth + 1,
    })),
  );
  expect(buttons.length).toBeGreaterThan(3);
  const oneLine = Math.min(...buttons.map((b) => b.height));
  expect(oneLine).toBeLessThan(40);
  for (const b of buttons) {
    expect(b.height, `${b.label} on one line`).toBeLessThanOrEqual(oneLine + 2);
    expect(b.clipped, `${b.label} not clipped`).toBe(false);
    expect(b.right, `${b.label} inside the window`).toBeLessThanOrEqual(NARROW.width);
  }
  // The app stays one screen, as in a wide window: nothing sticks out, and the page never scrolls.
  const extent = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  expect(extent.width).toBeLessThanOrEqual(NARROW.width);
  expect(extent.height).toBeLessThanOrEqual(NARROW.height);

  const canvas = await canvasSizes(page);
  expect(canvas.width).toBeGreaterThanOrEqual(0.6 * NARROW.width);
  expect(canvas.height).toBeGreaterThanOrEqual(280);
  await expectCanvasFollowsItsBox(page);

  // The filters are still on screen, under the graph, and scroll within their own strip.
  const filters = page.getByRole('heading', { name: 'Filters', level: 2 });
  const canvasBox = (await page.locator('.canvas').boundingBox())!;
  const filtersBox = (await filters.boundingBox())!;
  expect(filtersBox.y).toBeGreaterThanOrEqual(canvasBox.y + canvasBox.height);
  await expect(filters).toBeInViewport();
  const lastFilter = page.getByRole('group', { name: 'Sources' }).getByRole('checkbox').first();
  await lastFilter.scrollIntoViewIfNeeded();
  await expect(lastFilter).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('at 800×600 the search suggests, and Enter selects the actor', async ({ page }) => {
  await openApp(page);
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.click();
  await page.keyboard.type('Kremlin');
  const list = page.getByRole('listbox', { name: 'Matching actors' });
  const options = list.getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Russia');
  await expect(options.first()).toBeInViewport();
  // The suggestions are at least as wide as the box they belong to.
  const listBox = (await list.boundingBox())!;
  const searchBox = (await search.boundingBox())!;
  expect(listBox.width).toBeGreaterThanOrEqual(searchBox.width - 1);

  await page.keyboard.press('Enter');
  expect(await selection(page)).toEqual({ kind: 'actor', id: 'russia' });
  await expect(page.getByRole('heading', { name: 'Russia', level: 2 })).toBeInViewport();
});

test('at 800×600 a click on an edge shows its evidence beside the graph', async ({ page }) => {
  await openApp(page);
  await clickEdge(page, await edgeInView(page));
  await expect(page.getByTestId('relation-heading')).toBeInViewport();
  await expect(page.getByTestId('evidence-item').first()).toBeInViewport();
  // The article scrolls to the quoted sentence within its own panel; the page stays put.
  await expect(page.locator('mark.evidence-mark.active')).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('.canvas')).toBeInViewport({ ratio: 1 });
});

test('a relation that wraps keeps its bullet beside its first line', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => window.actorgraph!.getState().selectActor('putin'));
  await expect(page.getByRole('heading', { name: 'Vladimir Putin', level: 2 })).toBeVisible();
  // The bullet sits on the list item's first line box; a zero-width probe put before the button
  // sits on the same line, so its place is where the bullet is drawn.
  const offsets = await page.getByTestId('actor-relations').evaluate((list) => {
    const out: { text: string; lines: number; offset: number }[] = [];
    for (const li of list.querySelectorAll('li')) {
      const button = li.querySelector('button')!;
      // One rectangle per line of each piece of text in the button.
      const rects: DOMRect[] = [];
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        rects.push(...[...range.getClientRects()].filter((r) => r.width > 0));
      }
      const first = rects.reduce((a, b) => (b.top < a.top ? b : a));
      const last = rects.reduce((a, b) => (b.top > a.top ? b : a));
      const lines = Math.round((last.bottom - first.top) / first.height);
      if (lines < 2) continue;
      const probe = document.createElement('span');
      probe.textContent = '\u200b';
      li.insertBefore(probe, button);
      const p = probe.getBoundingClientRect();
      probe.remove();
      out.push({ text: button.textContent ?? '', lines, offset: Math.abs(p.bottom - first.bottom) });
    }
    return out;
  });
  expect(offsets.length, 'some relation wraps onto a second line').toBeGreaterThan(0);
  for (const o of offsets) expect(o.offset, o.text).toBeLessThanOrEqual(3);
});

test('Cytoscape follows the canvas between the wide and the narrow layout', async ({ page }) => {
  await page.setViewportSize(WIDE);
  await openApp(page);
  await expectCanvasFollowsItsBox(page);
  const wide = await canvasSizes(page);

  await page.setViewportSize(NARROW);
  await expectCanvasFollowsItsBox(page);
  expect((await canvasSizes(page)).width).toBeLessThan(wide.width);
  // Clicks still land where the edges are drawn.
  await clickEdge(page, await edgeInView(page));
  await expect(page.getByTestId('relation-heading')).toBeVisible();

  await page.setViewportSize(WIDE);
  await expectCanvasFollowsItsBox(page);
  expect((await canvasSizes(page)).width).toBeCloseTo(wide.width, 0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`at 800×600 no serious or critical axe violations (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await clickEdge(page, await edgeInView(page));
    await expect(page.getByTestId('relation-heading')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
  });
}
