import { describe, expect, it } from 'vitest';
import { actor, relationType } from '../../domain/testing';
import type { Graph } from '../../domain/types';
import { buildCaption, citeSource, describeFilters, listWords, type FilterSettings } from './caption';

const source = (id: string, title: string, url?: string) => ({
  id,
  title,
  author: `Author ${id}`,
  publisher: 'The Daily',
  published: '2025-05-09',
  text: 'A praised B.',
  ...(url ? { url } : {}),
});
const graph: Graph = {
  schemaVersion: 1,
  sources: [source('s1', 'Parade', 'https://example.org/p'), source('s2', 'Summit')],
  actors: [actor('a', 'A'), actor('b', 'B')],
  relationTypes: [relationType('praises', 1), relationType('accuses', 3, true, { plover: 'Y' })],
  relations: [
    {
      id: 'r1',
      source: 'a',
      target: 'b',
      type: 'praises',
      evidence: [{ sourceId: 's1', start: 0, end: 12, quote: 'A praised B.' }],
    },
    {
      id: 'r2',
      source: 'b',
      target: 'a',
      type: 'accuses',
      evidence: [{ sourceId: 's2', start: 0, end: 12, quote: 'A praised B.' }],
    },
  ],
};

describe('caption', () => {
  it('lists words the way a sentence does', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['a'])).toBe('a');
    expect(listWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listWords(['a', 'b', 'c', 'd'], 2)).toBe('a, b and 2 more');
  });

  it('cites author, publisher, date, title and address', () => {
    expect(citeSource(graph.sources[0]!)).toBe(
      'Author s1, The Daily, 2025-05-09: “Parade” https://example.org/p',
    );
  });

  it('puts every active filter in words, by label', () => {
    expect(describeFilters({ hiddenTypes: [] }, graph)).toEqual([]);
    expect(
      describeFilters(
        {
          hiddenTypes: ['accuses'],
          hiddenKinds: ['person'],
          hiddenSources: ['s2'],
          minEvidence: 2,
          minConfidence: 0.5,
          hideIsolated: true,
        },
        graph,
      ),
    ).toEqual([
      'hidden relation types: accuses',
      'hidden actor kinds: person',
      'sources left out: Summit',
      'relations with at least 2 supporting sentences',
      'extracted sentences with confidence of at least 0.5',
      'actors with no visible relation hidden',
    ]);
  });

  it('says which review statuses are hidden, when the graph has sentences of them', () => {
    const defaults: FilterSettings = { hiddenStatuses: ['rejected'], hideUnsupported: true };
    expect(describeFilters(defaults, graph)).toEqual([]);
    const reviewed: Graph = {
      ...graph,
      relations: [
        { ...graph.relations[0]!, evidence: [{ ...graph.relations[0]!.evidence[0]!, status: 'rejected' }] },
        { ...graph.relations[1]!, evidence: [] },
      ],
    };
    expect(describeFilters({ ...defaults, hiddenStatuses: ['rejected', 'imported'] }, reviewed)).toEqual([
      'relations backed only by rejected sentences hidden',
      'relations with no supporting sentence hidden',
    ]);
  });

  it('cites only the sources of the relations shown', () => {
    const date = new Date(2025, 4, 10);
    const one = buildCaption(
      graph,
      { hiddenTypes: ['accuses'] },
      { scope: 'whole', actorIds: ['a', 'b'], relationIds: ['r1'] },
      date,
    );
    expect(one.title).toBe('Actor graph: Parade');
    expect(one.sources).toEqual(['Author s1, The Daily, 2025-05-09: “Parade” https://example.org/p']);
    expect(one.notes).toEqual([
      '2 actors and 1 relation, the whole graph.',
      'Filters: hidden relation types: accuses.',
    ]);
    expect(one.credit).toContain('2025-05-10');

    const both = buildCaption(
      graph,
      {},
      { scope: 'view', actorIds: ['a'], relationIds: ['r1', 'r2'], focus: 'A' },
      date,
    );
    expect(both.title).toBe('Actor graph: Parade and 1 more source');
    expect(both.sources).toHaveLength(2);
    expect(both.notes[0]).toBe('1 actor and 2 relations, the current view, around A.');
    expect(both.notes[1]).toBe('Filters: none; everything is shown.');
  });
});
