import { useId, useMemo } from 'react';
import { plural } from '../../io/describe';
import { MEASURE_SIZE_RANGE } from '../../canvas/analysisStyle';
import { measureExtremes, measureRows } from '../../domain/analysisRows';
import {
  formatMeasure,
  SIZE_MEASURE_LABELS,
  SIZE_MEASURE_MEANINGS,
  SIZE_MEASURES,
  type SizeMeasure,
} from '../../domain/measures';
import { useAppStore } from '../../store';
import './analysis.css';
import { CommunityList } from './CommunityList';
import { MeasureTable } from './MeasureTable';

/**
 * Who matters and who groups with whom: size actors by a centrality measure, colour them by Louvain
 * community. Both are computed on the graph as filtered (what is on screen) and carried by the link.
 */
export function AnalysisPanel() {
  const sizeBy = useAppStore((s) => s.sizeBy);
  const byCommunity = useAppStore((s) => s.colourByCommunity);
  const status = useAppStore((s) => s.analysisStatus);
  const result = useAppStore((s) => s.analysis);
  const actors = useAppStore((s) => s.index.actors);
  const selectId = useId();
  const labelOf = useMemo(() => (id: string) => actors.get(id)?.label ?? id, [actors]);
  const measure = result?.measure?.measure === sizeBy ? result.measure : null;
  const rows = useMemo(
    () => (measure && result ? measureRows(result.actorIds, measure.values, labelOf) : null),
    [measure, result, labelOf],
  );
  const ends = rows ? measureExtremes(rows) : null;
  const active = sizeBy !== 'none' || byCommunity;

  return (
    <section className="panel-section analysis-panel" aria-labelledby="analysis-heading">
      <h2 id="analysis-heading">Measures and communities</h2>
      <div className="analysis-field">
        <label htmlFor={selectId}>Size actors by</label>
        <select
          id={selectId}
          value={sizeBy}
          onChange={(e) => useAppStore.getState().setSizeBy(e.target.value as SizeMeasure)}
        >
          {SIZE_MEASURES.map((m) => (
            <option key={m} value={m}>
              {SIZE_MEASURE_LABELS[m]}
            </option>
          ))}
        </select>
      </div>
      <label className="toggle">
        <input
          type="checkbox"
          checked={byCommunity}
          onChange={(e) => useAppStore.getState().setColourByCommunity(e.target.checked)}
        />
        Colour by community (Louvain)
      </label>
      <p className="meta analysis-status" role="status">
        {!active
          ? 'Computed on the graph as filtered: what is on screen.'
          : status === 'computing'
            ? 'Computing…'
            : status === 'failed'
              ? 'Could not be computed.'
              : result
                ? `Computed on the graph as filtered: ${plural(result.actorIds.length, 'actor')} and ${plural(result.relationCount, 'relation')} on screen.`
                : ''}
      </p>
      {sizeBy !== 'none' && (
        <div className="size-legend" aria-label="What actor size means" role="group">
          <p>
            <strong>Size: {SIZE_MEASURE_LABELS[sizeBy]}.</strong> {SIZE_MEASURE_MEANINGS[sizeBy]}
          </p>
          {ends && (
            <ul className="size-ends">
              <li>
                <span className="size-dot" style={dot(MEASURE_SIZE_RANGE[0])} aria-hidden="true" />
                Smallest: {formatMeasure(ends.smallest.value)} ({ends.smallest.label})
              </li>
              <li>
                <span className="size-dot" style={dot(MEASURE_SIZE_RANGE[1])} aria-hidden="true" />
                Largest: {formatMeasure(ends.largest.value)} ({ends.largest.label})
              </li>
            </ul>
          )}
          {measure?.sampledFrom !== undefined && (
            <p className="meta">
              Estimated from the shortest paths of {measure.sampledFrom} actors drawn at random (the same
              every time);{' '}
              {status === 'refining'
                ? 'the exact value follows in a few seconds.'
                : 'exact on smaller graphs.'}
            </p>
          )}
        </div>
      )}
      {rows && <MeasureTable rows={rows} measure={sizeBy} />}
      {byCommunity && result?.communities && (
        <CommunityList actorIds={result.actorIds} communities={result.communities} labelOf={labelOf} />
      )}
    </section>
  );
}

/** A legend dot at a share of the canvas size, so smallest and largest read as sizes. */
const dot = (px: number) => {
  const side = Math.round(px / 3);
  return { width: side, height: side };
};
