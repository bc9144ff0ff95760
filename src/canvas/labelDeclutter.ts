/** Which labels show and how large (see labelPriority.ts); loaded after the first paint. */
import type { BoundingBox12, Core, EventObject, SingularElementArgument } from 'cytoscape';
import { selectPathMarks } from '../store/pathsSelectors';
import { selectMergedView, selectVisibility } from '../store/selectors';
import {
  clearSteps,
  DECLUTTER_UP_TO,
  EDGE_FONT,
  EDGE_LABEL_MIN_PX,
  labelFactor,
  NODE_FONT,
  NODE_LABEL_MIN_PX,
  SELECTED_EDGE_FONT,
} from './labelPriority';
import { subscribeFirst } from './subscribeFirst';
import { listen } from './canvasListeners';

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

const meet = (a: BoundingBox12, b: BoundingBox12) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function labelBox(el: SingularElementArgument, pad: number): BoundingBox12 {
  const b = el.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  return { x1: b.x1 - pad, y1: b.y1 - pad, x2: b.x2 + pad, y2: b.y2 + pad };
}

/**
 * The selected elements and the actors at the ends of a selected relation: their labels always show,
 * so the reader sees who a selected relation joins.
 */
function alwaysShown(cy: Core): Set<string> {
  const selected = cy.elements('.is-selected');
  return new Set(selected.union(selected.edges().connectedNodes()).map((el) => el.id()));
}

/** Higher first: selected, then actors by relations drawn, then relations by sentences; faded last. */
function priority(el: SingularElementArgument, shown: ReadonlySet<string>): number {
  let p = shown.has(el.id()) ? 1e6 : 0;
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
  // Each element's priority once: the comparator would otherwise query its edges on every comparison.
  const shown = alwaysShown(cy);
  const rank = new Map(visible.map((el) => [el.id(), priority(el, shown)] as const));
  const ordered = visible
    .toArray()
    .sort((a, b) => rank.get(b.id())! - rank.get(a.id())! || (a.id() < b.id() ? -1 : 1));
  for (const el of ordered) {
    const box = labelBox(el, pad);
    const onActor = bodies.some((b) => b.id !== el.id() && meet(box, b.box));
    // The selected element's label, and its actors', always show; others give way.
    if (!shown.has(el.id()) && (onActor || placed.some((p) => meet(box, p)))) {
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
      if (cy.destroyed()) return;
      decidedAt = steps();
      declutter(cy);
    });
  };
  // Within one enlargement step, zooming changes no label's model-space box, so nothing to re-decide.
  const steps = () =>
    `${labelFactor(cy.zoom(), NODE_FONT, NODE_LABEL_MIN_PX)}:${labelFactor(cy.zoom(), EDGE_FONT, EDGE_LABEL_MIN_PX)}`;
  let decidedAt = '';
  const zoomed = () => {
    if (steps() !== decidedAt) schedule();
  };
  const hover = (e: EventObject) => e.target.addClass('label-hover');
  const unhover = (e: EventObject) => e.target.removeClass('label-hover');
  const unlisten = [
    listen(cy, 'zoom', zoomed),
    listen(cy, 'position add remove', schedule),
    listen(cy, 'mouseover', 'edge', hover),
    listen(cy, 'mouseout', 'edge', unhover),
  ];
  const unsubscribe = subscribeFirst(
    (s) =>
      [
        selectVisibility(s),
        selectMergedView(s),
        s.selection,
        s.analysis,
        s.sizeBy,
        selectPathMarks(s),
      ] as const,
    schedule,
    { equal: (a, b) => a.every((x, i) => Object.is(x, b[i])) },
  );
  schedule();
  return () => {
    cancelAnimationFrame(frame);
    for (const off of unlisten) off();
    unsubscribe();
  };
}
