import { describe, expect, it } from 'vitest';
import {
  computeVisibility,
  DEFAULT_FILTERS,
  evidencePasses,
  isDefaultFilters,
  setInList,
  supportingEvidence,
  toggleInList,
  type Filters,
} from './filters';
import { evidence, relation, relationType } from './testing';
import type { Graph } from './types';

const graph: Graph = {
  schemaVersion: 1,
  sources: ['s1', 's2'].map((id) => ({
    id,
    title: id,
    author: '',
    publisher: '',
    published: '2025-01-01',
    text: 'x',
  })),
  actors: [
    { id: 'ru', label: 'Russia', kind: 'state', aliases: [] },
    { id: 'cn', label: 'China', kind: 'state', aliases: [] },
    { id: 'xi', label: 'Xi', kind: 'person', aliases: [] },
    { id: 'nato', label: 'NATO', kind: 'organization', aliases: [] },
    { id: 'un', label: 'UN', kind: 'organization', aliases: [] },
  ],
  relationTypes: [
    relationType('praises', 1),
    relationType('trades_with', 2, false),
    relationType('accuses', 3),
    relationType('attacks', 4),
  ],
  relations: [
    relation('r1', 'ru', 'cn', 'praises', [evidence('s1'), evidence('s1', { start: 5 })]),
    relation('r2', 'cn', 'ru', 'trades_with', [evidence('s2', { confidence: 0.9 })]),
    relation('r3', 'xi', 'nato', 'accuses', [
      evidence('s1', { confidence: 0.4 }),
      evidence('s2', { confidence: 0.7 }),
    ]),
    relation('r4', 'ru', 'nato', 'attacks', [evidence('s2', { negated: true })]),
    relation('r5', 'nato', 'ru', 'accuses', [evidence('s2', { negated: true, confidence: 0.95 })]),
  ],
};

const visible = (filters: Partial<Filters>) => {
  const v = computeVisibility(graph, filters);
  return { relations: [...v.relations].sort(), actors: [...v.actors].sort() };
};

