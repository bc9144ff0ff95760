import { useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  nextSort,
  relationRows,
  sortRows,
  type RelationRow,
  type RowColumn,
  type RowSort,
} from '../../domain/relationRows';
import { relationVerb } from '../../domain/relationVerb';
import { useAppStore } from '../../store';
import { selectTableRelationIds } from '../../store/selectors';

/** Rows drawn at a time: a table of thousands of rows takes seconds to render and to sort. */
export const TABLE_PAGE = 200;

interface RowWindow {
  readonly start: number;
  readonly count: number;
}

/** The rows drawn: the chosen window, or the page holding the selected row when it lies outside. */
function windowAround(page: RowWindow, selectedAt: number): RowWindow {
  if (selectedAt < 0 || (selectedAt >= page.start && selectedAt < page.start + page.count)) return page;
  return { start: Math.floor(selectedAt / TABLE_PAGE) * TABLE_PAGE, count: TABLE_PAGE };
}

const COLUMNS: readonly { key: RowColumn; label: string; numeric?: boolean }[] = [
  { key: 'source', label: 'Source' },
  { key: 'type', label: 'Relation' },
  { key: 'target', label: 'Target' },
  { key: 'evidence', label: 'Sentences', numeric: true },
  { key: 'sources', label: 'Sources', numeric: true },
];

/**
 * The open relation table: rows of the visible relations, sortable and paged. Selecting a row selects
 * the edge and shows its evidence; clicking an edge marks its row. Arrow keys move between rows (the
 * selection follows), Home and End jump. Loaded when the table is first opened.
 */
export default function RelationTableBody({
  sort,
  setSort,
}: {
  sort: RowSort;
  setSort: (sort: RowSort) => void;
}) {
  const [page, setPage] = useState<RowWindow>({ start: 0, count: TABLE_PAGE });
  const ids = useAppStore(selectTableRelationIds);
  const index = useAppStore((s) => s.index);
  const selection = useAppStore((s) => s.selection);
  const focusActor = useAppStore((s) => s.focusActor);
  // Sorted once per graph and sort order, then narrowed to what is visible: a filter change costs
  // one pass over the rows, not a sort. The table follows the filters one render late (deferred), so
  // a filter click never waits for it.
  const sorted = useMemo(() => sortRows(relationRows(index, index.relations.keys()), sort), [index, sort]);
  const visibleIds = useDeferredValue(ids);
  const rows = useMemo(() => {
    const keep = new Set(visibleIds);
    return sorted.filter((r) => keep.has(r.id));
  }, [sorted, visibleIds]);
  const selectedId = selection?.kind === 'relation' ? selection.id : null;
  const selectedAt = selectedId === null ? -1 : rows.findIndex((r) => r.id === selectedId);
  const { start, count } = windowAround(page, selectedAt);
  const shown = rows.slice(start, start + count);
  const rowRefs = useRef(new Map<string, HTMLTableRowElement>());
  const focusSelectedRow = useRef(false);

  // A selection made on the canvas scrolls its row into view, without taking the keyboard focus;
  // one made with the arrow keys moves the focus to its row (which may only now be drawn).
  useEffect(() => {
    if (!selectedId) return;
    const row = rowRefs.current.get(selectedId);
    row?.scrollIntoView({ block: 'nearest' });
    if (focusSelectedRow.current) row?.focus();
    focusSelectedRow.current = false;
  }, [selectedId, start]);

  const tabbable = selectedAt >= 0 ? selectedId : (rows[start]?.id ?? null);
  const select = (row: RelationRow) => useAppStore.getState().selectRelation(row.id);
  /** `at` counts in the whole sorted list, so arrows and End cross page borders. */
  const moveTo = (at: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, at))];
    if (!row) return;
    focusSelectedRow.current = true;
    select(row);
    rowRefs.current.get(row.id)?.focus();
  };
  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, i: number, row: RelationRow) => {
    const at = start + i;
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: rows.length - 1,
    };
    const to = moves[e.key];
    if (to !== undefined) {
      e.preventDefault();
      moveTo(to);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(row);
    }
  };

  const focusLabel = focusActor ? index.actors.get(focusActor)?.label : undefined;
  return (
    <>
      <table data-testid="relation-table">
        <caption className="visually-hidden">
          {rows.length} visible relations{focusLabel ? ` around ${focusLabel}` : ''}. Choose a row to read its
          evidence.
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.numeric ? 'num' : undefined}
                aria-sort={sort.column === c.key ? sort.direction : undefined}
              >
                <button
                  type="button"
                  onClick={() => {
                    setSort(nextSort(sort, c.key));
                    setPage({ start: 0, count: TABLE_PAGE });
                  }}
                >
                  {c.label}
                  <span aria-hidden="true" className="sort-mark">
                    {sort.column === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, i) => (
            <tr
              key={row.id}
              ref={(el) => {
                if (el) rowRefs.current.set(row.id, el);
                else rowRefs.current.delete(row.id);
              }}
              data-relation-id={row.id}
              tabIndex={row.id === tabbable ? 0 : -1}
              aria-current={row.id === selectedId ? 'true' : undefined}
              className={row.id === selectedId ? 'selected' : undefined}
              onClick={() => select(row)}
              onKeyDown={(e) => onRowKey(e, i, row)}
            >
              <td>{row.source}</td>
              <td>
                {relationVerb(row.type, row.negated)}{' '}
                <span aria-hidden="true">{row.directed ? '→' : '—'}</span>
              </td>
              <td>{row.target}</td>
              <td className="num">{row.evidence}</td>
              <td className="num">{row.sources}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="meta">No relation passes the current filters.</p>}
      {shown.length < rows.length && (
        <p className="table-more">
          Rows {start + 1}–{start + shown.length} of {rows.length}.{' '}
          {start > 0 && (
            <button
              type="button"
              onClick={() =>
                setPage({
                  start: Math.max(0, start - TABLE_PAGE),
                  count: count + Math.min(start, TABLE_PAGE),
                })
              }
            >
              Show earlier rows
            </button>
          )}{' '}
          {start + shown.length < rows.length && (
            <button type="button" onClick={() => setPage({ start, count: count + TABLE_PAGE })}>
              Show {Math.min(TABLE_PAGE, rows.length - start - shown.length)} more
            </button>
          )}
        </p>
      )}
    </>
  );
}
