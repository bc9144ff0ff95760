import type { Core } from 'cytoscape';
import { subscribeFirst } from './subscribeFirst';

/**
 * Loads the paths panel's canvas layer (path search, source comparison, marking) the first time the
 * panel opens, so a first visit does not download it; returns the cleanup.
 */
export function mountPathMarks(cy: Core): () => void {
  let stop: (() => void) | undefined;
  let unmounted = false;
  const unwatch = subscribeFirst(
    (s) => s.pathsTool !== null,
    (open) => {
      if (!open || stop) return;
      void import('./pathMarksLayer').then(({ subscribePathMarks }) => {
        if (!unmounted && !stop) stop = subscribePathMarks(cy);
      });
    },
  );
  return () => {
    unmounted = true;
    unwatch();
    stop?.();
  };
}