describe('computeVisibility', () => {
  it('shows everything under the default filters, negated-only relations too (drawn dashed)', () => {
    expect(isDefaultFilters(DEFAULT_FILTERS)).toBe(true);
    // r4 (curated) and r5 (extracted) say only that something did not happen.
    expect(visible(DEFAULT_FILTERS)).toEqual({
      relations: ['r1', 'r2', 'r3', 'r4', 'r5'],
      actors: ['cn', 'nato', 'ru', 'un', 'xi'],
    });
  });

  it('hides relation types', () => {
    expect(visible({ hiddenTypes: ['praises', 'accuses'] }).relations).toEqual(['r2', 'r4']);
  });

  it('hides actor kinds and every relation touching them', () => {
    expect(visible({ hiddenKinds: ['organization'] })).toEqual({
      relations: ['r1', 'r2'],
      actors: ['cn', 'ru', 'xi'],
    });
  });

  it('keeps relations with at least the minimum number of sentences', () => {
    expect(visible({ minEvidence: 2 }).relations).toEqual(['r1', 'r3']);
    expect(visible({ minEvidence: 3 }).relations).toEqual([]);
  });

  it('keeps a relation when some evidence comes from a source that is switched on', () => {
    expect(visible({ hiddenSources: ['s1'] }).relations).toEqual(['r2', 'r3', 'r4', 'r5']);
    expect(visible({ hiddenSources: ['s2'] }).relations).toEqual(['r1', 'r3']);
    expect(visible({ hiddenSources: ['s1', 's2'] }).relations).toEqual([]);
  });

  it('counts only evidence from visible sources towards the minimum', () => {
    expect(visible({ hiddenSources: ['s2'], minEvidence: 2 }).relations).toEqual(['r1']);
  });

  it('applies the confidence threshold to extractor evidence; curated evidence counts as 1', () => {
    expect(visible({ minConfidence: 0.5 }).relations).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(visible({ minConfidence: 0.8 }).relations).toEqual(['r1', 'r2', 'r4', 'r5']);
    expect(visible({ minConfidence: 1 }).relations).toEqual(['r1', 'r4']);
    // The 0.4 sentence no longer counts, so r3 has one sentence left.
    expect(visible({ minConfidence: 0.5, minEvidence: 2 }).relations).toEqual(['r1']);
  });

  it('counts negated sentences like any other, curated or extracted, under the threshold', () => {
    const autoNegated = relation('n', 'ru', 'cn', 'praises', [
      evidence('s1', { negated: true, confidence: 0.9 }),
      evidence('s2', { confidence: 0.3 }),
    ]);
    expect(evidencePasses(autoNegated, { ...DEFAULT_FILTERS, minConfidence: 0.2 })).toBe(true);
    // Above 0.3 only the negated sentence supports it: drawn, as not having happened.
    expect(evidencePasses(autoNegated, { ...DEFAULT_FILTERS, minConfidence: 0.5 })).toBe(true);
    expect(supportingEvidence(autoNegated, { ...DEFAULT_FILTERS, minConfidence: 0.5 })).toHaveLength(1);
    expect(evidencePasses(autoNegated, { ...DEFAULT_FILTERS, minConfidence: 0.95 })).toBe(false);
    expect(evidencePasses(autoNegated, { ...DEFAULT_FILTERS, minConfidence: 0.5, minEvidence: 2 })).toBe(
      false,
    );
  });

  it('shows a relation with no evidence only in the unfiltered view', () => {
    const bare = relation('b', 'ru', 'cn', 'praises', []);
    expect(evidencePasses(bare, DEFAULT_FILTERS)).toBe(true);
    expect(evidencePasses(bare, { ...DEFAULT_FILTERS, minEvidence: 2 })).toBe(false);
    expect(evidencePasses(bare, { ...DEFAULT_FILTERS, hiddenSources: ['s9'] })).toBe(false);
  });

  it('hides actors left with no visible relation when asked', () => {
    expect(visible({ hideIsolated: true }).actors).toEqual(['cn', 'nato', 'ru', 'xi']);
    expect(visible({ hideIsolated: true, hiddenTypes: ['accuses', 'attacks'] }).actors).toEqual(['cn', 'ru']);
  });

  it('composes every filter at once', () => {
    const f: Filters = {
      hiddenTypes: ['praises'],
      hiddenKinds: ['person'],
      hiddenSources: ['s1'],
      minEvidence: 1,
      minConfidence: 0.5,
      hideIsolated: true,
      hiddenStatuses: ['rejected'],
      hideUnsupported: false,
      timeWindow: { from: '', to: '' },
    };
    expect(visible(f)).toEqual({ relations: ['r2', 'r4', 'r5'], actors: ['cn', 'nato', 'ru'] });
  });
});

describe('computeVisibility by review status', () => {
  const reviewed: Graph = {
    ...graph,
    relations: [
      relation('curated', 'ru', 'cn', 'praises', [evidence('s1')]),
      relation('open', 'ru', 'nato', 'accuses', [evidence('s1', { confidence: 0.6 })]),
      relation('kept', 'cn', 'nato', 'accuses', [evidence('s1', { confidence: 0.6, status: 'accepted' })]),
      relation('gone', 'xi', 'nato', 'accuses', [
        evidence('s1', { confidence: 0.6, status: 'rejected' }),
        evidence('s2', { confidence: 0.8, status: 'rejected' }),
      ]),
      // A curated relation the extractor also found, and whose extracted sentence was rejected.
      relation('mixed', 'cn', 'ru', 'praises', [
        evidence('s1'),
        evidence('s2', { confidence: 0.7, status: 'rejected' }),
      ]),
      relation('imported', 'un', 'ru', 'accuses', [evidence('s2', { status: 'imported' })]),
      relation('bare', 'un', 'cn', 'praises', []),
    ],
  };
  const shown = (filters: Partial<Filters>) => [...computeVisibility(reviewed, filters).relations].sort();

  it('hides relations whose every sentence was rejected, by default', () => {
    expect(shown({})).toEqual(['bare', 'curated', 'imported', 'kept', 'mixed', 'open']);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, hiddenStatuses: ['rejected'] })).toBe(true);
  });

  it('shows rejected relations when no status is hidden', () => {
    expect(shown({ hiddenStatuses: [] })).toEqual(
      ['bare', 'curated', 'gone', 'imported', 'kept', 'mixed', 'open'].sort(),
    );
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, hiddenStatuses: [] })).toBe(false);
  });

  it('keeps a relation while any of its sentences has a status that is shown', () => {
    expect(shown({ hiddenStatuses: ['curated', 'rejected'] })).toEqual(['bare', 'imported', 'kept', 'open']);
    expect(shown({ hiddenStatuses: ['extracted', 'accepted', 'imported'] })).toEqual(
      ['bare', 'curated', 'gone', 'mixed'].sort(),
    );
  });

  it('counts only sentences of shown statuses towards the minimum', () => {
    expect(shown({ minEvidence: 2 })).toEqual([]);
    expect(shown({ minEvidence: 2, hiddenStatuses: [] })).toEqual(['gone', 'mixed']);
  });

  it('hides unsupported relations only when asked', () => {
    expect(shown({ hideUnsupported: true })).not.toContain('bare');
    expect(shown({ hideUnsupported: true, hiddenStatuses: [] })).toHaveLength(6);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, hideUnsupported: true })).toBe(false);
  });

  it('any other set of hidden statuses is not the default view', () => {
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, hiddenStatuses: ['rejected', 'curated'] })).toBe(false);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, hiddenStatuses: ['extracted'] })).toBe(false);
  });
});

