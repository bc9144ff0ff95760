import { useId, useMemo } from 'react';
import { actorTimeline, overlapsWindow } from '../../domain/timeline';
import type { Relation } from '../../domain/types';
import { useAppStore } from '../../store';
import './time.css';

/**
 * One actor's relations per month or year, cooperation up and conflict down from a middle line,
 * over the graph's whole span; the periods inside the time window are the ones drawn solid. The same
 * figures are in a table below, for reading without the chart.
 */
export function ActorTimeline({ actorId }: { actorId: string }) {
  const graph = useAppStore((s) => s.graph);
  const index = useAppStore((s) => s.index);
  const range = useAppStore((s) => s.filters.timeWindow);
  const headingId = useId();
  const timeline = useMemo(() => {
    const relations = (index.relationsByActor.get(actorId) ?? [])
      .map((id) => index.relations.get(id))
      .filter((r): r is Relation => r !== undefined);
    return actorTimeline(graph, actorId, relations);
  }, [graph, index, actorId]);
  if (!timeline) return null;
  const { bars, unit } = timeline;
  const max = Math.max(1, ...bars.map((b) => Math.max(b.cooperation, b.conflict)));
  const active = bars.filter((b) => b.cooperation + b.conflict + b.other > 0);
  const unitWord = unit === 'year' ? 'year' : 'month';
  const describe =
    active.length === 0
      ? 'No dated relations.'
      : active.map((b) => `${b.label}: ${b.cooperation} cooperation, ${b.conflict} conflict`).join('; ');

  return (
    <section className="actor-timeline" aria-labelledby={headingId} data-testid="actor-timeline">
      <h3 id={headingId}>Relations per {unitWord}</h3>
      <div
        className="actor-timeline-chart"
        role="img"
        aria-label={`Relations per ${unitWord}, cooperation and conflict. ${describe}`}
      >
        {bars.map((b) => (
          <div
            key={b.key}
            className="actor-timeline-period"
            style={{ opacity: !overlapsWindow(b, range) ? 0.35 : 1 }}
            title={`${b.label}: ${b.cooperation} cooperation, ${b.conflict} conflict`}
          >
            <div className="up">
              <span className="bar cooperation" style={{ height: `${(b.cooperation / max) * 100}%` }} />
            </div>
            <div className="down">
              <span className="bar conflict" style={{ height: `${(b.conflict / max) * 100}%` }} />
            </div>
          </div>
        ))}
      </div>
      <p className="time-axis meta" aria-hidden="true">
        <span>{bars[0]!.label}</span>
        <span>{bars.at(-1)!.label}</span>
      </p>
      <p className="actor-timeline-legend" aria-hidden="true">
        <span>
          <span className="swatch" style={{ background: 'var(--time-cooperation)' }} />
          cooperation (up)
        </span>
        <span>
          <span className="swatch" style={{ background: 'var(--time-conflict)' }} />
          conflict (down)
        </span>
      </p>
      {active.length > 0 ? (
        <details>
          <summary>As a table</summary>
          <table data-testid="actor-timeline-table">
            <thead>
              <tr>
                <th scope="col">{unit === 'year' ? 'Year' : 'Month'}</th>
                <th scope="col">Cooperation</th>
                <th scope="col">Conflict</th>
              </tr>
            </thead>
            <tbody>
              {active.map((b) => (
                <tr key={b.key}>
                  <th scope="row">{b.label}</th>
                  <td>{b.cooperation}</td>
                  <td>{b.conflict}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}
