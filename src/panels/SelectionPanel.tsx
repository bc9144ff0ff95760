import { useAppStore } from '../store';
import { ActorDetails } from './ActorDetails';
import { RelationDetails } from './RelationDetails';

export function SelectionPanel() {
  const selection = useAppStore((s) => s.selection);
  const index = useAppStore((s) => s.index);
  if (selection?.kind === 'relation') {
    const relation = index.relations.get(selection.id);
    if (relation) return <RelationDetails relation={relation} activeIndex={selection.evidenceIndex} />;
  }
  if (selection?.kind === 'actor') {
    const actor = index.actors.get(selection.id);
    if (actor) return <ActorDetails actor={actor} />;
  }
  return (
    <section className="details empty">
      <h2>Nothing selected</h2>
      <p>Click a relation (an edge) to read the sentences behind it, or an actor to list its relations.</p>
    </section>
  );
}
