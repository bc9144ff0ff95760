import { lazy, Suspense } from 'react';

const TimeWindowCode = lazy(() => import('./TimeWindowPanel').then((m) => ({ default: m.TimeWindowPanel })));

/** The time window with its histogram: not needed for the first paint, so its code loads just after. */
export const LazyTimeWindow = () => (
  <Suspense fallback={null}>
    <TimeWindowCode />
  </Suspense>
);
