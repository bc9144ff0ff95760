import { useMemo, useState } from 'react';
import {
  DEFAULT_MEASURE_SORT,
  nextMeasureSort,
  sortMeasureRows,
  type MeasureRow,
  type MeasureSortKey,
} from '../../domain/analysisRows';
import { formatMeasure, SIZE_MEASURE_LABELS, type SizeMeasure } from '../../domain/measures';
import { useAppStore } from '../../store';

/** Rows shown before "Show all": the top of a list of thousands is what an analyst reads. */
const FIRST_ROWS = 10;
/** Rows drawn at most, even when all are asked for; the rest are counted. */
const MAX_ROWS = 500;

/** The actors with their values, sortable by either column; a name selects its actor. */
export function MeasureTable({ rows, measure }: { rows: readonly MeasureRow[]; measure: SizeMeasure }) {
  const [sort, setSort] = useState(DEFAULT_MEASURE_SORT);
  const [all, setAll] = useState(false);
  const selected = useAppStore((s) => (s.selection?.kind === 'actor' ? s.selection.id : null));
  const sorted = useMemo(() => sortMeasureRows(rows, sort), [rows, sort]);
  const shown = sorted.slice(0, all ? MAX_ROWS : FIRST_ROWS);
  const header = (key: MeasureSortKey, label: string, numeric = false) => (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button type="button" onClick={() => setSort(nextMeasureSort(sort, key))}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
  return (
    <div className="measure-table">
      <table>
        <caption>{SIZE_MEASURE_LABELS[measure]} of each actor</caption>
        <thead>
          <tr>
            {header('label', 'Actor')}
            {header('value', 'Value', true)}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.id} className={row.id === selected ? 'selected' : undefined} data-actor={row.id}>
              <td>
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={row.id === selected}
                  onClick={() => useAppStore.getState().selectActor(row.id)}
                >
                  {row.label}
                </button>
              </td>
              <td className="num">{formatMeasure(row.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > FIRST_ROWS && (
        <button type="button" className="table-toggle" onClick={() => setAll(!all)}>
          {all
            ? 'Show the top 10'
            : `Show all ${rows.length.toLocaleString('en')}${rows.length > MAX_ROWS ? ` (first ${MAX_ROWS})` : ''}`}
        </button>
      )}
    </div>
  );
}
