import { describe, expect, it } from 'vitest';
import { computeVisibility, describeFilters, supportingEvidence, DEFAULT_FILTERS } from './filters';
import { actor, evidence, relation, relationType, source } from './testing';
import {
  actorTimeline,
  dateSpan,
  evidenceHistogram,
  inWindow,
  overlapsWindow,
  periodsBetween,
  periodUnitFor,
} from './timeline';
import type { Graph } from './types';

const graph: Graph = {
  schemaVersion: 1,
  sources: [source('jan', '2025-01-15'), source('mar', '2025-03-02')],
  actors: [actor('ru'), actor('cn'), actor('us')],
  relationTypes: [relationType('praises', 1), relationType('accuses', 3)],
  relations: [
    relation('r1', 'ru', 'cn', 'praises', [evidence('jan'), evidence('mar')]),
    relation('r2', 'us', 'ru', 'accuses', [evidence('mar')]),
    // Its own date overrides the source's publication day.
    relation('r3', 'cn', 'us', 'accuses', [evidence('mar', { date: '2024-12-31' })]),
  ],
};

const shown = (from: string, to: string) =>
  [...computeVisibility(graph, { timeWindow: { from, to } }).relations].sort();

describe('the time window', () => {
  it('keeps relations with a sentence dated inside it, ends included', () => {
    expect(shown('', '')).toEqual(['r1', 'r2', 'r3']);
    expect(shown('2025-01-01', '2025-01-31')).toEqual(['r1']);
    expect(shown('2025-03-02', '')).toEqual(['r1', 'r2']);
    expect(shown('', '2024-12-31')).toEqual(['r3']);
    expect(shown('2025-02-01', '2025-02-28')).toEqual([]);
  });

  it('leaves only the sentences inside it supporting a relation', () => {
    const filters = { ...DEFAULT_FILTERS, timeWindow: { from: '2025-03-01', to: '' } };
    const r1 = graph.relations[0]!;
    // Without the graph only a sentence's own date is known, so the others are kept.
    expect(supportingEvidence(r1, filters)).toHaveLength(2);
  });

  it('says the window in the caption', () => {
    expect(describeFilters({ timeWindow: { from: '2025-01-01', to: '2025-01-31' } }, graph)).toEqual([
      'relations dated 2025-01-01 to 2025-01-31',
    ]);
    expect(describeFilters({ timeWindow: { from: '', to: '2025-01-31' } }, graph)).toEqual([
      'relations dated 2025-01-31 or earlier',
    ]);
  });

  it('hides relations with no sentence while a window is set', () => {
    const bare: Graph = { ...graph, relations: [relation('r9', 'ru', 'us', 'praises', [])] };
    expect(computeVisibility(bare, {}).relations.has('r9')).toBe(true);
    expect(computeVisibility(bare, { timeWindow: { from: '2025-01-01', to: '' } }).relations.has('r9')).toBe(
      false,
    );
  });

  it('compares days', () => {
    expect(inWindow('2025-01-01', { from: '2025-01-01', to: '2025-01-01' })).toBe(true);
    expect(inWindow('2025-01-02', { from: '', to: '2025-01-01' })).toBe(false);
    const february = { from: '2025-02-01', to: '2025-02-28' };
    expect(overlapsWindow(february, { from: '2025-02-28', to: '' })).toBe(true);
    expect(overlapsWindow(february, { from: '2025-03-01', to: '' })).toBe(false);
    expect(overlapsWindow(february, { from: '', to: '2025-01-31' })).toBe(false);
    expect(overlapsWindow(february, { from: '', to: '' })).toBe(true);
  });
});

describe('periods', () => {
  it('counts months up to three years, years beyond', () => {
    expect(periodUnitFor('2023-01-01', '2025-12-31')).toBe('month');
    expect(periodUnitFor('2023-01-01', '2026-01-01')).toBe('year');
  });

  it('lists every month between two days with its first and last day', () => {
    expect(periodsBetween('2024-01-20', '2024-03-01', 'month')).toEqual([
      { key: '2024-01', from: '2024-01-01', to: '2024-01-31', label: 'Jan 2024' },
      { key: '2024-02', from: '2024-02-01', to: '2024-02-29', label: 'Feb 2024' },
      { key: '2024-03', from: '2024-03-01', to: '2024-03-31', label: 'Mar 2024' },
    ]);
    expect(periodsBetween('2019-06-01', '2020-01-01', 'year').map((p) => [p.from, p.to])).toEqual([
      ['2019-01-01', '2019-12-31'],
      ['2020-01-01', '2020-12-31'],
    ]);
  });

  it('counts sentences per month over the span, empty months included', () => {
    expect(dateSpan(graph)).toEqual({ first: '2024-12-31', last: '2025-03-02' });
    const histogram = evidenceHistogram(graph);
    expect(histogram?.unit).toBe('month');
    expect(histogram?.bars.map((b) => [b.key, b.count])).toEqual([
      ['2024-12', 1],
      ['2025-01', 1],
      ['2025-02', 0],
      ['2025-03', 2],
    ]);
    expect(evidenceHistogram({ ...graph, relations: [] })).toBeNull();
  });

  it("tallies an actor's relations per period by polarity", () => {
    const timeline = actorTimeline(graph, 'ru');
    expect(timeline?.bars.map((b) => [b.key, b.cooperation, b.conflict])).toEqual([
      ['2024-12', 0, 0],
      ['2025-01', 1, 0],
      ['2025-02', 0, 0],
      ['2025-03', 1, 1],
    ]);
  });
});
