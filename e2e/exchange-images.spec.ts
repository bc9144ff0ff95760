import { DOMParser } from '@xmldom/xmldom';
import { expect, test } from '@playwright/test';
import { openApp, seedGraph } from './helpers';
import {
  download,
  graphBox,
  hideRelationType,
  inkInRows,
  openExportDialog,
  pixel,
  readPng,
  today,
} from './exchangeSupport';

const graph = seedGraph();

test('PNG of the whole graph at 3x without legend is the graph at three times its size', async ({ page }) => {
  await openApp(page);
  const box = await graphBox(page);
  const dialog = await openExportDialog(page);
  await dialog
    .getByRole('radio', { name: /^Whole graph/ })
    .first()
    .check();
  await dialog.getByLabel('Scale').selectOption('3');
  await dialog.getByRole('radio', { name: 'White' }).check();
  await dialog.getByRole('checkbox', { name: /Legend and caption/ }).uncheck();
  const file = await download(page, dialog.getByRole('button', { name: 'Download PNG' }));

  expect(file.name).toBe(`actorgraph-whole-${today()}.png`);
  const png = readPng(file.bytes);
  expect(Math.abs(png.width - Math.ceil(box.w) * 3)).toBeLessThanOrEqual(3);
  expect(Math.abs(png.height - Math.ceil(box.h) * 3)).toBeLessThanOrEqual(3);
  expect(pixel(png, 0, 0)).toEqual([255, 255, 255, 255]);
  await expect(dialog.getByTestId('export-status')).toContainText(`Saved ${file.name}`);
});

test('PNG with legend and caption adds a band of text under the graph, at the chosen scale', async ({
  page,
}) => {
  await openApp(page);
  const box = await graphBox(page);
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: 'White' }).check();
  const sizes: { width: number; height: number }[] = [];
  for (const scale of ['1', '2']) {
    await dialog.getByLabel('Scale').selectOption(scale);
    const file = await download(page, dialog.getByRole('button', { name: 'Download PNG' }));
    const png = readPng(file.bytes);
    sizes.push({ width: png.width, height: png.height });
    const s = Number(scale);
    // At least the graph plus margins, and a caption band well below it.
    expect(png.width).toBeGreaterThanOrEqual(Math.max(Math.ceil(box.w) + 40, 560) * s - 2);
    const graphBottom = Math.ceil((20 + box.h) * s);
    expect(png.height).toBeGreaterThan(graphBottom + 120 * s);
    const band = inkInRows(png, graphBottom + 20 * s, png.height, [255, 255, 255]);
    expect(band).toBeGreaterThan(500 * s * s);
    if (s === 2) await test.info().attach('composed.png', { body: file.bytes, contentType: 'image/png' });
  }
  expect(Math.abs(sizes[1]!.width - sizes[0]!.width * 2)).toBeLessThanOrEqual(2);
  expect(Math.abs(sizes[1]!.height - sizes[0]!.height * 2)).toBeLessThanOrEqual(2);
  await expect(dialog.getByTestId('image-size')).toHaveText(`${sizes[1]!.width} × ${sizes[1]!.height} px`);
});

test('PNG of the current view on a transparent background has see-through pixels', async ({ page }) => {
  await openApp(page);
  const box = await graphBox(page);
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: /^Current view/ }).check();
  await dialog.getByRole('radio', { name: 'Transparent' }).check();
  await dialog.getByRole('checkbox', { name: /Legend and caption/ }).uncheck();
  await dialog.getByLabel('Scale').selectOption('1');
  const file = await download(page, dialog.getByRole('button', { name: 'Download PNG' }));

  expect(file.name).toBe(`actorgraph-view-${today()}.png`);
  const png = readPng(file.bytes);
  expect(Math.abs(png.width - box.viewW)).toBeLessThanOrEqual(2);
  expect(Math.abs(png.height - box.viewH)).toBeLessThanOrEqual(2);
  let clear = 0;
  let solid = 0;
  for (let i = 3; i < png.data.length; i += 4) {
    if (png.data[i] === 0) clear++;
    else solid++;
  }
  expect(clear).toBeGreaterThan(png.width * png.height * 0.3);
  expect(solid).toBeGreaterThan(1000);
});

