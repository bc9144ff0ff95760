import type { Core, StylesheetJsonBlock } from 'cytoscape';

/**
 * Readable labels at every window size. Labels never shrink on screen below a minimum: when the
 * graph is zoomed out to fit a small canvas, they are enlarged in model space, in steps.
 * Larger labels collide, so they give way by priority (selected, hovered, then actors by number of
 * relations, then relations by number of sentences): a label that would overlap one already placed,
 * or an actor, is hidden (`label-hidden`) until there is room for it or the pointer is on its element.
 * The deciding (labelDeclutter.ts) loads after the first paint; the sizes and rules are here.
 */

/** The smallest on-screen size, in CSS pixels, of an actor's and of a relation's label. */
export const NODE_LABEL_MIN_PX = 11;
export const EDGE_LABEL_MIN_PX = 10;
/** The stylesheet's own sizes (stylesheet.ts), which the steps multiply. */
export const NODE_FONT = 15;
export const EDGE_FONT = 11;
export const SELECTED_EDGE_FONT = 12;
/** Enlargements, each about a fifth over the last; step 0 is the stylesheet's size. */
const STEPS = [1, 1.2, 1.45, 1.75, 2.1, 2.5, 3, 3.6, 4.3, 5.2, 6.2, 7.5, 9] as const;
/** Above this many drawn elements labels are left to the large-graph style (scale.ts). */
export const DECLUTTER_UP_TO = 1500;

/** The smallest enlargement that brings a label of `font` model pixels to `minPx` on screen at this zoom. */
export function labelFactor(zoom: number, font: number, minPx: number): number {
  const needed = minPx / (font * zoom);
  return STEPS.find((f) => f >= needed - 1e-9) ?? STEPS[STEPS.length - 1]!;
}

/** Stylesheet rules for hidden labels and the hovered relation's label; placed last. */
export function labelRules(): StylesheetJsonBlock[] {
  return [
    { selector: '.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
    {
      selector: 'edge.label-hover',
      style: { 'text-opacity': 1, 'text-background-opacity': 1, 'z-index': 20 },
    },
  ];
}

/**
 * Back to the stylesheet's label sizes: layouts that measure labels must not depend on the zoom
 * (and so on the window size). The next decision after the layout enlarges them again.
 */
export function clearSteps(cy: Core): void {
  cy.batch(() => {
    cy.elements().forEach((el) => {
      if (el.scratch('_labelSize') === undefined) return;
      el.removeScratch('_labelSize');
      el.removeStyle('font-size text-margin-y');
    });
    cy.elements('.label-hidden').removeClass('label-hidden');
  });
}
