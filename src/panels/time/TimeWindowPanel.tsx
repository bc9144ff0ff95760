import { useMemo, useState } from 'react';
import {
  evidenceHistogram,
  isOpenWindow,
  OPEN_WINDOW,
  overlapsWindow,
  periodWindow,
} from '../../domain/timeline';
import { isIsoDate } from '../../domain/checks';
import { useShallow } from 'zustand/react/shallow';
import { countedByOtherFilters } from '../../domain/histogramScope';
import { useAppStore } from '../../store';
import { usePlay } from './usePlay';
import './time.css';

/**
 * The time window: two date inputs (either may be left empty, an open end), a histogram of sentences
 * per month or year under them with the window's periods marked, and Play, which steps the window
 * through the periods one at a time and stops on the last.
 */
export function TimeWindowPanel() {
  const graph = useAppStore((s) => s.graph);
  const range = useAppStore((s) => s.filters.timeWindow);
  const setFilter = useAppStore((s) => s.setFilter);
  // The filters but the window, the same object while only the window moves (Play, the inputs).
  const others = useAppStore(useShallow((s) => ({ ...s.filters, timeWindow: OPEN_WINDOW })));
  const focusActor = useAppStore((s) => s.focusActor);
  const focusSettings = useAppStore((s) => s.focusSettings);
  const histogram = useMemo(
    () =>
      evidenceHistogram(
        graph,
        countedByOtherFilters(
          graph,
          others,
          focusActor === null ? null : { actorId: focusActor, ...focusSettings },
        ),
      ),
    [graph, others, focusActor, focusSettings],
  );
  const [status, setStatus] = useState('');
  const bars = histogram?.bars ?? [];
  const { playing, play, stop } = usePlay(bars.length, (index) => {
    const bar = bars[index];
    if (!bar) return;
    setFilter('timeWindow', periodWindow(bar));
    setStatus(`Showing ${bar.label} (${index + 1} of ${bars.length})`);
  });
  if (!histogram) return null;
  const first = bars[0]!.from;
  const last = bars.at(-1)!.to;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const unitWord = histogram.unit === 'year' ? 'year' : 'month';

  const change = (end: 'from' | 'to', value: string) => {
    if (value !== '' && !isIsoDate(value)) return;
    const next = { ...range, [end]: value };
    // Keep the ends in order: moving one past the other moves both.
    if (next.from !== '' && next.to !== '' && next.from > next.to) {
      if (end === 'from') next.to = next.from;
      else next.from = next.to;
    }
    setFilter('timeWindow', next);
  };
  const summary = bars.map((b) => `${b.label}: ${b.count}`).join(', ');

  return (
    <fieldset className="filter-group time-window" data-testid="time-window">
      <legend>Time</legend>
      <div className="time-inputs">
        <label>
          From
          <input
            type="date"
            value={range.from}
            min={first}
            max={last}
            onChange={(e) => change('from', e.target.value)}
            data-testid="time-from"
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={range.to}
            min={first}
            max={last}
            onChange={(e) => change('to', e.target.value)}
            data-testid="time-to"
          />
        </label>
      </div>
      <div
        className="time-histogram"
        role="img"
        aria-label={`Sentences per ${unitWord} that the other filters leave, ${first} to ${last}: ${summary}`}
        data-testid="time-histogram"
      >
        {bars.map((b) => (
          <span
            key={b.key}
            className={`time-bar${overlapsWindow(b, range) ? ' in-window' : ''}`}
            style={{ height: `${Math.round((b.count / max) * 100)}%` }}
            title={`${b.label}: ${b.count} sentences`}
            data-period={b.key}
          />
        ))}
      </div>
      <div className="time-axis meta" aria-hidden="true">
        <span>{bars[0]!.label}</span>
        <span>{bars.at(-1)!.label}</span>
      </div>
      <div className="time-actions">
        <button
          type="button"
          onClick={() => {
            if (playing) {
              stop();
              setStatus('Stopped');
            } else play();
          }}
          data-testid="time-play"
        >
          {playing ? 'Stop' : `Play by ${unitWord}`}
        </button>
        <button
          type="button"
          onClick={() => {
            stop();
            setStatus('');
            setFilter('timeWindow', OPEN_WINDOW);
          }}
          disabled={isOpenWindow(range) && !playing}
        >
          All dates
        </button>
      </div>
      <p className="meta" role="status" data-testid="time-status">
        {status}
      </p>
    </fieldset>
  );
}
