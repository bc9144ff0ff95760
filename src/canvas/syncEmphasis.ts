import type { Core } from 'cytoscape';
import type { Neighbourhood } from '../domain/focus';
import type { Selection } from '../domain/view';
import { fadesOnSelect } from './scale';

/**
 * Mark the selection and the focus, and fade what is outside them. With a focus, everything outside
 * its neighbourhood fades (hidden mode removes it instead, through visibility); without one, a
 * selection fades what is not connected to it.
 */
export function syncEmphasis(cy: Core, selection: Selection | null, focus: Neighbourhood | null): void {
  cy.batch(() => {
    cy.elements('.is-selected').removeClass('is-selected');
    cy.elements('.faded').removeClass('faded');
    cy.elements('.focus-centre').removeClass('focus-centre');
    const selected = selection ? cy.getElementById(selection.id) : cy.collection();
    selected.addClass('is-selected');
    if (focus) {
      cy.getElementById(focus.centre).addClass('focus-centre');
      cy.elements()
        .filter((el) =>
          el.isNode()
            ? !focus.actors.has(el.id())
            : el.hasClass('merged')
              ? !(focus.actors.has(el.data('source')) && focus.actors.has(el.data('target')))
              : !focus.relations.has(el.id()),
        )
        .not(selected)
        .addClass('faded');
      return;
    }
    // In a large graph fading would restyle every element; the selection is marked instead (scale.ts).
    if (selected.empty() || !fadesOnSelect(cy)) return;
    // A node's neighbourhood is its edges and their other ends; an edge keeps its two actors.
    const keep = selected.union(selected.connectedNodes()).union(selected.neighborhood());
    cy.elements().not(keep).addClass('faded');
  });
}
