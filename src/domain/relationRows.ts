import type { GraphIndex } from './graphIndex';
import { isNegatedOnly } from './graphIndex';
import { sourceCount } from './merge';

/** One line of the relation table: plain values, so sorting and rendering need no lookups. */
export interface RelationRow {
  readonly id: string;
  readonly source: string;
  readonly type: string;
  readonly target: string;
  readonly directed: boolean;
  readonly negated: boolean;
  readonly evidence: number;
  readonly sources: number;
}

export const ROW_COLUMNS = ['source', 'type', 'target', 'evidence', 'sources'] as const;
export type RowColumn = (typeof ROW_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface RowSort {
  readonly column: RowColumn;
  readonly direction: SortDirection;
}

export const DEFAULT_ROW_SORT: RowSort = { column: 'evidence', direction: 'descending' };

/** Rows for the given relation ids, in graph order. */
export function relationRows(index: GraphIndex, ids: Iterable<string>): RelationRow[] {
  const rows: RelationRow[] = [];
  for (const id of ids) {
    const r = index.relations.get(id);
    if (!r) continue;
    const type = index.types.get(r.type);
    rows.push({
      id,
      source: index.actors.get(r.source)?.label ?? r.source,
      type: type?.label ?? r.type,
      target: index.actors.get(r.target)?.label ?? r.target,
      directed: type?.directed !== false,
      negated: isNegatedOnly(r),
      evidence: r.evidence.length,
      sources: sourceCount(r),
    });
  }
  return rows;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Stable sort by one column; ties fall back to source, type and target so the order is total. */
export function sortRows(rows: readonly RelationRow[], sort: RowSort): RelationRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const by = (a: RelationRow, b: RelationRow, column: RowColumn): number => {
    const x = a[column];
    const y = b[column];
    return typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
  };
  return [...rows].sort(
    (a, b) =>
      sign * by(a, b, sort.column) ||
      by(a, b, 'source') ||
      by(a, b, 'type') ||
      by(a, b, 'target') ||
      collator.compare(a.id, b.id),
  );
}

/** Clicking the sorted column flips it; another column starts descending for counts, ascending for names. */
export function nextSort(current: RowSort, column: RowColumn): RowSort {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  const numeric = column === 'evidence' || column === 'sources';
  return { column, direction: numeric ? 'descending' : 'ascending' };
}
