import { useId } from 'react';
import { supportingEvidence } from '../../domain/filters';
import { PATH_DIRECTIONS, type ActorPath, type PathDirection } from '../../domain/paths';
import type { Relation } from '../../domain/types';
import { useAppStore } from '../../store';
import { selectPathReport } from '../../store/pathsSelectors';
import { selectCompiledFilters } from '../../store/selectors';
import { ActorNameList } from '../curate/ActorNameField';
import { RelationTitle, relationTitleText } from '../RelationTitle';
import { ActorPicker } from './ActorPicker';
import { DIRECTION_WORDS, noPathWords, pathLine, pathSummary } from './pathWords';

const DIRECTION_LABELS: Readonly<Record<PathDirection, string>> = {
  follow: 'Follow arrows (who acts on whom, in turn)',
  any: 'Any direction (how they are connected at all)',
};

/** Two actors, a direction, and the shortest paths between them with the sentences behind each step. */
export function PathFinder() {
  const query = useAppStore((s) => s.pathQuery);
  const report = useAppStore(selectPathReport);
  const actors = useAppStore((s) => s.graph.actors);
  const byId = useAppStore((s) => s.index.actors);
  const { setPathQuery, resetFilters, clearFocus } = useAppStore.getState();
  const listId = useId();
  const label = (id: string) => byId.get(id)?.label ?? id;

  return (
    <div className="paths-finder">
      <ActorNameList id={listId} actors={actors} />
      <div className="paths-ends">
        <ActorPicker
          label="From"
          value={query.from}
          actors={actors}
          byId={byId}
          listId={listId}
          onChange={(from) => setPathQuery({ from })}
        />
        <button
          type="button"
          className="paths-swap"
          onClick={() => setPathQuery({ from: query.to, to: query.from })}
          disabled={query.from === null && query.to === null}
          aria-label="Swap the two actors"
          title="Swap the two actors"
        >
          ⇅ Swap
        </button>
        <ActorPicker
          label="To"
          value={query.to}
          actors={actors}
          byId={byId}
          listId={listId}
          onChange={(to) => setPathQuery({ to })}
        />
      </div>
      <fieldset className="paths-direction">
        <legend>Direction</legend>
        {PATH_DIRECTIONS.map((d) => (
          <label key={d} className="toggle">
            <input
              type="radio"
              name="path-direction"
              value={d}
              checked={query.direction === d}
              onChange={() => setPathQuery({ direction: d })}
            />
            {DIRECTION_LABELS[d]}
          </label>
        ))}
      </fieldset>
      <div className="paths-result" role="status" aria-live="polite" data-testid="path-summary">
        {!report ? (
          <p className="meta">
            Choose two actors to see the shortest paths between them on the graph as filtered.
          </p>
        ) : report.found ? (
          <p>{pathSummary(report)}</p>
        ) : (
          <NoPath
            words={noPathWords(report.reason, query.from ?? '', query.to ?? '', label)}
            onAnyDirection={() => setPathQuery({ direction: 'any' })}
            onShowEverything={() => {
              resetFilters();
              clearFocus();
            }}
          />
        )}
      </div>
      {report?.found && (
        <ol className="path-list" data-testid="path-list">
          {report.paths.map((path, i) => (
            <PathItem
              key={path.actors.join('>')}
              path={path}
              number={i + 1}
              line={pathLine(path, label, report.direction)}
            />
          ))}
        </ol>
      )}
      {report?.found && (
        <p className="meta">
          Paths are searched {DIRECTION_WORDS[report.direction]} over the relations the filters and the focus
          leave on the graph; each step lists the sentences that back it.
        </p>
      )}
    </div>
  );
}

function NoPath({
  words,
  onAnyDirection,
  onShowEverything,
}: {
  words: ReturnType<typeof noPathWords>;
  onAnyDirection: () => void;
  onShowEverything: () => void;
}) {
  return (
    <div className="paths-none" data-testid="path-none">
      <p>{words.text}</p>
      {words.action === 'any-direction' && (
        <button type="button" onClick={onAnyDirection}>
          Search in any direction
        </button>
      )}
      {words.action === 'show-everything' && (
        <button type="button" onClick={onShowEverything}>
          Reset filters and focus
        </button>
      )}
    </div>
  );
}

/** One path; the first opens with its sentences, the others show their route until opened. */
function PathItem({ path, number, line }: { path: ActorPath; number: number; line: string }) {
  const relations = useAppStore((s) => s.index.relations);
  return (
    <li className="path-item" data-testid="path-item">
      <details open={number === 1}>
        <summary>
          <h3 className="path-line">
            <span className="path-number">Path {number}:</span> {line}
          </h3>
        </summary>
        <ol className="path-steps">
          {path.hops.flatMap((hop) =>
            hop.relationIds.map((id) => {
              const relation = relations.get(id);
              return relation ? <PathStep key={`${hop.from}>${id}`} relation={relation} /> : null;
            }),
          )}
        </ol>
      </details>
    </li>
  );
}

/** One relation on a path and the sentences the filters leave it, each readable in the article. */
function PathStep({ relation }: { relation: Relation }) {
  const filters = useAppStore((s) => s.filters);
  const sources = useAppStore((s) => s.index.sources);
  const selection = useAppStore((s) => s.selection);
  const selectRelation = useAppStore((s) => s.selectRelation);
  const title = useAppStore((s) => relationTitleText(s.index, relation));
  const compiled = useAppStore(selectCompiledFilters);
  const shown = new Set(supportingEvidence(relation, filters, compiled));
  const evidence = relation.evidence.map((ev, index) => ({ ev, index })).filter(({ ev }) => shown.has(ev));
  return (
    <li className="path-step" data-testid="path-step">
      <p className="path-step-title">
        <RelationTitle relation={relation} />
      </p>
      {evidence.length === 0 ? (
        <p className="meta">No sentence backs this relation.</p>
      ) : (
        <ol className="path-evidence">
          {evidence.map(({ ev, index }) => {
            const source = sources.get(ev.sourceId);
            const active =
              selection?.kind === 'relation' &&
              selection.id === relation.id &&
              selection.evidenceIndex === index;
            return (
              <li key={`${ev.sourceId}:${ev.start}`} data-testid="path-evidence">
                <q>{ev.quote}</q>{' '}
                <span className="evidence-meta">
                  <cite>{source?.title ?? ev.sourceId}</cite>
                  {[source?.publisher, source?.published].filter(Boolean).map((part) => ` · ${part}`)}
                  {ev.negated ? ' · says this did not happen' : ''}
                </span>{' '}
                <button
                  type="button"
                  className="link"
                  aria-pressed={active}
                  onClick={() => selectRelation(relation.id, index)}
                  aria-label={`Read in article: sentence ${index + 1} of ${title}`}
                >
                  Read in article
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </li>
  );
}
