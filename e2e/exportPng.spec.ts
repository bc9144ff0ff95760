import { expect, test } from '@playwright/test';
import { openApp } from './helpers';
import { download, graphBox, inkInRows, openExportDialog, pixel, readPng } from './exchangeSupport';

test('Export PNG downloads the whole graph at 2x on an opaque background, with its legend and caption', async ({
  page,
}) => {
  await openApp(page);
  const box = await graphBox(page);
  const file = await download(page, page.getByRole('button', { name: 'Export PNG' }));
  expect(file.name).toMatch(/^actorgraph-\d{4}-\d{2}-\d{2}\.png$/);

  const png = readPng(file.bytes);
  // The graph at 2x with margins, and a band of text under it: the caption and its sources.
  expect(png.width).toBeGreaterThanOrEqual(Math.ceil(box.w) * 2);
  const graphBottom = Math.ceil((20 + box.h) * 2);
  expect(png.height).toBeGreaterThan(graphBottom + 240);
  const background = pixel(png, 1, 1);
  expect(inkInRows(png, graphBottom + 40, png.height, background)).toBeGreaterThan(2000);

  const colours = new Set<number>();
  let transparent = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
    if (a < 255) transparent++;
    colours.add((r << 16) | (g << 8) | b);
  }
  expect(transparent).toBe(0);
  // Not one flat colour: nodes, edges and labels are drawn.
  expect(colours.size).toBeGreaterThan(20);

  // The same picture as the export dialog's default (whole graph, 2x, theme, legend and caption).
  const dialog = await openExportDialog(page);
  const fromDialog = readPng(
    (await download(page, dialog.getByRole('button', { name: 'Download PNG' }))).bytes,
  );
  expect([fromDialog.width, fromDialog.height]).toEqual([png.width, png.height]);
  // Turning the caption off in the dialog leaves the graph alone.
  await dialog.getByRole('checkbox', { name: /Legend and caption/ }).uncheck();
  const bare = readPng((await download(page, dialog.getByRole('button', { name: 'Download PNG' }))).bytes);
  expect(Math.abs(bare.height - Math.ceil(box.h) * 2)).toBeLessThanOrEqual(2);
});
