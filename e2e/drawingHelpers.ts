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

/** Labels the canvas shows now, with their on-screen font size and box (CSS pixels). */
export async function shownLabels(page: Page): Promise<
  {
    id: string;
    group: 'nodes' | 'edges';
    px: number;
    box: { x1: number; y1: number; x2: number; y2: number };
  }[]
> {
  return page.evaluate(() => {
    const cy = window.cy!;
    const zoom = cy.zoom();
    // The style Cytoscape computed (its typings leave pstyle out).
    type Styled = { pstyle(name: string): { value: unknown; pfValue: number } };
    const style = (el: unknown, name: string) => (el as Styled).pstyle(name);
    return cy
      .elements(':visible')
      .filter((el) => String(el.data('label') ?? '') !== '' && Number(style(el, 'text-opacity').value) > 0)
      .map((el) => {
        const b = el.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        return {
          id: el.id(),
          group: el.isNode() ? ('nodes' as const) : ('edges' as const),
          px: style(el, 'font-size').pfValue * zoom,
          box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 },
        };
      });
  });
}
