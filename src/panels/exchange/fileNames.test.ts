import { describe, expect, it } from 'vitest';
import { exportBaseName } from './fileNames';

describe('exportBaseName', () => {
  it('names the view and the local date', () => {
    const date = new Date(2025, 4, 9, 23, 59);
    expect(exportBaseName('whole', date)).toBe('actorgraph-whole-2025-05-09');
    expect(exportBaseName('filtered', date)).toBe('actorgraph-filtered-2025-05-09');
    expect(exportBaseName('view', date)).toBe('actorgraph-view-2025-05-09');
  });
});
