/**
 * Moves actors off the edges of others. A force layout places actors by attraction and repulsion
 * only, so an edge often runs straight under an actor it does not join and reads as that actor's
 * relation. This local search moves one actor at a time to the nearby spot that clears the most
 * crossings (edges through actors, actors on actors) for the least movement; it is deterministic
 * and needs no canvas. Edges are modelled as Cytoscape draws a bundle of parallel relations: one
 * quadratic curve per relation, fanned `step` apart.
 */
import {
  boxesMeet,
  boundsOf,
  edgeNodeOverlaps,
  sampleQuadratic,
  segmentCrossesBox,
  type Box,
  type DrawnEdge,
  type DrawnNode,
  type Point,
} from './edgeOverlaps';

export interface UntangleNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** The actor's extent around its centre, label included (the label hangs below). */
  readonly extent: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
}

/** The relations drawn between one pair of actors. */
export interface UntanglePair {
  readonly a: string;
  readonly b: string;
  readonly count: number;
}

export interface UntangleOptions {
  /** Distance between the control points of parallel curves (the stylesheet's step size). */
  readonly step: number;
  /** Clear space kept around each actor's box. */
  readonly margin: number;
  readonly rounds?: number;
}

const CROSSING_COST = 1000;
const NODE_ON_NODE_COST = 1500;
/** Per squared model pixel moved: small, so any crossing cleared is worth a long move. */
const MOVE_COST = 0.01;
/** Per squared pixel an edge is stretched or shrunk from its length before: keeps the shape. */
const STRETCH_COST = 0.004;
const RADII = [30, 60, 100, 150, 220] as const;
const DIRECTIONS = 16;

type Positions = Map<string, Point>;

export function boxAt(node: UntangleNode, p: Point, margin: number): Box {
  const e = node.extent;
  return {
    x1: p.x - e.left - margin,
    y1: p.y - e.top - margin,
    x2: p.x + e.right + margin,
    y2: p.y + e.bottom + margin,
  };
}

/** The polylines Cytoscape draws for a pair's relations, curve i bowed (i - (n-1)/2)·step. */
export function bundleCurves(a: Point, b: Point, count: number, step: number): Point[][] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const normal = { x: -dy / length, y: dx / length };
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const curves: Point[][] = [];
  for (let i = 0; i < count; i++) {
    const offset = (i - (count - 1) / 2) * step;
    if (offset === 0) curves.push([a, b]);
    else curves.push(sampleQuadratic(a, { x: mid.x + normal.x * offset, y: mid.y + normal.y * offset }, b));
  }
  return curves;
}

function curveCrosses(curve: readonly Point[], box: Box): boolean {
  if (!boxesMeet(boundsOf(curve), box)) return false;
  for (let i = 1; i < curve.length; i++) if (segmentCrossesBox(curve[i - 1]!, curve[i]!, box)) return true;
  return false;
}

/** Layout positions with fewer edges across actors; actors that need not move stay where they were. */
export function untangle(
  nodes: readonly UntangleNode[],
  pairs: readonly UntanglePair[],
  options: UntangleOptions,
): Positions {
  const { step, margin, rounds = 12 } = options;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const start: Positions = new Map(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  const pos: Positions = new Map(start);
  const live = pairs.filter((p) => byId.has(p.a) && byId.has(p.b) && p.a !== p.b);
  const restLength = new Map(live.map((p) => [p, distance(start.get(p.a)!, start.get(p.b)!)]));
  const pairsOf = new Map<string, UntanglePair[]>(nodes.map((n) => [n.id, []]));
  for (const p of live) {
    pairsOf.get(p.a)!.push(p);
    pairsOf.get(p.b)!.push(p);
  }
  const curvesOf = (p: UntanglePair) => bundleCurves(pos.get(p.a)!, pos.get(p.b)!, p.count, step);

  /** Every cost term that involves `id`, with the actor at its current position in `pos`. */
  function localCost(id: string): number {
    const node = byId.get(id)!;
    const here = pos.get(id)!;
    const box = boxAt(node, here, margin);
    let cost = MOVE_COST * distance(here, start.get(id)!) ** 2;
    // Edges of others across this actor.
    for (const p of live) {
      if (p.a === id || p.b === id) continue;
      for (const curve of curvesOf(p)) if (curveCrosses(curve, box)) cost += CROSSING_COST;
    }
    // This actor's edges across others, and how far they have been stretched.
    for (const p of pairsOf.get(id)!) {
      const curves = curvesOf(p);
      for (const other of nodes) {
        if (other.id === p.a || other.id === p.b) continue;
        const otherBox = boxAt(other, pos.get(other.id)!, margin);
        for (const curve of curves) if (curveCrosses(curve, otherBox)) cost += CROSSING_COST;
      }
      cost += STRETCH_COST * (distance(pos.get(p.a)!, pos.get(p.b)!) - restLength.get(p)!) ** 2;
    }
    for (const other of nodes) {
      if (other.id === id) continue;
      if (boxesMeet(box, boxAt(other, pos.get(other.id)!, margin))) cost += NODE_ON_NODE_COST;
    }
    return cost;
  }

  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (const node of nodes) {
      const here = pos.get(node.id)!;
      let best = { cost: localCost(node.id), at: here };
      // Nothing to clear: leave it be (moving would only trade shape for nothing).
      if (best.cost < CROSSING_COST) continue;
      for (const r of RADII) {
        for (let k = 0; k < DIRECTIONS; k++) {
          const angle = (2 * Math.PI * k) / DIRECTIONS;
          const at = { x: here.x + r * Math.cos(angle), y: here.y + r * Math.sin(angle) };
          pos.set(node.id, at);
          const cost = localCost(node.id);
          if (cost < best.cost - 1e-6) best = { cost, at };
        }
      }
      pos.set(node.id, best.at);
      if (best.at !== here) moved = true;
    }
    if (!moved) break;
  }
  return pos;
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** Crossings in a placement, by the same model as `untangle` (for tests and the layout's own check). */
export function crossingsOf(
  nodes: readonly UntangleNode[],
  pairs: readonly UntanglePair[],
  positions: Positions,
  step: number,
): number {
  const drawnNodes: DrawnNode[] = nodes.map((n) => ({ id: n.id, box: boxAt(n, positions.get(n.id)!, 0) }));
  const edges: DrawnEdge[] = [];
  for (const p of pairs) {
    const a = positions.get(p.a);
    const b = positions.get(p.b);
    if (!a || !b) continue;
    bundleCurves(a, b, p.count, step).forEach((points, i) =>
      edges.push({ id: `${p.a}|${p.b}|${i}`, source: p.a, target: p.b, points }),
    );
  }
  return edgeNodeOverlaps(drawnNodes, edges).length;
}
