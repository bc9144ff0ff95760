import { describe, expect, it } from 'vitest';
import { compareClassOf, compareSources, initialSourceSets } from './compareSources';
import { evidence, relation } from './testing';

const relations = [
  relation('r1', 'a', 'b', 't', [evidence('s1')]),
  relation('r2', 'a', 'c', 't', [evidence('s2'), evidence('s3')]),
  relation('r3', 'b', 'c', 't', [evidence('s1'), evidence('s2')]),
  relation('r4', 'c', 'd', 't', [evidence('s4')]),
  relation('r5', 'd', 'e', 't', []),
];

describe('compareSources', () => {
  it('puts each relation in only A, only B, both or neither by the sources of its sentences', () => {
    expect(compareSources(relations, { a: ['s1'], b: ['s2', 's3'] })).toEqual({
      onlyA: ['r1'],
      onlyB: ['r2'],
      both: ['r3'],
      neither: ['r4', 'r5'],
    });
  });

  it('counts only the sentences the caller lets count', () => {
    const notS1 = (r: (typeof relations)[number]) => r.evidence.filter((e) => e.sourceId !== 's1');
    expect(compareSources(relations, { a: ['s1'], b: ['s2'] }, notS1)).toMatchObject({
      onlyA: [],
      onlyB: ['r2', 'r3'],
      both: [],
    });
  });

  it('maps each compared relation to its class', () => {
    const classes = compareClassOf(compareSources(relations, { a: ['s1'], b: ['s2'] }));
    expect(Object.fromEntries(classes)).toEqual({ r1: 'onlyA', r2: 'onlyB', r3: 'both' });
  });
});

describe('initialSourceSets', () => {
  it('starts with the first source against the rest', () => {
    expect(initialSourceSets(['s1', 's2', 's3'])).toEqual({ a: ['s1'], b: ['s2', 's3'] });
    expect(initialSourceSets([])).toEqual({ a: [], b: [] });
  });

  it('keeps earlier sets, minus sources the graph no longer has', () => {
    expect(initialSourceSets(['s1', 's2'], { a: ['s2', 'gone'], b: ['s1'] })).toEqual({
      a: ['s2'],
      b: ['s1'],
    });
    expect(initialSourceSets(['s1', 's2'], { a: ['gone'], b: [] })).toEqual({ a: ['s1'], b: ['s2'] });
  });
});
