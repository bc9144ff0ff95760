import { flushSync } from 'react-dom';
import type { Actor } from '../domain/types';
import { useAppStore } from '../store';
import { ActorEditor } from './curate/lazyCuration';
import { AttributesTable } from './curate/AttributesTable';
import { focusRelationHeading } from './relationFocus';
import { RelationTitle } from './RelationTitle';
import { LazyActorTimeline } from './time/LazyActorTimeline';

/** An actor and its relations, each one a button that selects that relation; below, its correction. */
export function ActorDetails({ actor }: { actor: Actor }) {
  const index = useAppStore((s) => s.index);
  const selectRelation = useAppStore((s) => s.selectRelation);
  const relationIds = index.relationsByActor.get(actor.id) ?? [];
  // The list is replaced by the relation's details: move focus there rather than let it fall to the
  // page body (where a keyboard user would have to start over).
  const openRelation = (id: string) => {
    flushSync(() => selectRelation(id));
    focusRelationHeading();
  };
  return (
    <section aria-labelledby="actor-heading" className="details">
      <h2 id="actor-heading">{actor.label}</h2>
      <p className="meta">
        {actor.kind}
        {actor.aliases.length > 0 ? ` · also: ${actor.aliases.join(', ')}` : ''}
        {actor.affiliation ? ` · of ${index.actors.get(actor.affiliation)?.label ?? actor.affiliation}` : ''}
      </p>
      {actor.discovered ? (
        <p className="meta discovered-note">
          Found in the article, not in the lexicon: the extractor read this name from a title or an acronym.
          Check the name, kind and affiliation below.
        </p>
      ) : null}
      <button type="button" onClick={() => useAppStore.getState().openPaths(actor.id)}>
        Path from here…
      </button>
      <LazyActorTimeline actorId={actor.id} />
      <h3>{relationIds.length} relations</h3>
      <ul className="relation-list" data-testid="actor-relations">
        {relationIds.map((id) => {
          const relation = index.relations.get(id);
          return relation ? (
            <li key={id}>
              <button type="button" className="link" onClick={() => openRelation(id)}>
                <RelationTitle relation={relation} />
              </button>
            </li>
          ) : null;
        })}
      </ul>
      <AttributesTable attributes={actor.attributes} caption="From the file" />
      <ActorEditor actor={actor} />
    </section>
  );
}
