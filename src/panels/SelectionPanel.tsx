import { lazy, Suspense } from 'react';
import { useAppStore } from '../store';

// The details load on first use (the first paint needs neither); they are fetched right after start.
const loadRelation = () => import('./RelationDetails').then((m) => ({ default: m.RelationDetails }));
const loadActor = () => import('./ActorDetails').then((m) => ({ default: m.ActorDetails }));
const RelationDetails = lazy(loadRelation);
const ActorDetails = lazy(loadActor);
if (typeof window !== 'undefined') {
  const preload = () => void Promise.all([loadRelation(), loadActor()]);
  if ('requestIdleCallback' in window) window.requestIdleCallback(preload);
  else setTimeout(preload, 200);
}

const LOADING = (
  <section className="details">
    <p className="meta">Loading…</p>
  </section>
);

export function SelectionPanel() {
  const selection = useAppStore((s) => s.selection);
  const index = useAppStore((s) => s.index);
  if (selection?.kind === 'relation') {
    const relation = index.relations.get(selection.id);
    if (relation)
      return (
        <Suspense fallback={LOADING}>
          <RelationDetails relation={relation} activeIndex={selection.evidenceIndex} />
        </Suspense>
      );
  }
  if (selection?.kind === 'actor') {
    const actor = index.actors.get(selection.id);
    if (actor)
      return (
        <Suspense fallback={LOADING}>
          <ActorDetails actor={actor} />
        </Suspense>
      );
  }
  return (
    <section className="details empty">
      <h2>Nothing selected</h2>
      <p>Click a relation (an edge) to read the sentences behind it, or an actor to list its relations.</p>
    </section>
  );
}
