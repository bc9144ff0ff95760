import { isDefaultFilters } from '../../domain/filters';
import { useAppStore } from '../../store';
import { KindLegend } from '../KindLegend';
import { TypeFilter } from '../TypeFilter';
import { EvidenceFilters } from './EvidenceFilters';
import { ReviewStatusFilter } from './ReviewStatusFilter';
import { SourceFilter } from './SourceFilter';
import { LazyTimeWindow } from '../time/LazyTimeWindow';
import { ViewCounts } from './ViewCounts';

/** Every filter in one column; they compose, and one button puts them (and the focus) back. */
export function FilterPanel() {
  const filters = useAppStore((s) => s.filters);
  const focusActor = useAppStore((s) => s.focusActor);
  const reset = () => {
    const { resetFilters, clearFocus } = useAppStore.getState();
    resetFilters();
    clearFocus();
  };
  return (
    <section className="panel-section filter-panel" aria-labelledby="filters-heading">
      <div className="filter-head">
        <h2 id="filters-heading">Filters</h2>
        <button type="button" onClick={reset} disabled={isDefaultFilters(filters) && focusActor === null}>
          Reset
        </button>
      </div>
      <ViewCounts />
      <TypeFilter />
      <KindLegend />
      <EvidenceFilters />
      <ReviewStatusFilter />
      <SourceFilter />
      <LazyTimeWindow />
    </section>
  );
}
