import { describe, expect, it } from 'vitest';
import { crossingsOf, type UntangleNode } from './untangle';
import { levelsOf, untangleBySwaps } from './untangleSwaps';

const node = (id: string, x: number, y: number): UntangleNode => ({
  id,
  x,
  y,
  extent: { left: 15, right: 15, top: 15, bottom: 15 },
});

describe('untangleBySwaps', () => {
  // One row: a and c are related, and b sits between them on the straight line.
  const row = [node('a', 0, 0), node('b', 100, 0), node('c', 200, 0), node('d', 300, 0)];
  const pairs = [{ a: 'a', b: 'c', count: 1 }];

  it('trades places within a row until no edge runs through an actor', () => {
    const before = new Map(row.map((n) => [n.id, { x: n.x, y: n.y }]));
    expect(crossingsOf(row, pairs, before, 40)).toBe(1);
    const after = untangleBySwaps(row, pairs, [row.map((n) => n.id)], { step: 40 });
    expect(crossingsOf(row, pairs, after, 40)).toBe(0);
    // Only the row's own places are used: the same set of positions, traded.
    const places = (m: Map<string, { x: number; y: number }>) =>
      [...m.values()].map((p) => `${p.x},${p.y}`).sort();
    expect(places(after)).toEqual(places(before));
  });

  it('never trades between groups', () => {
    const after = untangleBySwaps(
      row,
      pairs,
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      { step: 40 },
    );
    // a–c through b is fixed by a↔b or c↔d; a and c keep to their own halves.
    expect(['0,0', '100,0']).toContain(`${after.get('a')!.x},${after.get('a')!.y}`);
    expect(['200,0', '300,0']).toContain(`${after.get('c')!.x},${after.get('c')!.y}`);
  });
});

describe('levelsOf', () => {
  it('groups rows by height and rings by distance from the centre', () => {
    const nodes = [node('a', 0, 0), node('b', 50, 2), node('c', 0, 100), node('d', 100, 0)];
    expect(levelsOf(nodes, null)).toEqual([['a', 'd', 'b'], ['c']]);
    expect(levelsOf(nodes, { x: 0, y: 0 })).toEqual([['a'], ['b'], ['c', 'd']]);
  });
});
