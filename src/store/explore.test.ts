import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../domain/filters';
import { pairKey } from '../domain/parallel';
import { actor, relationType } from '../domain/testing';
import type { Graph } from '../domain/types';
import { DEFAULT_VIEW } from '../domain/view';
import { useAppStore } from './index';
import {
  selectMergedView,
  selectTableRelationCount,
  selectTableRelationIds,
  selectTheme,
  selectVisibility,
} from './selectors';

const ev = { sourceId: 's1', start: 0, end: 1, quote: 'x' };
const graph: Graph = {
  schemaVersion: 1,
  sources: [{ id: 's1', title: 'S', author: '', publisher: '', published: '2025-01-01', text: 'x' }],
  actors: [actor('a', 'A'), actor('b', 'B'), actor('c', 'C', 'person')],
  relationTypes: [relationType('praises', 1), relationType('warns', 3)],
  relations: [
    { id: 'ab1', source: 'a', target: 'b', type: 'praises', evidence: [ev] },
    { id: 'ab2', source: 'b', target: 'a', type: 'warns', evidence: [ev, ev] },
    { id: 'bc', source: 'b', target: 'c', type: 'warns', evidence: [ev] },
  ],
};
const store = useAppStore;

beforeEach(() => {
  store.getState().loadGraph(graph);
  store.setState({ ...DEFAULT_VIEW, focusActor: null, mergeParallel: false, expandedPairs: [] });
});

describe('explore state', () => {
  it('a new graph keeps the selection, focus and filters that still apply', () => {
    store.getState().selectRelation('ab2', 1);
    store.getState().focusOn('c');
    store.getState().toggleType('warns');
    store.getState().toggleSource('s1');
    store.getState().loadGraph({ ...graph, relations: graph.relations.slice(1) });
    expect(store.getState().selection).toEqual({ kind: 'relation', id: 'ab2', evidenceIndex: 1 });
    expect(store.getState().focusActor).toBe('c');
    expect(store.getState().filters.hiddenTypes).toEqual(['warns']);

    store.getState().loadGraph({
      ...graph,
      sources: [],
      actors: graph.actors.slice(0, 2),
      relationTypes: graph.relationTypes.slice(0, 1),
      relations: graph.relations.slice(0, 1),
    });
    expect(store.getState().selection).toBeNull();
    expect(store.getState().focusActor).toBeNull();
    expect(store.getState().filters).toEqual(DEFAULT_FILTERS);
  });

  it('filter actions clamp what a slider or a link could send', () => {
    const s = store.getState();
    s.setMinEvidence(0);
    expect(store.getState().filters.minEvidence).toBe(1);
    s.setMinEvidence(99);
    expect(store.getState().filters.minEvidence).toBe(10);
    s.setMinConfidence(0.333);
    expect(store.getState().filters.minConfidence).toBe(0.33);
    s.setMinConfidence(Number.NaN);
    expect(store.getState().filters.minConfidence).toBe(0);
    s.setTypesShown(['praises', 'warns'], false);
    expect(store.getState().filters.hiddenTypes).toEqual(['praises', 'warns']);
    s.resetFilters();
    expect(store.getState().filters).toBe(DEFAULT_FILTERS);
  });

  it('visibility is memoised and follows filters and focus', () => {
    const first = selectVisibility(store.getState());
    expect(selectVisibility(store.getState())).toBe(first);
    expect(selectTableRelationCount(store.getState())).toBe(selectTableRelationIds(store.getState()).length);
    expect(selectTableRelationCount(store.getState())).toBeGreaterThan(1);
    store.getState().setFocusSettings({ mode: 'hide' });
    store.getState().focusOn('c');
    const focused = selectVisibility(store.getState());
    expect([...focused.relations]).toEqual(['bc']);
    expect(selectTableRelationIds(store.getState())).toEqual(['bc']);
    expect(selectTableRelationCount(store.getState())).toBe(1);
  });

  it('merging pairs keeps the selected relation’s pair expanded', () => {
    store.getState().setMergeParallel(true);
    expect(selectMergedView(store.getState()).pairs.map((p) => p.key)).toEqual([pairKey('a', 'b')]);
    store.getState().selectRelation('ab1');
    expect(selectMergedView(store.getState()).pairs).toEqual([]);
    store.getState().clearSelection();
    store.getState().expandPair(pairKey('a', 'b'));
    expect(selectMergedView(store.getState()).pairs).toEqual([]);
    store.getState().collapsePairs();
    expect(selectMergedView(store.getState()).mergedAway.size).toBe(2);
  });

  it('the theme follows the system unless chosen', () => {
    store.setState({ themeChoice: 'system', systemDark: true });
    expect(selectTheme(store.getState())).toBe('dark');
    store.getState().setThemeChoice('light');
    expect(selectTheme(store.getState())).toBe('light');
  });
});
