import { describe, expect, it } from 'vitest';
import { edgeNodeOverlaps, segmentCrossesBox } from './edgeOverlaps';
import { crossingsOf, untangle, type UntangleNode } from './untangle';

const box = { x1: 0, y1: 0, x2: 10, y2: 10 };
const node = (id: string, x: number, y: number): UntangleNode => ({
  id,
  x,
  y,
  extent: { left: 20, right: 20, top: 15, bottom: 30 },
});

describe('segmentCrossesBox', () => {
  it('finds a segment through, into or along a box and not one that passes by', () => {
    expect(segmentCrossesBox({ x: -5, y: 5 }, { x: 15, y: 5 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 5, y: 5 }, { x: 50, y: 50 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: -5, y: 12 }, { x: 15, y: 12 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: -5, y: 30 }, { x: 30, y: -5 }, box)).toBe(false);
  });
});

describe('edgeNodeOverlaps', () => {
  it('counts an edge across an actor it does not join, never across its own ends', () => {
    const nodes = [
      { id: 'a', box: { x1: -5, y1: -5, x2: 5, y2: 5 } },
      { id: 'b', box: { x1: 95, y1: -5, x2: 105, y2: 5 } },
      { id: 'c', box: { x1: 45, y1: -5, x2: 55, y2: 5 } },
    ];
    const edges = [
      {
        id: 'ab',
        source: 'a',
        target: 'b',
        points: [
          { x: 0, y: 0 },
          { x: 100, y: 0 },
        ],
      },
    ];
    expect(edgeNodeOverlaps(nodes, edges)).toEqual([{ edge: 'ab', node: 'c' }]);
    expect(edgeNodeOverlaps(nodes.slice(0, 2), edges)).toEqual([]);
  });
});

describe('untangle', () => {
  it('moves an actor off a bundle it sits in, and leaves a clear drawing alone', () => {
    const nodes = [node('a', 0, 0), node('b', 400, 0), node('c', 200, 0), node('d', 200, 300)];
    const pairs = [
      { a: 'a', b: 'b', count: 3 },
      { a: 'c', b: 'd', count: 1 },
    ];
    const before = new Map(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
    expect(crossingsOf(nodes, pairs, before, 44)).toBeGreaterThan(0);
    const after = untangle(nodes, pairs, { step: 44, margin: 6 });
    expect(crossingsOf(nodes, pairs, after, 44)).toBe(0);
    // Deterministic: the same answer again.
    expect(untangle(nodes, pairs, { step: 44, margin: 6 })).toEqual(after);
    const clear = untangle(nodes, pairs.slice(1), { step: 44, margin: 6 });
    expect(clear.get('a')).toEqual({ x: 0, y: 0 });
  });
});
