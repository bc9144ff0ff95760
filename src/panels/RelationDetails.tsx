import type { Relation } from '../domain/types';
import { useAppStore } from '../store';
import { RelationTitle } from './RelationTitle';

/** The selected relation and every sentence that backs it; a sentence click scrolls the reader. */
export function RelationDetails({ relation, activeIndex }: { relation: Relation; activeIndex: number }) {
  const sources = useAppStore((s) => s.index.sources);
  const selectRelation = useAppStore((s) => s.selectRelation);
  const type = useAppStore((s) => s.index.types.get(relation.type));
  return (
    <section aria-labelledby="relation-heading" className="details">
      <h2 id="relation-heading" data-testid="relation-heading">
        <RelationTitle relation={relation} />
      </h2>
      {type && (
        <p className="meta">
          {type.polarity === 'conflict' ? 'Conflict' : 'Cooperation'} · quad {type.quad} · CAMEO{' '}
          {type.cameo.join(', ')} · {relation.evidence.length} evidence sentence
          {relation.evidence.length === 1 ? '' : 's'}
        </p>
      )}
      <ol className="evidence-list" data-testid="evidence-list">
        {relation.evidence.map((ev, i) => (
          <li key={`${ev.sourceId}:${ev.start}`}>
            <button
              type="button"
              className={i === activeIndex ? 'evidence active' : 'evidence'}
              aria-pressed={i === activeIndex}
              onClick={() => selectRelation(relation.id, i)}
            >
              <q>{ev.quote}</q>
            </button>
            <span className="evidence-meta">
              {sources.get(ev.sourceId)?.title ?? ev.sourceId}
              {ev.negated ? ' · says this did not happen' : ''}
              {ev.anchor === 'orphaned' ? ' · not found in the source text' : ''}
              {ev.anchor === 'reanchored' ? ' · moved to where the quote now stands' : ''}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
