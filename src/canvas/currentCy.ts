import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The live Cytoscape instance, for tests and power users (as Cytoscape's own demos do). */
    cy?: Core;
  }
}

let current: Core | null = null;

/** The mounted instance; panels reach the canvas through functions in src/canvas, never cy itself. */
export const getCy = (): Core | null => current;

export function setCy(cy: Core | null): void {
  current = cy;
  if (typeof window !== 'undefined') {
    if (cy) window.cy = cy;
    else delete window.cy;
  }
}
