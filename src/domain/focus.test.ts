import { describe, expect, it } from 'vitest';
import { focusNeighbourhood } from './focus';
import type { Relation } from './types';

const r = (id: string, source: string, target: string, type = 'd'): Relation => ({
  id,
  source,
  target,
  type,
  evidence: [],
});

// a → b → c → d, e → a, and a symmetric b — f.
const relations = [
  r('ab', 'a', 'b'),
  r('bc', 'b', 'c'),
  r('cd', 'c', 'd'),
  r('ea', 'e', 'a'),
  r('bf', 'b', 'f', 's'),
];
const isDirected = (type: string) => type !== 's';
const around = (centre: string, depth: 1 | 2 | 3, direction: 'out' | 'in' | 'both') => {
  const n = focusNeighbourhood(relations, isDirected, centre, { depth, direction });
  return { actors: [...n.actors].sort(), relations: [...n.relations].sort() };
};

describe('focusNeighbourhood', () => {
  it('depth 1 in both directions: direct neighbours and the relations to them', () => {
    expect(around('a', 1, 'both')).toEqual({ actors: ['a', 'b', 'e'], relations: ['ab', 'ea'] });
  });

  it('follows arrows outwards only', () => {
    expect(around('a', 1, 'out')).toEqual({ actors: ['a', 'b'], relations: ['ab'] });
    expect(around('a', 3, 'out')).toEqual({
      actors: ['a', 'b', 'c', 'd', 'f'],
      relations: ['ab', 'bc', 'bf', 'cd'],
    });
  });

  it('follows arrows inwards only', () => {
    // b — f is symmetric, so it is walked inwards too.
    expect(around('c', 2, 'in')).toEqual({ actors: ['a', 'b', 'c', 'f'], relations: ['ab', 'bc', 'bf'] });
  });

  it('walks symmetric relations in either direction', () => {
    expect(around('f', 1, 'out')).toEqual({ actors: ['b', 'f'], relations: ['bf'] });
    expect(around('f', 1, 'in')).toEqual({ actors: ['b', 'f'], relations: ['bf'] });
  });

  it('widens ring by ring', () => {
    expect(around('a', 2, 'both').actors).toEqual(['a', 'b', 'c', 'e', 'f']);
    expect(around('a', 3, 'both').actors).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('an actor with no relation is its own neighbourhood', () => {
    expect(around('z', 3, 'both')).toEqual({ actors: ['z'], relations: [] });
  });
});
