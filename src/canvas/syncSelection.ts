import type { Core } from 'cytoscape';
import type { Selection } from '../store';

/** Mark the selection and fade everything not connected to it. */
export function syncSelection(cy: Core, selection: Selection | null): void {
  cy.batch(() => {
    cy.elements('.is-selected').removeClass('is-selected');
    cy.elements('.faded').removeClass('faded');
    if (!selection) return;
    const el = cy.getElementById(selection.id);
    if (el.empty()) return;
    el.addClass('is-selected');
    // A node's neighbourhood is its edges and their other ends; an edge keeps its two actors.
    const keep = el.union(el.connectedNodes()).union(el.neighborhood());
    cy.elements().not(keep).addClass('faded');
  });
}
