/**
 * What the analysis panel lists: actors with their measure (sortable), the smallest and largest for
 * the legend, and the communities with their members. Pure, from a result and the actors' labels.
 */

export interface MeasureRow {
  readonly id: string;
  readonly label: string;
  readonly value: number;
}

export type MeasureSortKey = 'label' | 'value';
export interface MeasureSort {
  readonly key: MeasureSortKey;
  readonly descending: boolean;
}
/** Largest first: who matters most is what an analyst looks for. */
export const DEFAULT_MEASURE_SORT: MeasureSort = { key: 'value', descending: true };

const byLabel = (a: MeasureRow, b: MeasureRow) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id);

export function measureRows(
  actorIds: readonly string[],
  values: ArrayLike<number>,
  labelOf: (id: string) => string,
): MeasureRow[] {
  return actorIds.map((id, i) => ({ id, label: labelOf(id), value: values[i] ?? 0 }));
}

/** Sorted by value (ties by name, always A–Z) or by name. */
export function sortMeasureRows(rows: readonly MeasureRow[], sort: MeasureSort): MeasureRow[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) =>
    sort.key === 'label' ? sign * byLabel(a, b) : sign * (a.value - b.value) || byLabel(a, b),
  );
}

/** Same key: reverse; another: its natural order (values largest first, names A–Z). */
export const nextMeasureSort = (current: MeasureSort, key: MeasureSortKey): MeasureSort =>
  current.key === key ? { key, descending: !current.descending } : { key, descending: key === 'value' };

/** The smallest and largest value and an actor holding each (the first by name), for the legend. */
export function measureExtremes(
  rows: readonly MeasureRow[],
): { readonly smallest: MeasureRow; readonly largest: MeasureRow } | null {
  if (rows.length === 0) return null;
  const sorted = sortMeasureRows(rows, { key: 'value', descending: false });
  const max = sorted.at(-1)!.value;
  return { smallest: sorted[0]!, largest: sorted.find((r) => r.value === max)! };
}

export interface CommunityGroup {
  /** 0 is the largest community. */
  readonly index: number;
  /** Members A–Z. */
  readonly members: readonly { readonly id: string; readonly label: string }[];
}

/** The communities, largest first, each with its members. */
export function communityGroups(
  actorIds: readonly string[],
  of: ArrayLike<number>,
  count: number,
  labelOf: (id: string) => string,
): CommunityGroup[] {
  const members: { id: string; label: string }[][] = Array.from({ length: count }, () => []);
  actorIds.forEach((id, i) => members[of[i] ?? 0]?.push({ id, label: labelOf(id) }));
  return members.map((list, index) => ({
    index,
    members: list.sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id)),
  }));
}
