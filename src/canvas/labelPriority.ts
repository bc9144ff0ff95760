import type {
  BoundingBox12,
  Core,
  EventObject,
  SingularElementArgument,
  StylesheetJsonBlock,
} from 'cytoscape';
import { selectMergedView, selectVisibility } from '../store/selectors';
import { subscribeFirst } from './subscribeFirst';

/**
 * Readable labels at every window size. Labels never shrink on screen below a minimum: when the
 * graph is zoomed out to fit a small canvas, they are enlarged in model space, in steps.
 * Larger labels collide, so they give way by priority (selected, hovered, then actors by number of
 * relations, then relations by number of sentences): a label that would overlap one already placed,
 * or an actor, is hidden (`label-hidden`) until there is room for it or the pointer is on its element.
 */

/** The smallest on-screen size, in CSS pixels, of an actor's and of a relation's label. */
export const NODE_LABEL_MIN_PX = 11;
export const EDGE_LABEL_MIN_PX = 10;
/** The stylesheet's own sizes (stylesheet.ts), which the steps multiply. */
const NODE_FONT = 15;
const EDGE_FONT = 11;
const SELECTED_EDGE_FONT = 12;
/** Enlargements, each about a fifth over the last; step 0 is the stylesheet's size. */
const STEPS = [1, 1.2, 1.45, 1.75, 2.1, 2.5, 3, 3.6, 4.3, 5.2, 6.2, 7.5, 9] as const;
/** Above this many drawn elements labels are left to the large-graph style (scale.ts). */
const DECLUTTER_UP_TO = 1500;

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
 * The label size for an element at an enlargement, in model pixels. Set as a style bypass, not a
 * class: Cytoscape 3.35 keeps drawing a node's label from its cached texture when a class changes
 * the font size (the text comes out clipped), while a bypass refreshes it.
 */
function applyStep(cy: Core, zoom: number): void {
  const nodeFactor = labelFactor(zoom, NODE_FONT, NODE_LABEL_MIN_PX);
  const edgeFactor = labelFactor(zoom, EDGE_FONT, EDGE_LABEL_MIN_PX);
  cy.batch(() => {
    cy.elements().forEach((el) => {
      const node = el.isNode();
      const edgeFont = el.hasClass('is-selected') ? SELECTED_EDGE_FONT : EDGE_FONT;
      const size = node ? NODE_FONT * nodeFactor : edgeFont * edgeFactor;
      if (el.scratch('_labelSize') === size) return;
      el.scratch('_labelSize', size);
      el.style(node ? { 'font-size': size, 'text-margin-y': 4 * nodeFactor } : { 'font-size': size });
    });
  });
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

const meet = (a: BoundingBox12, b: BoundingBox12) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function labelBox(el: SingularElementArgument, pad: number): BoundingBox12 {
  const b = el.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  return { x1: b.x1 - pad, y1: b.y1 - pad, x2: b.x2 + pad, y2: b.y2 + pad };
}

/** Higher first: selected, then actors by relations drawn, then relations by sentences; faded last. */
function priority(el: SingularElementArgument): number {
  let p = el.hasClass('is-selected') ? 1e6 : 0;
  if (el.hasClass('faded') || el.hasClass('analysis-faded')) p -= 1e5;
  if (el.isNode()) return p + 1e4 + el.connectedEdges(':visible').length;
  return p + Number((el.data('evidenceCount') as number | undefined) ?? 1);
}

/** Decide which labels show: each in priority order if it overlaps no label placed before it nor any actor. */
export function declutter(cy: Core): void {
  const all = cy.elements();
  if (all.length > DECLUTTER_UP_TO) {
    clearSteps(cy);
    return;
  }
  const zoom = cy.zoom();
  applyStep(cy, zoom);
  const visible = all.filter((el) => el.visible() && String(el.data('label') ?? '') !== '');
  const pad = 2 / zoom;
  const bodies = cy
    .nodes(':visible')
    .map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: false }) }));
  const placed: BoundingBox12[] = [];
  const hidden = new Set<string>();
  const ordered = visible.toArray().sort((a, b) => priority(b) - priority(a) || (a.id() < b.id() ? -1 : 1));
  for (const el of ordered) {
    const box = labelBox(el, pad);
    const onActor = bodies.some((b) => b.id !== el.id() && meet(box, b.box));
    // The selected element's label always shows; others give way.
    if (!el.hasClass('is-selected') && (onActor || placed.some((p) => meet(box, p)))) {
      hidden.add(el.id());
      continue;
    }
    placed.push(box);
  }
  cy.batch(() => {
    all.forEach((el) => {
      const hide = hidden.has(el.id());
      if (hide !== el.hasClass('label-hidden')) el.toggleClass('label-hidden', hide);
    });
  });
}

/** Keep labels decided as the view changes; returns the function that stops it. */
export function mountLabelPriority(cy: Core): () => void {
  let frame = 0;
  const schedule = () => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!cy.destroyed()) declutter(cy);
    });
  };
  const hover = (e: EventObject) => e.target.addClass('label-hover');
  const unhover = (e: EventObject) => e.target.removeClass('label-hover');
  cy.on('zoom position add remove', schedule);
  cy.on('mouseover', 'edge', hover);
  cy.on('mouseout', 'edge', unhover);
  const unsubscribe = subscribeFirst(
    (s) => [selectVisibility(s), selectMergedView(s), s.selection, s.analysis, s.sizeBy] as const,
    schedule,
    { equal: (a, b) => a.every((x, i) => Object.is(x, b[i])) },
  );
  schedule();
  return () => {
    cancelAnimationFrame(frame);
    cy.off('zoom position add remove', schedule);
    cy.off('mouseover', 'edge', hover);
    cy.off('mouseout', 'edge', unhover);
    unsubscribe();
  };
}
