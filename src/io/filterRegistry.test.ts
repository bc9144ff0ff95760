/**
 * Every registered filter keeps its promises: a value other than its default hides something, goes
 * into the permalink and comes back out unchanged, and is told in the export caption; at its default
 * it is in neither. A filter added to the registry without an example here fails to compile.
 */
import { describe, expect, it } from 'vitest';
import {
  computeVisibility,
  DEFAULT_FILTERS,
  describeFilters,
  isDefaultFilters,
  keepKnownFilterIds,
  unknownFilterIds,
  type Filters,
} from '../domain/filters';
import { FILTER_REGISTRY, filterValue } from '../domain/filterRegistry';
import { actor, evidence, relation, relationType } from '../domain/testing';
import type { Graph } from '../domain/types';
import { DEFAULT_VIEW } from '../domain/view';
import { formatPermalink, parsePermalink } from './permalink';

/** One value off the default for each filter, all of them meaningful in `graph` below. */
const EXAMPLES: Filters = {
  hiddenTypes: ['accuses'],
  hiddenKinds: ['person'],
  hiddenSources: ['s2'],
  timeWindow: { from: '2025-03-01', to: '' },
  minEvidence: 2,
  minConfidence: 0.5,
  hideIsolated: true,
  hiddenStatuses: [],
  hideUnsupported: true,
};

const source = (id: string, published: string) => ({
  id,
  title: `Title ${id}`,
  author: '',
  publisher: '',
  published,
  text: 'x',
});
const graph: Graph = {
  schemaVersion: 1,
  sources: [source('s1', '2025-01-10'), source('s2', '2025-04-02')],
  actors: [actor('ru'), actor('cn'), actor('xi', 'Xi', 'person'), actor('alone')],
  relationTypes: [relationType('praises', 1), relationType('accuses', 3)],
  relations: [
    relation('r1', 'ru', 'cn', 'praises', [evidence('s1'), evidence('s1', { start: 5 })]),
    relation('r2', 'xi', 'ru', 'accuses', [evidence('s2', { confidence: 0.4 })]),
    relation('r3', 'cn', 'ru', 'praises', [evidence('s1', { status: 'rejected' })]),
    relation('r4', 'cn', 'xi', 'praises', []),
  ],
};

const withOne = (key: string, value: unknown): Filters => ({ ...DEFAULT_FILTERS, [key]: value });
const visible = (filters: Filters) => {
  const v = computeVisibility(graph, filters);
  return { relations: [...v.relations].sort(), actors: [...v.actors].sort() };
};

describe('the filter registry', () => {
  it('has one definition per filter field, with distinct permalink keys', () => {
    expect(FILTER_REGISTRY.map((d) => d.key).sort()).toEqual(Object.keys(DEFAULT_FILTERS).sort());
    expect(new Set(FILTER_REGISTRY.map((d) => d.link.name)).size).toBe(FILTER_REGISTRY.length);
  });

  it('leaves the default view out of the permalink and the caption', () => {
    expect(isDefaultFilters(DEFAULT_FILTERS)).toBe(true);
    expect(formatPermalink(DEFAULT_VIEW)).toBe('');
    expect(describeFilters(DEFAULT_FILTERS, graph)).toEqual([]);
    for (const definition of FILTER_REGISTRY) {
      expect(definition.describe(definition.default, graph), definition.key).toBeNull();
    }
  });

  for (const definition of FILTER_REGISTRY) {
    describe(definition.key, () => {
      const example = filterValue(EXAMPLES, definition);
      const filters = withOne(definition.key, example);

      it('has an example off its default that changes what is shown', () => {
        expect(definition.isDefault(example)).toBe(false);
        expect(isDefaultFilters(filters)).toBe(false);
        expect(visible(filters)).not.toEqual(visible(DEFAULT_FILTERS));
      });

      it('round-trips that value through the permalink, under its own key', () => {
        const hash = formatPermalink({ ...DEFAULT_VIEW, filters });
        expect(hash.startsWith(`#${definition.link.name}=`)).toBe(true);
        expect(hash.split('&')).toHaveLength(1);
        const read = parsePermalink(hash);
        expect(read.ok && read.value.filters).toEqual(filters);
      });

      it('is told in the caption, and only then', () => {
        const phrases = describeFilters(filters, graph);
        expect(phrases).toHaveLength(1);
        expect(phrases[0]).toBe(definition.describe(example, graph));
      });
    });
  }

  it('tells every active filter in registry order', () => {
    expect(describeFilters(EXAMPLES, graph)).toEqual([
      'hidden relation types: accuses',
      'hidden actor kinds: person',
      'sources left out: Title s2',
      'relations dated 2025-03-01 or later',
      'relations with at least 2 supporting sentences',
      'extracted sentences with confidence of at least 0.5',
      'actors with no visible relation hidden',
      'rejected relations shown',
      'relations with no supporting sentence hidden',
    ]);
  });

  it('names ids the graph lacks, and drops them keeping the same object when there are none', () => {
    const elsewhere: Filters = { ...EXAMPLES, hiddenTypes: ['accuses', 'warns'], hiddenSources: ['s9'] };
    expect(unknownFilterIds(elsewhere, graph)).toEqual(['no relation type "warns"', 'no source "s9"']);
    const kept = keepKnownFilterIds(elsewhere, graph);
    expect(kept).toEqual({ ...EXAMPLES, hiddenSources: [] });
    expect(unknownFilterIds(EXAMPLES, graph)).toEqual([]);
    expect(keepKnownFilterIds(EXAMPLES, graph)).toBe(EXAMPLES);
  });
});
