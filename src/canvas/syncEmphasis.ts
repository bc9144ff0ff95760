import type { Collection, Core } from 'cytoscape';
import type { Neighbourhood } from '../domain/focus';
import type { Selection } from '../domain/view';
import { canvasElementCount, fadesOnSelect } from './scale';

interface Marked {
  selected: Collection;
  faded: Collection;
  centre: Collection;
}
const marked = new WeakMap<Core, Marked>();

/**
 * Mark the selection and the focus, and fade what is outside them. With a focus, everything outside
 * its neighbourhood fades (hidden mode removes it instead, through visibility); without one, a
 * selection fades what is not connected to it.
 */
export function syncEmphasis(cy: Core, selection: Selection | null, focus: Neighbourhood | null): void {
  cy.batch(() => {
    // What was marked last time is remembered: querying 30,000 elements for three classes on
    // every click cost more than the marking itself.
    const last = marked.get(cy);
    if (last) {
      last.selected.removeClass('is-selected');
      last.faded.removeClass('faded');
      last.centre.removeClass('focus-centre');
    } else {
      cy.elements('.is-selected, .faded, .focus-centre').removeClass('is-selected faded focus-centre');
    }
    const selected = selection ? cy.getElementById(selection.id) : cy.collection();
    const now: Marked = { selected, faded: cy.collection(), centre: cy.collection() };
    marked.set(cy, now);
    selected.addClass('is-selected');
    if (focus) {
      now.centre = cy.getElementById(focus.centre).addClass('focus-centre');
      now.faded = cy
        .elements()
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
    if (selected.empty() || !fadesOnSelect(canvasElementCount())) return;
    // A node's neighbourhood is its edges and their other ends; an edge keeps its two actors.
    const keep = selected.union(selected.connectedNodes()).union(selected.neighborhood());
    now.faded = cy.elements().not(keep).addClass('faded');
  });
}
