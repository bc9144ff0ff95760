/**
 * Fewer edges across actors for layouts with a structure of their own (breadth-first rows, concentric
 * rings, a grid): instead of moving actors anywhere, which would break the rows and rings the reader
 * chose, actors trade places with others of the same row, ring or grid while that lowers the crossings
 * (edges through actors, by the model `untangle` uses). Deterministic: swaps are tried in a fixed order.
 */
import { boxesMeet, type Point } from './edgeOverlaps';
import { boxAt, crossingsOf, type UntangleNode, type UntanglePair } from './untangle';

/** Actors whose boxes meet, label included: a swap must not put a long label on its neighbour. */
function actorsMeeting(nodes: readonly UntangleNode[], pos: ReadonlyMap<string, Point>): number {
  const boxes = nodes.map((n) => boxAt(n, pos.get(n.id)!, 0));
  let count = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (boxesMeet(boxes[i]!, boxes[j]!)) count++;
  return count;
}

/** Curve-against-actor tests allowed in all (about a second of work at the most). */
const WORK_LIMIT = 20_000_000;

export interface SwapOptions {
  /** Distance between the control points of parallel curves (the stylesheet's step size). */
  readonly step: number;
  readonly rounds?: number;
}

/**
 * Positions after swaps within each group (ids of one row or ring); actors in no group stay. Swaps count
 * crossings and actors put on each other alike.
 */
export function untangleBySwaps(
  nodes: readonly UntangleNode[],
  pairs: readonly UntanglePair[],
  groups: readonly (readonly string[])[],
  options: SwapOptions,
): Map<string, Point> {
  const { step, rounds = 4 } = options;
  // Each try re-counts every curve against every actor: cap the tries so a large grid stays quick.
  const curves = pairs.reduce((sum, p) => sum + p.count, 0);
  let tries = Math.max(100, Math.floor(WORK_LIMIT / Math.max(1, curves * nodes.length)));
  const pos = new Map<string, Point>(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  const cost = () => crossingsOf(nodes, pairs, pos, step) + actorsMeeting(nodes, pos);
  let best = cost();
  for (let round = 0; round < rounds && best > 0; round++) {
    let improved = false;
    for (const group of groups) {
      for (let i = 0; i < group.length && best > 0; i++) {
        for (let j = i + 1; j < group.length && best > 0; j++) {
          if (tries-- <= 0) return pos;
          const a = group[i]!;
          const b = group[j]!;
          const pa = pos.get(a)!;
          const pb = pos.get(b)!;
          pos.set(a, pb);
          pos.set(b, pa);
          const after = cost();
          if (after < best) {
            best = after;
            improved = true;
          } else {
            pos.set(a, pa);
            pos.set(b, pb);
          }
        }
      }
    }
    if (!improved) break;
  }
  return pos;
}

/**
 * Rows or rings of a structured layout: actors at the same distance (within `tolerance`) from
 * `centre` when one is given (rings), else at the same height (rows).
 */
export function levelsOf(nodes: readonly UntangleNode[], centre: Point | null, tolerance = 4): string[][] {
  const key = (n: UntangleNode) => (centre ? Math.hypot(n.x - centre.x, n.y - centre.y) : n.y);
  const sorted = [...nodes].sort((a, b) => key(a) - key(b));
  const levels: string[][] = [];
  let last = -Infinity;
  for (const n of sorted) {
    const k = key(n);
    if (k - last > tolerance || levels.length === 0) levels.push([]);
    levels.at(-1)!.push(n.id);
    last = k;
  }
  return levels;
}
