import { describe, expect, it } from 'vitest';
import { findPaths, pathMembers, shortestPaths, type PathQueryInput } from './paths';
import type { Relation } from './types';

const r = (id: string, source: string, target: string, type = 'd'): Relation => ({
  id,
  source,
  target,
  type,
  evidence: [],
});
const isDirected = (type: string) => type !== 's';

// a → b → d and a → c → d (two shortest paths, one of them with two parallel relations on a hop),
// d → e, a symmetric e — f, and g alone with h.
const relations = [
  r('ab', 'a', 'b'),
  r('ac', 'a', 'c'),
  r('bd', 'b', 'd'),
  r('bd2', 'b', 'd'),
  r('cd', 'c', 'd'),
  r('de', 'd', 'e'),
  r('ef', 'e', 'f', 's'),
  r('ae', 'a', 'x'),
  r('gh', 'g', 'h'),
];
const actors = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'x'];

const query = (from: string, to: string, extra: Partial<PathQueryInput> = {}) =>
  findPaths({
    relations,
    visibleRelations: new Set(relations.map((x) => x.id)),
    visibleActors: new Set(actors),
    isDirected,
    from,
    to,
    direction: 'follow',
    ...extra,
  });

describe('shortestPaths', () => {
  it('lists every shortest path, each hop with all its parallel relations', () => {
    const result = shortestPaths(relations, isDirected, 'a', 'd', 'follow');
    expect(result).toEqual({
      found: true,
      length: 2,
      total: 2,
      paths: [
        {
          actors: ['a', 'b', 'd'],
          hops: [
            { from: 'a', to: 'b', relationIds: ['ab'] },
            { from: 'b', to: 'd', relationIds: ['bd', 'bd2'] },
          ],
        },
        {
          actors: ['a', 'c', 'd'],
          hops: [
            { from: 'a', to: 'c', relationIds: ['ac'] },
            { from: 'c', to: 'd', relationIds: ['cd'] },
          ],
        },
      ],
    });
  });

  it('walks a symmetric relation both ways even when following arrows', () => {
    const result = shortestPaths(relations, isDirected, 'f', 'e', 'follow');
    expect(result.found && result.paths[0]?.actors).toEqual(['f', 'e']);
  });

  it('following arrows never walks a directed relation backwards; any direction does', () => {
    expect(shortestPaths(relations, isDirected, 'd', 'a', 'follow').found).toBe(false);
    const back = shortestPaths(relations, isDirected, 'd', 'a', 'any');
    expect(back.found && back.paths.map((p) => p.actors)).toEqual([
      ['d', 'b', 'a'],
      ['d', 'c', 'a'],
    ]);
  });

  it('counts every shortest path but lists at most the cap', () => {
    // A ladder of 5 rungs of two parallel routes: 2^5 = 32 shortest paths.
    const ladder: Relation[] = [];
    for (let i = 0; i < 5; i++) {
      ladder.push(r(`u${i}`, `n${i}`, `up${i}`), r(`v${i}`, `up${i}`, `n${i + 1}`));
      ladder.push(r(`w${i}`, `n${i}`, `dn${i}`), r(`y${i}`, `dn${i}`, `n${i + 1}`));
    }
    const result = shortestPaths(ladder, isDirected, 'n0', 'n5', 'follow', 4);
    expect(
      result.found && { length: result.length, total: result.total, listed: result.paths.length },
    ).toEqual({ length: 10, total: 32, listed: 4 });
  });

  it('finds nothing from an actor to itself', () => {
    expect(shortestPaths(relations, isDirected, 'a', 'a', 'any').found).toBe(false);
  });
});

describe('findPaths', () => {
  it('reports the paths with the direction asked for', () => {
    const report = query('a', 'f');
    expect(report.found && { length: report.length, direction: report.direction }).toEqual({
      length: 4,
      direction: 'follow',
    });
  });

  it('says when the same actor is chosen twice', () => {
    expect(query('a', 'a')).toEqual({ found: false, reason: { kind: 'same-actor' } });
  });

  it('says which end the filters hide', () => {
    expect(query('a', 'f', { visibleActors: new Set(['a', 'b']) })).toEqual({
      found: false,
      reason: { kind: 'actor-hidden', actorIds: ['f'] },
    });
  });

  it('says when a path runs only against the arrows', () => {
    expect(query('e', 'a')).toEqual({ found: false, reason: { kind: 'against-arrows', length: 3 } });
  });

  it('says when a path exists only through hidden relations', () => {
    const visibleRelations = new Set(['ab', 'ac', 'ef']);
    expect(query('a', 'e', { visibleRelations })).toEqual({
      found: false,
      reason: { kind: 'filtered-out', length: 3, direction: 'follow' },
    });
    // Hidden and against the arrows at once: the unfiltered graph has it only in any direction.
    expect(query('e', 'a', { visibleRelations })).toEqual({
      found: false,
      reason: { kind: 'filtered-out', length: 3, direction: 'any' },
    });
  });

  it('says when the two actors are in different components', () => {
    expect(query('a', 'g', { direction: 'any' })).toEqual({
      found: false,
      reason: { kind: 'different-components' },
    });
  });
});

describe('pathMembers', () => {
  it('collects the actors and relations of every listed path', () => {
    const result = shortestPaths(relations, isDirected, 'a', 'd', 'follow');
    const members = pathMembers(result.found ? result.paths : []);
    expect([...members.actors].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...members.relations].sort()).toEqual(['ab', 'ac', 'bd', 'bd2', 'cd']);
  });
});
