import { lazy, Suspense, useId, useState } from 'react';
import { DEFAULT_ROW_SORT, type RowSort } from '../../domain/relationRows';
import { useAppStore } from '../../store';
import { selectTableRelationCount } from '../../store/selectors';

const RelationTableBody = lazy(() => import('./RelationTableBody'));

/**
 * The visible relations as a table, for keyboard and screen-reader users and for anyone who would
 * rather read than look. Closed, it shows only the count; the table itself loads when first opened.
 */
export function RelationTable() {
  const [open, setOpen] = useState(false);
  // The sort order outlives closing the table.
  const [sort, setSort] = useState<RowSort>(DEFAULT_ROW_SORT);
  const total = useAppStore(selectTableRelationCount);
  const focusActor = useAppStore((s) => s.focusActor);
  const focusLabel = useAppStore((s) => (focusActor ? s.index.actors.get(focusActor)?.label : undefined));
  const regionId = useId();
  return (
    <section className={open ? 'relation-table open' : 'relation-table'} aria-labelledby={`${regionId}-h`}>
      <h2 id={`${regionId}-h`} className="drawer-heading">
        <button type="button" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> Relation table ({total}
          {focusLabel ? ` around ${focusLabel}` : ''})
        </button>
      </h2>
      <div id={regionId} className="table-scroll" hidden={!open}>
        {open && (
          <Suspense fallback={<p className="meta">Loading the table…</p>}>
            <RelationTableBody sort={sort} setSort={setSort} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
