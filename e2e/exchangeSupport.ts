/** Shared steps of the exchange browser tests: the export dialog, downloads, and files to import. */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

export const today = (): string => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

export async function openExportDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The export dialog's data download button ("Download Actorgraph JSON", …), not the picture or report ones. */
export const DATA_DOWNLOAD = /^Download (?!PNG|SVG|HTML report)/;

/** Clicks `button` and returns the downloaded file's name and bytes. */
export async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await button.click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

export const readPng = (bytes: Buffer): PNG => PNG.sync.read(bytes);

/** The pixel at (x, y) as [r, g, b, a]. */
export const pixel = (png: PNG, x: number, y: number): number[] => {
  const i = (png.width * y + x) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
};

/** Pixels in rows [from, to) that differ from `background` (r, g, b). */
export function inkInRows(png: PNG, from: number, to: number, background: number[]): number {
  let ink = 0;
  for (let y = Math.max(0, from); y < Math.min(to, png.height); y++) {
    for (let x = 0; x < png.width; x++) {
      const [r, g, b] = pixel(png, x, y);
      if (Math.abs(r! - background[0]!) + Math.abs(g! - background[1]!) + Math.abs(b! - background[2]!) > 60)
        ink++;
    }
  }
  return ink;
}

/** The whole drawn graph's bounding box and the canvas size, from the live instance. */
export const graphBox = (page: Page) =>
  page.evaluate(() => {
    const cy = window.cy!;
    const b = cy.elements().not('.hidden').boundingBox();
    return { w: b.w, h: b.h, viewW: cy.width(), viewH: cy.height() };
  });

export const cyCounts = (page: Page) =>
  page.evaluate(() => ({ nodes: window.cy!.nodes().length, edges: window.cy!.edges().length }));

export const cyNodeIds = (page: Page) =>
  page.evaluate(() =>
    window
      .cy!.nodes()
      .map((n) => n.id())
      .sort(),
  );

/** Hide one relation type through the store (the filter panel's own markup is not this test's concern). */
export async function hideRelationType(page: Page, typeId: string): Promise<void> {
  await page.evaluate((id) => window.actorgraph!.getState().toggleType(id), typeId);
  await page.waitForFunction(
    (id) => window.cy!.edges(`[type = "${id}"]`).filter(':visible').length === 0,
    typeId,
  );
}

/**
 * Drops files on the window the way a browser does: dragenter, dragover and drop events carrying a
 * DataTransfer with the files.
 */
export async function dropFiles(
  page: Page,
  files: readonly { name: string; text?: string; size?: number }[],
): Promise<void> {
  await page.evaluate(async (list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const body = f.text !== undefined ? [f.text] : [new Uint8Array(f.size ?? 0)];
      transfer.items.add(new File(body, f.name));
    }
    const target = document.querySelector('main') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      await new Promise((r) => setTimeout(r, 20));
    }
  }, files);
}

export type OpenAnswer = 'Replace' | 'Merge' | 'Cancel';

/** Answers the question Open… asks while a graph is on screen, and waits until the dialog is gone. */
export async function answerOpen(page: Page, answer: OpenAnswer = 'Replace'): Promise<void> {
  const dialog = page.getByRole('dialog', { name: /^Open / });
  await dialog.getByRole('button', { name: answer, exact: true }).click();
  await expect(dialog).toBeHidden();
}

type FileToOpen = string | { name: string; mimeType: string; buffer: Buffer };

/** Chooses `file` with Open… and answers Replace (or `answer`). */
export async function openFile(page: Page, file: FileToOpen, answer: OpenAnswer = 'Replace'): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await choosing).setFiles(file);
  await answerOpen(page, answer);
}
