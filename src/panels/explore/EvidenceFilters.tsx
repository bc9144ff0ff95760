import { MAX_MIN_EVIDENCE } from '../../domain/filters';
import { useAppStore } from '../../store';

/** Thresholds on what backs a relation: how many sentences, and how sure the extractor was. */
export function EvidenceFilters() {
  const minEvidence = useAppStore((s) => s.filters.minEvidence);
  const minConfidence = useAppStore((s) => s.filters.minConfidence);
  const hideIsolated = useAppStore((s) => s.filters.hideIsolated);
  const { setMinEvidence, setMinConfidence, setHideIsolated } = useAppStore.getState();
  return (
    <fieldset className="filter-group">
      <legend>Evidence</legend>
      <label htmlFor="min-evidence">
        At least <output htmlFor="min-evidence">{minEvidence}</output> sentence{minEvidence === 1 ? '' : 's'}{' '}
        per relation
      </label>
      <input
        id="min-evidence"
        type="range"
        min={1}
        max={MAX_MIN_EVIDENCE}
        step={1}
        value={minEvidence}
        onChange={(e) => setMinEvidence(Number(e.target.value))}
      />
      <label htmlFor="min-confidence">
        Extractor confidence at least{' '}
        <output htmlFor="min-confidence">{Math.round(minConfidence * 100)}%</output>
      </label>
      <input
        id="min-confidence"
        type="range"
        min={0}
        max={1}
        step={0.05}
        value={minConfidence}
        aria-valuetext={`${Math.round(minConfidence * 100)} percent`}
        onChange={(e) => setMinConfidence(Number(e.target.value))}
      />
      <p className="meta">Curated sentences count as certain.</p>
      <label className="toggle">
        <input type="checkbox" checked={hideIsolated} onChange={(e) => setHideIsolated(e.target.checked)} />
        Hide actors with no visible relation
      </label>
    </fieldset>
  );
}
