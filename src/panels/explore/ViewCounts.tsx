import { useAppStore } from '../../store';
import { selectVisibility } from '../../store/selectors';

/** "Showing X of Y relations, A of B actors": how much the filters and focus leave on screen. */
export function ViewCounts() {
  const v = useAppStore(selectVisibility);
  const totalRelations = useAppStore((s) => s.graph.relations.length);
  const totalActors = useAppStore((s) => s.graph.actors.length);
  return (
    <p className="view-counts" data-testid="view-counts" aria-live="polite">
      Showing {v.relations.size} of {totalRelations} relations, {v.actors.size} of {totalActors} actors
    </p>
  );
}
