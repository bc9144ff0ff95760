/**
 * Edges drawn across actors they do not join mislead: "Putin → Global South" passing under
 * "UN Security Council" reads as the Council's relation. These functions count such crossings in
 * plain geometry (no canvas), so a layout can be measured and nudged, and a test can assert on it.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An axis-aligned box: x1 < x2, y1 < y2. */
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface DrawnNode {
  readonly id: string;
  readonly box: Box;
}

export interface DrawnEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The drawn line as a polyline (a curve sampled into segments), from source to target. */
  readonly points: readonly Point[];
}

export interface EdgeNodeOverlap {
  readonly edge: string;
  readonly node: string;
}

/** Whether the segment a–b passes through the box (Liang–Barsky clipping). */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const clips: readonly (readonly [number, number])[] = [
    [-dx, a.x - box.x1],
    [dx, box.x2 - a.x],
    [-dy, a.y - box.y1],
    [dy, box.y2 - a.y],
  ];
  for (const [p, q] of clips) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** Every (edge, node) pair where the edge's line passes through a node that is not one of its ends. */
export function edgeNodeOverlaps(
  nodes: readonly DrawnNode[],
  edges: readonly DrawnEdge[],
): EdgeNodeOverlap[] {
  const found: EdgeNodeOverlap[] = [];
  for (const edge of edges) {
    const bounds = boundsOf(edge.points);
    for (const node of nodes) {
      if (node.id === edge.source || node.id === edge.target) continue;
      if (!boxesMeet(bounds, node.box)) continue;
      for (let i = 1; i < edge.points.length; i++) {
        if (segmentCrossesBox(edge.points[i - 1]!, edge.points[i]!, node.box)) {
          found.push({ edge: edge.id, node: node.id });
          break;
        }
      }
    }
  }
  return found;
}

export function boundsOf(points: readonly Point[]): Box {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  return { x1, y1, x2, y2 };
}

export const boxesMeet = (a: Box, b: Box): boolean =>
  a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;

/** A quadratic Bézier from a through control c to b, as `steps` segments. */
export function sampleQuadratic(a: Point, c: Point, b: Point, steps = 8): Point[] {
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    points.push({
      x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
      y: u * u * a.y + 2 * u * t * c.y + t * t * b.y,
    });
  }
  return points;
}
