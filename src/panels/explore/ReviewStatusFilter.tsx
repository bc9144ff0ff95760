import { PALETTES } from '../../canvas/palette';
import { EVIDENCE_STATUSES } from '../../domain/types';
import { useAppStore } from '../../store';
import { selectReview, selectTheme } from '../../store/selectors';

/**
 * One switch per review status: a relation stays while any of its sentences has a status that is on.
 * Rejected relations are off by default (kept, and restorable from the review queue). Counts are
 * relations with a sentence of that status, so a relation may count under two.
 */
export function ReviewStatusFilter() {
  const { byStatus, unsupported } = useAppStore(selectReview);
  const hidden = useAppStore((s) => s.filters.hiddenStatuses);
  const hideUnsupported = useAppStore((s) => s.filters.hideUnsupported);
  const { toggleStatus, setHideUnsupported } = useAppStore.getState();
  const palette = PALETTES[useAppStore(selectTheme)];
  return (
    <fieldset className="filter-group review-status-filter">
      <legend>Review status</legend>
      {EVIDENCE_STATUSES.map((status) => (
        <label key={status} className="toggle">
          <input
            type="checkbox"
            checked={!hidden.includes(status)}
            onChange={() => toggleStatus(status)}
            data-status={status}
          />
          {status} <span className="count">({byStatus[status]})</span>
        </label>
      ))}
      <label className="toggle">
        <input
          type="checkbox"
          checked={!hideUnsupported}
          onChange={(e) => setHideUnsupported(!e.target.checked)}
          data-status="unsupported"
        />
        {/* The legend entry too: drawn as on the canvas, grey and thin. */}
        <span className="swatch thin" style={{ background: palette.unsupported }} aria-hidden="true" />
        unsupported: no sentence <span className="count">({unsupported})</span>
      </label>
      <p className="meta">A relation shows while any of its sentences has a status that is ticked.</p>
    </fieldset>
  );
}
