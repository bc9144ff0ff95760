/**
 * Whether a click lands on one edge alone, asked of Cytoscape's own hit test inside the page. Edge
 * pickers run in `page.evaluate`, which cannot take functions from the test, so the check is installed
 * on the page once and the pickers call `window.__edgeAloneAt`.
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    /** True when a click at page point (x, y), at every whole pixel around it, hits edge `id` and nothing else. */
    __edgeAloneAt?: (id: string, x: number, y: number) => boolean;
  }
}

export async function installHitTest(page: Page): Promise<void> {
  await page.evaluate(() => {
    const cy = window.cy!;
    const renderer = (
      cy as unknown as {
        renderer(): {
          findNearestElements(...a: unknown[]): { id(): string }[];
          projectIntoViewport(x: number, y: number): [number, number];
        };
      }
    ).renderer();
    // A click reports whole pixels: at each pixel corner around the point, the edge must be all it hits.
    window.__edgeAloneAt = (id, x, y) =>
      [Math.floor(x), Math.ceil(x)].every((px) =>
        [Math.floor(y), Math.ceil(y)].every((py) => {
          const hits = renderer.findNearestElements(...renderer.projectIntoViewport(px, py), true, false);
          return hits.length === 1 && hits[0]!.id() === id;
        }),
      );
  });
}