test('a graph too large for the browser is clamped, and the dialog says so first', async ({ page }) => {
  await openApp(page);
  // Spread two actors far apart: 4x would be far past the canvas limit.
  await page.evaluate(() => {
    const nodes = window.cy!.nodes();
    nodes[0]!.position({ x: -9000, y: 0 });
    nodes[1]!.position({ x: 9000, y: 0 });
  });
  const dialog = await openExportDialog(page);
  await dialog.getByLabel('Scale').selectOption('4');
  await expect(dialog.getByTestId('image-clamped')).toContainText('larger than the browser can draw');
  const file = await download(page, dialog.getByRole('button', { name: 'Download PNG' }));
  const png = readPng(file.bytes);
  expect(png.width).toBeLessThanOrEqual(16384);
  expect(png.width * png.height).toBeLessThanOrEqual(16_777_216);
  expect(png.width).toBeGreaterThan(8000);
  await expect(dialog.getByTestId('export-status')).toContainText('larger than this browser can draw');
});

test('SVG keeps every drawn actor label as text, and names the filtered graph', async ({ page }) => {
  await openApp(page);
  const typeId = graph.relations[0]!.type;
  await hideRelationType(page, typeId);
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: /^SVG/ }).check();
  const file = await download(page, dialog.getByRole('button', { name: 'Download SVG' }));

  expect(file.name).toBe(`actorgraph-filtered-${today()}.svg`);
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => void errors.push(`${level}: ${message}`),
  }).parseFromString(file.bytes.toString('utf8'), 'image/svg+xml');
  expect(errors).toEqual([]);
  const svg = doc.documentElement!;
  expect(svg.nodeName).toBe('svg');
  expect(svg.getAttribute('viewBox')).toMatch(/^0 0 [\d.]+ [\d.]+$/);
  const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
  for (const actor of graph.actors) expect(texts).toContain(actor.label);
  // Hidden relations are not drawn; the caption says which type is hidden and cites sources.
  const hiddenIds = new Set(graph.relations.filter((r) => r.type === typeId).map((r) => r.id));
  const edges = Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('class') === 'edge');
  expect(edges.length).toBe(graph.relations.length - hiddenIds.size);
  for (const g of edges) expect(hiddenIds.has(g.getAttribute('data-id')!)).toBe(false);
  const label = graph.relationTypes.find((t) => t.id === typeId)!.label;
  expect(texts.join('\n')).toContain(`hidden relation types: ${label}`);
  expect(texts.join('\n')).toContain(graph.sources[0]!.publisher);
});

test('the dialog works from the keyboard: open, stay inside, choose, download, Esc returns focus', async ({
  page,
}) => {
  await openApp(page);
  const opener = page.getByRole('button', { name: 'Export…' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  const inside = () => page.evaluate(() => !!document.activeElement?.closest('dialog[open]'));
  expect(await inside()).toBe(true);
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
    expect(await inside()).toBe(true);
  }

  // Choose SVG with the arrow keys on the format radios, then Tab to its download button.
  await dialog.getByRole('radio', { name: /^PNG/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: /^SVG/ })).toBeChecked();
  const button = dialog.getByRole('button', { name: 'Download SVG' });
  for (let i = 0; i < 20 && !(await button.evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toMatch(/\.svg$/);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('the theme background follows the dark theme, with a light caption on it', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => window.actorgraph!.getState().setThemeChoice('dark'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const box = await graphBox(page);
  const dialog = await openExportDialog(page);
  await dialog.getByLabel('Scale').selectOption('1');
  const file = await download(page, dialog.getByRole('button', { name: 'Download PNG' }));
  const png = readPng(file.bytes);
  const [r, g, b, a] = pixel(png, 1, 1);
  expect(a).toBe(255);
  expect(r! + g! + b!).toBeLessThan(150);
  // Light text in the caption band.
  const background = [r!, g!, b!];
  const bandTop = Math.ceil(20 + box.h + 20);
  let light = 0;
  for (let y = bandTop; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const [pr, pg, pb] = pixel(png, x, y);
      if (pr! + pg! + pb! > 600) light++;
    }
  }
  expect(light).toBeGreaterThan(300);
  expect(inkInRows(png, bandTop, png.height, background)).toBeGreaterThan(500);
});
