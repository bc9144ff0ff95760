import { useId, useState } from 'react';
import { statusOf } from '../../domain/review';
import type { Relation } from '../../domain/types';
import { RelationTitle } from '../RelationTitle';

interface RejectedListProps {
  readonly relations: readonly Relation[];
  readonly onRestore: (relation: Relation) => void;
}

/**
 * Rejected relations are kept, hidden from the graph by default: listed here, each can go back to
 * the queue. Closed until asked for, so the queue stays in front.
 */
export function RejectedList({ relations, onRestore }: RejectedListProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <section className="review-rejected" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="drawer-heading">
        <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> Rejected ({relations.length})
        </button>
      </h3>
      <div id={id} hidden={!open}>
        {open && relations.length === 0 && <p className="meta">Nothing rejected.</p>}
        {open && relations.length > 0 && (
          <ul className="review-rejected-list">
            {relations.map((r) => {
              const quote = r.evidence.find((e) => statusOf(e) === 'rejected')?.quote;
              return (
                <li key={r.id} data-relation-id={r.id}>
                  <RelationTitle relation={r} />
                  {quote && <q className="meta">{quote}</q>}
                  <button type="button" onClick={() => onRestore(r)}>
                    Restore
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
