import { useAppStore } from '../store';
import { getCy } from './currentCy';
import { layoutElements, runLayout } from './layout';
import { fitVisible } from './refit';

/** Canvas commands for panels, which never touch `cy` themselves. */

/** Pan so the actor sits in the middle of the canvas (zoom unchanged). False if it is not drawn. */
export function centreOnActor(actorId: string): boolean {
  const cy = getCy();
  const node = cy?.getElementById(actorId);
  if (!cy || !node || node.empty() || !node.visible()) return false;
  // Pan to the node's own centre (cy's `center` would use the box around node and label).
  const p = node.position();
  const zoom = cy.zoom();
  cy.stop();
  cy.animate({ pan: { x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom } }, { duration: 250 });
  return true;
}

/**
 * Bring a relation on screen when it is drawn but lies (partly) outside the canvas: pan so it sits
 * in the middle, zoom unchanged. A relation already in view does not move the graph.
 */
export function revealRelation(relationId: string): boolean {
  const cy = getCy();
  const edge = cy?.getElementById(relationId);
  if (!cy || !edge || edge.empty() || !edge.visible()) return false;
  const box = edge.union(edge.connectedNodes()).renderedBoundingBox();
  const margin = 24;
  const inView =
    box.x1 >= margin && box.y1 >= margin && box.x2 <= cy.width() - margin && box.y2 <= cy.height() - margin;
  if (inView) return true;
  const mid = edge.midpoint();
  const zoom = cy.zoom();
  cy.stop();
  cy.animate(
    { pan: { x: cy.width() / 2 - mid.x * zoom, y: cy.height() / 2 - mid.y * zoom } },
    { duration: 250 },
  );
  return true;
}

/** Run the chosen layout again on what is visible now, rooted at the focus or selected actor. */
export function relayout(): void {
  const cy = getCy();
  if (!cy) return;
  const s = useAppStore.getState();
  runLayout(cy, s.layout, layoutElements(cy), rootActor());
}

/** The actor a tree layout starts from: the one in focus, else the selected one. */
export function rootActor(): string | null {
  const s = useAppStore.getState();
  return s.focusActor ?? (s.selection?.kind === 'actor' ? s.selection.id : null);
}

/** Fit the visible graph in the canvas. */
export function fitView(): void {
  const cy = getCy();
  if (cy) fitVisible(cy);
}