describe('visibility invariant', () => {
  it('keeps a relation only with both of its actors, whatever the filters and focus', () => {
    const cases: Array<[Partial<Filters>, Parameters<typeof computeVisibility>[2]]> = [
      [{}, null],
      [{ hiddenKinds: ['person'] }, null],
      [{ hideIsolated: true, hiddenTypes: ['accuses'] }, null],
      [{ hideIsolated: true }, { actorId: 'ru', depth: 1, direction: 'out', mode: 'hide' }],
      [{ minConfidence: 0.8 }, { actorId: 'xi', depth: 2, direction: 'both', mode: 'hide' }],
    ];
    for (const [filters, focus] of cases) {
      const v = computeVisibility(graph, filters, focus);
      const kept = graph.relations.filter((r) => v.relations.has(r.id));
      expect(kept.length).toBe(v.relations.size);
      for (const r of kept) expect(v.actors.has(r.source) && v.actors.has(r.target), r.id).toBe(true);
    }
  });
});

describe('computeVisibility with a focus', () => {
  const focus = (
    actorId: string,
    depth: 1 | 2 | 3,
    direction: 'out' | 'in' | 'both',
    mode: 'fade' | 'hide',
  ) => ({
    actorId,
    depth,
    direction,
    mode,
  });

  it('fade mode leaves visibility alone and reports the neighbourhood', () => {
    const v = computeVisibility(graph, DEFAULT_FILTERS, focus('xi', 1, 'both', 'fade'));
    expect(v.relations.size).toBe(5);
    expect([...v.focus!.actors].sort()).toEqual(['nato', 'xi']);
    expect([...v.focus!.relations]).toEqual(['r3']);
  });

  it('hide mode keeps only the neighbourhood', () => {
    const v = computeVisibility(graph, DEFAULT_FILTERS, focus('ru', 1, 'out', 'hide'));
    // Out of Russia: praises China, attacks NATO; trades_with is symmetric, so it counts both ways.
    expect([...v.relations].sort()).toEqual(['r1', 'r2', 'r4']);
    expect([...v.actors].sort()).toEqual(['cn', 'nato', 'ru']);
  });

  it('walks the filtered graph only', () => {
    const v = computeVisibility(graph, { hiddenTypes: ['attacks'] }, focus('ru', 2, 'out', 'hide'));
    expect([...v.actors].sort()).toEqual(['cn', 'ru']);
  });

  it('ignores a focus on an actor the filters hide', () => {
    const v = computeVisibility(graph, { hiddenKinds: ['person'] }, focus('xi', 1, 'both', 'hide'));
    expect(v.focus).toBeNull();
    expect(v.actors.has('ru')).toBe(true);
  });

  it('keeps the focused actor even when isolated actors are hidden', () => {
    const v = computeVisibility(
      graph,
      { hideIsolated: true, hiddenTypes: ['accuses'] },
      focus('xi', 1, 'both', 'hide'),
    );
    expect([...v.actors]).toEqual(['xi']);
  });
});

describe('list helpers', () => {
  it('toggle and set several items', () => {
    expect(toggleInList(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleInList(['a', 'b'], 'a')).toEqual(['b']);
    expect(setInList(['a', 'x'], ['a', 'b'], true)).toEqual(['x', 'a', 'b']);
    expect(setInList(['a', 'x', 'b'], ['a', 'b'], false)).toEqual(['x']);
  });
});
