/**
 * Node shapes for the image exports, as outlines both the PNG legend (canvas 2D) and the SVG writer
 * draw. Cytoscape's own shape code is private to its renderer, so these are drawn from first
 * principles and only need to read as the same shape.
 */

export type ShapeOutline =
  | { readonly kind: 'ellipse' }
  /** Corner radius as a share of the smaller side. */
  | { readonly kind: 'round-rect'; readonly radius: number }
  /** Corners in a unit box from -1 to 1 on both axes. */
  | {
      readonly kind: 'polygon';
      readonly points: readonly (readonly [number, number])[];
      readonly round: boolean;
    };

const regular = (corners: number, offset: number): [number, number][] =>
  Array.from({ length: corners }, (_, i) => {
    const angle = offset + (i * 2 * Math.PI) / corners;
    return [Math.cos(angle), Math.sin(angle)];
  });

const POLYGONS: Readonly<Record<string, readonly (readonly [number, number])[]>> = {
  triangle: [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  pentagon: regular(5, -Math.PI / 2),
  hexagon: regular(6, 0),
  heptagon: regular(7, -Math.PI / 2),
  octagon: regular(8, Math.PI / 8),
  star: Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? 1 : 0.45;
    return [r * Math.cos(angle), r * Math.sin(angle)] as [number, number];
  }),
  vee: [
    [-1, -1],
    [0, -0.33],
    [1, -1],
    [0, 1],
  ],
};

/** The outline for a Cytoscape `shape` value; unknown shapes fall back to a rectangle. */
export function shapeOutline(shape: string): ShapeOutline {
  if (shape === 'ellipse') return { kind: 'ellipse' };
  const round = shape.startsWith('round-') || shape.startsWith('cut-');
  const base = round ? shape.replace(/^(round|cut)-/, '') : shape;
  const points = POLYGONS[base];
  if (points) return { kind: 'polygon', points, round };
  if (base === 'rectangle' || base === 'tag' || base === 'barrel' || base === 'rhomboid') {
    return { kind: 'round-rect', radius: round ? 0.25 : 0 };
  }
  return { kind: 'round-rect', radius: 0 };
}

/** Corners of a polygon outline placed at (cx, cy) in a w×h box. */
export const placePoints = (
  points: readonly (readonly [number, number])[],
  cx: number,
  cy: number,
  w: number,
  h: number,
): [number, number][] => points.map(([x, y]) => [cx + (x * w) / 2, cy + (y * h) / 2]);

/** Traces an outline as the current path of a 2D context (the caller fills and strokes). */
export function traceShape(
  ctx: CanvasRenderingContext2D,
  outline: ShapeOutline,
  cx: number,
  cy: number,
  w: number,
  h: number,
): void {
  ctx.beginPath();
  if (outline.kind === 'ellipse') {
    ctx.ellipse(cx, cy, w / 2, h / 2, 0, 0, 2 * Math.PI);
  } else if (outline.kind === 'round-rect') {
    ctx.roundRect(cx - w / 2, cy - h / 2, w, h, outline.radius * Math.min(w, h));
  } else {
    placePoints(outline.points, cx, cy, w, h).forEach(([x, y], i) =>
      i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y),
    );
    ctx.closePath();
  }
}
