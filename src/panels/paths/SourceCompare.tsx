import {
  COMPARE_CLASSES,
  COMPARE_LABELS,
  type CompareClass,
  type SourceSets,
} from '../../domain/compareSources';
import type { Source } from '../../domain/types';
import { useAppStore } from '../../store';
import { selectComparison } from '../../store/pathsSelectors';
import { RelationTitle } from '../RelationTitle';
import { comparisonSummary } from './pathWords';

type SetName = 'a' | 'b';
const SET_LABELS: Readonly<Record<SetName, string>> = { a: 'Set A', b: 'Set B' };

/** A source moves between the sets: ticking it in one takes it out of the other. */
export function withSource(sets: SourceSets, set: SetName, sourceId: string, on: boolean): SourceSets {
  const other: SetName = set === 'a' ? 'b' : 'a';
  const next = { a: [...sets.a], b: [...sets.b] };
  next[set] = on
    ? [...next[set].filter((id) => id !== sourceId), sourceId]
    : next[set].filter((id) => id !== sourceId);
  if (on) next[other] = next[other].filter((id) => id !== sourceId);
  return next;
}

/**
 * Two sets of sources and the relations on screen split by them: only in A, only in B, in both.
 * The canvas draws the three classes in their legend colours and fades the rest.
 */
export function SourceCompare() {
  const sets = useAppStore((s) => s.compareSets);
  const sources = useAppStore((s) => s.graph.sources);
  const comparison = useAppStore(selectComparison);
  const setCompareSets = useAppStore((s) => s.setCompareSets);
  if (!sets) return null;
  return (
    <div className="paths-compare">
      {sources.length < 2 && (
        <p className="meta" data-testid="compare-one-source">
          The graph has one source. Add an article (Add article…) or open a graph with more sources to compare
          them.
        </p>
      )}
      <div className="compare-sets">
        {(['a', 'b'] as const).map((set) => (
          <SourceSet
            key={set}
            set={set}
            sources={sources}
            chosen={sets[set]}
            onToggle={(id, on) => setCompareSets(withSource(sets, set, id, on))}
          />
        ))}
      </div>
      {comparison && (
        <>
          <p role="status" aria-live="polite" data-testid="compare-summary">
            {comparisonSummary(comparison)}
          </p>
          <p className="meta">
            A relation belongs to a set when a sentence from one of its sources backs it, counting only the
            sentences the filters leave.
          </p>
          {COMPARE_CLASSES.map((cls) => (
            <CompareList key={cls} cls={cls} ids={comparison[cls]} />
          ))}
        </>
      )}
    </div>
  );
}

function SourceSet({
  set,
  sources,
  chosen,
  onToggle,
}: {
  set: SetName;
  sources: readonly Source[];
  chosen: readonly string[];
  onToggle: (sourceId: string, on: boolean) => void;
}) {
  return (
    <fieldset className={`compare-set compare-set-${set}`} data-testid={`compare-set-${set}`}>
      <legend>
        <span
          className={`compare-swatch compare-swatch-${set === 'a' ? 'onlyA' : 'onlyB'}`}
          aria-hidden="true"
        />
        {SET_LABELS[set]}
      </legend>
      {sources.map((source) => (
        <label key={source.id} className="toggle">
          <input
            type="checkbox"
            checked={chosen.includes(source.id)}
            onChange={(e) => onToggle(source.id, e.target.checked)}
          />
          {source.title}
        </label>
      ))}
    </fieldset>
  );
}

/** One class of relations, with its colour as on the canvas; each relation selects itself. */
function CompareList({ cls, ids }: { cls: CompareClass; ids: readonly string[] }) {
  const relations = useAppStore((s) => s.index.relations);
  const selectRelation = useAppStore((s) => s.selectRelation);
  return (
    <details
      className="compare-class"
      data-testid={`compare-${cls}`}
      open={ids.length > 0 && ids.length <= 30}
    >
      <summary>
        <span className={`compare-swatch compare-swatch-${cls}`} aria-hidden="true" />
        {COMPARE_LABELS[cls]}: <span data-testid="compare-count">{ids.length}</span>
      </summary>
      <ul className="relation-list">
        {ids.map((id) => {
          const relation = relations.get(id);
          return relation ? (
            <li key={id}>
              <button type="button" className="link" onClick={() => selectRelation(id)}>
                <RelationTitle relation={relation} />
              </button>
            </li>
          ) : null;
        })}
      </ul>
    </details>
  );
}
