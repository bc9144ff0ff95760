import { useAppStore } from '../store';

export function GraphSummary() {
  const graph = useAppStore((s) => s.graph);
  const first = graph.sources[0];
  return (
    <p className="summary">
      {first ? <cite>{first.title}</cite> : 'No source loaded'}
      {graph.sources.length > 1 ? ` and ${graph.sources.length - 1} more` : ''} · {graph.actors.length} actors
      · {graph.relations.length} relations
    </p>
  );
}
