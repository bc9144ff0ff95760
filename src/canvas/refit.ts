import type { Core } from 'cytoscape';
import { subscribeFirst } from './subscribeFirst';
import { listen } from './canvasListeners';

const FIT_PADDING = 40;
/** Whether the reader has zoomed or dragged the view since it was last fitted: then it stays put. */
const movedByReader = new WeakMap<Core, boolean>();

/** Fit what is drawn (not hidden, not merged away) in the canvas, and follow the canvas again. */
export function fitVisible(cy: Core): void {
  const shown = cy.elements().not('.hidden, .merged-away');
  if (shown.nonempty()) cy.fit(shown, FIT_PADDING);
  movedByReader.set(cy, false);
}

/**
 * Keep the drawing fitted while the reader has not moved it: when the canvas changes size (the
 * relation table or a panel opens or closes, the window is resized) and when a focus is set,
 * changed or cleared (hiding the rest leaves the neighbourhood small in a corner otherwise).
 */
export function mountRefit(cy: Core): () => void {
  movedByReader.set(cy, false);
  const moved = () => movedByReader.set(cy, true);
  const fitted = () => movedByReader.set(cy, false);
  const unlisten = [listen(cy, 'scrollzoom pinchzoom dragpan', moved), listen(cy, 'layoutstop', fitted)];
  const container = cy.container();
  // Cytoscape only notices window resizes; panels opening resize the canvas too.
  const resize = new ResizeObserver(() => {
    cy.resize();
    if (!movedByReader.get(cy)) fitVisible(cy);
  });
  if (container) resize.observe(container);
  const unsubscribe = subscribeFirst(
    (s) => [s.focusActor, s.focusSettings] as const,
    () => fitVisible(cy),
    { immediately: false, equal: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  return () => {
    resize.disconnect();
    for (const off of unlisten) off();
    unsubscribe();
  };
}

/** A story step placed the view on purpose: keep it until the reader moves it or Fit is pressed. */
export function holdViewport(cy: Core): void {
  movedByReader.set(cy, true);
}
