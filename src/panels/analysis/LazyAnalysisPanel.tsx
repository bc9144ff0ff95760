import { lazy, Suspense } from 'react';

const AnalysisPanelCode = lazy(() => import('./AnalysisPanel').then((m) => ({ default: m.AnalysisPanel })));

/** Measures and communities: not needed for the first paint, so its code loads just after. */
export const LazyAnalysisPanel = () => (
  <Suspense fallback={null}>
    <AnalysisPanelCode />
  </Suspense>
);
