import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { openApp } from './helpers';

test('Export PNG downloads the whole graph at 2x on an opaque background', async ({ page }) => {
  await openApp(page);
  const bb = await page.evaluate(() => {
    const b = window.cy!.elements().not('.hidden').boundingBox();
    return { w: b.w, h: b.h };
  });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^actorgraph-\d{4}-\d{2}-\d{2}\.png$/);

  const png = PNG.sync.read(readFileSync(await download.path()));
  expect(Math.abs(png.width - bb.w * 2)).toBeLessThanOrEqual(2);
  expect(Math.abs(png.height - bb.h * 2)).toBeLessThanOrEqual(2);

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
});
