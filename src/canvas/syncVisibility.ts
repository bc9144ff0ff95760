import type { Core } from 'cytoscape';
import type { Visibility } from '../domain/filters';

/** Hide by class, in one batch: cheaper than removing elements and keeps every position. */
export function syncVisibility(cy: Core, visibility: Visibility): void {
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      const hidden = !visibility.relations.has(edge.id());
      if (hidden !== edge.hasClass('hidden')) edge.toggleClass('hidden', hidden);
    });
    cy.nodes().forEach((node) => {
      const hidden = !visibility.actors.has(node.id());
      if (hidden !== node.hasClass('hidden')) node.toggleClass('hidden', hidden);
    });
  });
}
