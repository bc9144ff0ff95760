import { describe, expect, it } from 'vitest';
import type { RelationType } from '../../domain/types';
import { resolveTypes, slug } from './foreignGraph';

describe('slug', () => {
  it('makes safe, readable ids of any label', () => {
    expect(slug('Négocie avec…')).toBe('negocie_avec');
    expect(slug('  member-of  ')).toBe('member_of');
    expect(slug('支持')).toBe('支持');
    expect(slug('🙂!!')).toBe('type');
    expect(slug('x'.repeat(100))).toHaveLength(48);
    expect(slug('a, b')).not.toMatch(/[,\s]/);
  });
});

const open: RelationType[] = [
  {
    id: 'criticizes',
    label: 'criticizes',
    directed: true,
    polarity: 'conflict',
    quad: 3,
    cameo: [],
    plover: '',
  },
];

describe('resolveTypes', () => {
  it('gives each name and direction one type, the undirected one suffixed when both are used', () => {
    const resolved = resolveTypes([
      { key: 'allies', directed: true },
      { key: 'allies', directed: false },
      { key: 'allies', directed: false },
      { label: 'Allies', directed: true },
      { directed: true },
    ]);
    expect(resolved.types.map((t) => [t.id, t.label, t.directed, t.polarity, t.quad])).toEqual([
      ['allies', 'allies', true, 'unknown', undefined],
      ['allies_undirected', 'allies', false, 'unknown', undefined],
      ['allies_2', 'Allies', true, 'unknown', undefined],
      ['related_to', 'related to', true, 'unknown', undefined],
    ]);
    expect(resolved.typeOf).toEqual([
      'allies',
      'allies_undirected',
      'allies_undirected',
      'allies_2',
      'related_to',
    ]);
    expect(resolved.firstOf).toEqual([0, 1, 3, 4]);
    expect(resolved.untyped).toBe(1);
  });

  it('lends the open graph’s type named by id, rebuilds ours from quad classes, and never reuses their ids', () => {
    const resolved = resolveTypes(
      [
        { key: 'criticizes', label: 'criticizes', directed: true },
        { key: 'warns', label: 'warns', directed: true, quad: 3, polarity: 'conflict' },
        { label: 'criticizes', directed: true },
      ],
      open,
    );
    expect(resolved.lent).toEqual(['criticizes']);
    expect(resolved.rebuilt).toEqual(['warns']);
    expect(resolved.types[1]).toEqual({
      id: 'warns',
      label: 'warns',
      directed: true,
      polarity: 'conflict',
      quad: 3,
      cameo: [],
      plover: '',
    });
    // An edge with the same name as its label only is of the same type.
    expect(resolved.typeOf).toEqual(['criticizes', 'warns', 'criticizes']);
    expect(resolved.foreign).toEqual([]);
    // Named by labels only, "criticizes" is the file's own word, not our type.
    const labelled = resolveTypes([{ label: 'criticizes', directed: true }], open);
    expect(labelled.foreign.map((t) => t.id)).toEqual(['criticizes_2']);
  });

  it('takes an edge label as its type’s label only when all edges of the type give the same name', () => {
    const ours = resolveTypes([
      { key: 'agrees_with', label: 'agrees with', directed: false },
      { key: 'agrees_with', label: 'agrees with', directed: false },
    ]);
    expect(ours.types[0]?.label).toBe('agrees with');
    expect(ours.keptLabel).toEqual([undefined, undefined]);
    const theirs = resolveTypes([{ key: 'reports to', label: 'annual report', directed: true }]);
    expect(theirs.types[0]?.label).toBe('reports to');
    expect(theirs.keptLabel).toEqual(['annual report']);
  });

  it('handles many edges and types in linear time', () => {
    const hints = Array.from({ length: 50_000 }, (_, i) => ({
      key: `type ${i % 5000}`,
      directed: i < 25_000,
    }));
    const started = performance.now();
    const resolved = resolveTypes(hints);
    expect(resolved.types).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
