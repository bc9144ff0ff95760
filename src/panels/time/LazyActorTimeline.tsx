import { lazy, Suspense } from 'react';

const ActorTimelineCode = lazy(() => import('./ActorTimeline').then((m) => ({ default: m.ActorTimeline })));

/** An actor's relations over time; its code loads when an actor is first opened. */
export const LazyActorTimeline = ({ actorId }: { actorId: string }) => (
  <Suspense fallback={null}>
    <ActorTimelineCode actorId={actorId} />
  </Suspense>
);
