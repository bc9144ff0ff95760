import type { Page } from '@playwright/test';
import {
  edgeNodeOverlaps,
  type DrawnEdge,
  type DrawnNode,
  type EdgeNodeOverlap,
} from '../src/domain/edgeOverlaps';

/**
 * What the canvas draws, as plain geometry in model coordinates: each visible actor's box (its shape
 * and, when shown, its label) and each visible edge as the line Cytoscape draws (its Bézier curve
 * sampled into segments).
 */
export async function drawnGeometry(page: Page): Promise<{ nodes: DrawnNode[]; edges: DrawnEdge[] }> {
  return page.evaluate(() => {
    const cy = window.cy!;
    const nodes = cy.nodes(':visible').map((n) => {
      const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
      return { id: n.id(), box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 } };
    });
    const edges = cy.edges(':visible').map((e) => {
      const a = e.sourceEndpoint();
      const b = e.targetEndpoint();
      const controls = (e.controlPoints() as { x: number; y: number }[] | undefined) ?? [];
      const points: { x: number; y: number }[] = [];
      if (controls.length === 0) points.push(a, b);
      else {
        // Cytoscape chains quadratic curves through the midpoints of consecutive control points.
        const anchors = [a];
        for (let i = 0; i < controls.length - 1; i++)
          anchors.push({
            x: (controls[i]!.x + controls[i + 1]!.x) / 2,
            y: (controls[i]!.y + controls[i + 1]!.y) / 2,
          });
        anchors.push(b);
        for (let i = 0; i < controls.length; i++) {
          const p = anchors[i]!;
          const c = controls[i]!;
          const q = anchors[i + 1]!;
          for (let k = i === 0 ? 0 : 1; k <= 8; k++) {
            const t = k / 8;
            const u = 1 - t;
            points.push({
              x: u * u * p.x + 2 * u * t * c.x + t * t * q.x,
              y: u * u * p.y + 2 * u * t * c.y + t * t * q.y,
            });
          }
        }
      }
      return { id: e.id(), source: e.source().id(), target: e.target().id(), points };
    });
    return { nodes, edges };
  });
}

/** Edge–actor overlaps on the canvas now (edges crossing an actor they do not join). */
export async function overlapsOnCanvas(page: Page): Promise<EdgeNodeOverlap[]> {
  const { nodes, edges } = await drawnGeometry(page);
  return edgeNodeOverlaps(nodes, edges);
}
