import { describe, expect, it } from 'vitest';
import {
  communityGroups,
  DEFAULT_MEASURE_SORT,
  measureExtremes,
  measureRows,
  nextMeasureSort,
  sortMeasureRows,
} from './analysisRows';

const labels: Record<string, string> = { a: 'Russia', b: 'China', c: 'NATO', d: 'Austria' };
const labelOf = (id: string) => labels[id] ?? id;
const rows = measureRows(['a', 'b', 'c', 'd'], [3, 5, 3, 0], labelOf);

describe('measure rows', () => {
  it('sorts largest first by default, ties by name', () => {
    expect(sortMeasureRows(rows, DEFAULT_MEASURE_SORT).map((r) => r.label)).toEqual([
      'China',
      'NATO',
      'Russia',
      'Austria',
    ]);
  });

  it('sorts by name and back, and starts a new column in its natural order', () => {
    const byName = nextMeasureSort(DEFAULT_MEASURE_SORT, 'label');
    expect(byName).toEqual({ key: 'label', descending: false });
    expect(sortMeasureRows(rows, byName).map((r) => r.id)).toEqual(['d', 'b', 'c', 'a']);
    expect(sortMeasureRows(rows, nextMeasureSort(byName, 'label')).map((r) => r.id)).toEqual([
      'a',
      'c',
      'b',
      'd',
    ]);
    expect(nextMeasureSort(DEFAULT_MEASURE_SORT, 'value')).toEqual({ key: 'value', descending: false });
  });

  it('names the smallest and the largest', () => {
    const ends = measureExtremes(rows)!;
    expect([ends.smallest.label, ends.smallest.value]).toEqual(['Austria', 0]);
    expect([ends.largest.label, ends.largest.value]).toEqual(['China', 5]);
    expect(measureExtremes([])).toBeNull();
  });
});

describe('communityGroups', () => {
  it('lists each community with its members A–Z, largest community first', () => {
    const groups = communityGroups(['a', 'b', 'c', 'd'], [0, 1, 0, 0], 2, labelOf);
    expect(groups.map((g) => g.members.map((m) => m.label))).toEqual([
      ['Austria', 'NATO', 'Russia'],
      ['China'],
    ]);
    expect(groups.map((g) => g.index)).toEqual([0, 1]);
  });
});
