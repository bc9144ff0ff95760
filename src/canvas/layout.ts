import type { Collection, Core, EdgeSingular, LayoutOptions, NodeSingular, Position } from 'cytoscape';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { withSeededRandom } from '../domain/random';
import type { LayoutName } from '../domain/view';
import { layoutForSize, timed } from './scale';
import { clearSteps } from './labelPriority';
import { tidyLayout, tidyStructured } from './tidyLayout';

cytoscape.use(fcose);

const LAYOUT_SEED = 20250511;
/** Seeds tried for graphs up to MULTI_START_UP_TO actors (a force layout of 50 actors takes ~50 ms). */
const STARTS = 8;
const MULTI_START_UP_TO = 60;
const COMMON = { animate: false, fit: true, padding: 40 } as const;

/** Force-directed, seeded: fcose takes no seed, so Math.random is seeded around its run. */
function forceLayout(size: number): LayoutOptions {
  return {
    name: 'fcose',
    ...COMMON,
    // Fitted after tidyLayout has moved actors off edges (runLayout).
    fit: false,
    // Above ~1,000 actors the proof quality costs seconds; draft is close enough to read.
    quality: size > 800 ? 'draft' : 'default',
    randomize: true,
    nodeDimensionsIncludeLabels: true,
    // Dense political graphs carry many parallel edges per pair: give them room to fan out.
    nodeRepulsion: () => 30000,
    // A pair with many relations fans out into many curves: keep its two actors further apart.
    idealEdgeLength: (edge: EdgeSingular) => 120 + 8 * Math.min(8, edge.parallelEdges().length - 1),
    edgeElasticity: () => 0.2,
    gravity: 0.15,
    nodeSeparation: 80,
    numIter: 2500,
  } as LayoutOptions;
}

/** Relations per actor among the laid-out edges; merged edges are left out so pairs are not counted twice. */
function degrees(eles: Collection): Map<string, number> {
  const degree = new Map<string, number>();
  eles.edges().forEach((e) => {
    if (e.hasClass('merged')) return;
    for (const id of [e.source().id(), e.target().id()]) degree.set(id, (degree.get(id) ?? 0) + 1);
  });
  return degree;
}

/**
 * The positions the file gave. Actors without one (added since) keep where they are; the file's y
 * axis points up in Gephi and yEd alike as on screen, so positions are used as written.
 */
const fileLayout = (): LayoutOptions =>
  ({
    name: 'preset',
    ...COMMON,
    positions: (node: NodeSingular) =>
      typeof node.data('fileX') === 'number'
        ? { x: node.data('fileX'), y: node.data('fileY') }
        : node.position(),
  }) as LayoutOptions;

function options(name: LayoutName, eles: Collection, root: string | null): LayoutOptions {
  const nodes = eles.nodes();
  if (name === 'fcose') return forceLayout(nodes.length);
  // A graph without positions of its own (say, the seed again after an undo) gets the default layout.
  if (name === 'file')
    return nodes.some((n) => typeof n.data('fileX') === 'number') ? fileLayout() : forceLayout(nodes.length);
  const degree = degrees(eles);
  const degreeOf = (n: NodeSingular) => degree.get(n.id()) ?? 0;
  const maxDegree = Math.max(1, ...nodes.map(degreeOf));
  // A fixed box in model space: by default these layouts size themselves to the canvas, which
  // would make positions depend on the window. `fit` then scales the result to the canvas.
  const side = Math.max(400, Math.sqrt(nodes.length) * 160);
  const boundingBox = { x1: 0, y1: 0, w: side * 1.4, h: side };
  switch (name) {
    case 'concentric':
      return {
        name,
        ...COMMON,
        boundingBox,
        concentric: degreeOf,
        // About four rings whatever the spread of degrees: the most connected actors in the middle.
        levelWidth: () => Math.max(1, maxDegree / 4),
        minNodeSpacing: 50,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
      } as LayoutOptions;
    case 'circle':
    case 'grid':
      return {
        name,
        ...COMMON,
        boundingBox,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        spacingFactor: 1.2,
      } as LayoutOptions;
    case 'breadthfirst': {
      // From the actor in focus or selected, else the most connected one: the tree reads from there.
      const ids = nodes.map((n) => n.id());
      const top = nodes.toArray().sort((a, b) => (degree.get(b.id()) ?? 0) - (degree.get(a.id()) ?? 0))[0];
      const rootId = root !== null && ids.includes(root) ? root : top?.id();
      return {
        name,
        ...COMMON,
        boundingBox,
        directed: false,
        roots: rootId === undefined ? undefined : [rootId],
        spacingFactor: 1.1,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
      } as LayoutOptions;
    }
  }
}

/** What a layout places: the drawn actors and their relations (a merged pair's members included). */
export const layoutElements = (cy: Core): Collection =>
  cy.nodes().not('.hidden').union(cy.edges().not('.hidden, .merged'));

/**
 * Run a layout on the given elements (default: what is visible) synchronously and fit the view.
 * Every layout is deterministic: the same graph and filters give the same positions.
 */
export function runLayout(
  cy: Core,
  name: LayoutName,
  eles: Collection = layoutElements(cy),
  root: string | null = null,
): void {
  if (eles.nodes().length === 0) return;
  // Labels measured at their stylesheet size, whatever the zoom: the same positions in every window.
  clearSteps(cy);
  const chosen = layoutForSize(options(name, eles, root), eles);
  timed('layout', () => {
    if (chosen.name !== 'fcose') {
      withSeededRandom(LAYOUT_SEED, () => eles.layout(chosen).run());
      if (chosen.name !== 'preset') {
        const box = (chosen as { boundingBox?: { x1: number; y1: number; w: number; h: number } })
          .boundingBox;
        const centre = box ? { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 } : { x: 0, y: 0 };
        tidyStructured(eles, chosen.name as LayoutName, centre);
        cy.fit(eles, COMMON.padding);
      }
      return;
    }
    // Small graphs: the start with the fewest edges across actors after tidying, of a few seeds.
    const starts = eles.nodes().length <= MULTI_START_UP_TO ? STARTS : 1;
    let best: { crossings: number; positions: Map<string, Position> } | null = null;
    for (let k = 0; k < starts && best?.crossings !== 0; k++) {
      withSeededRandom(LAYOUT_SEED + k, () => eles.layout(chosen).run());
      const crossings = tidyLayout(eles);
      if (!best || crossings < best.crossings)
        best = { crossings, positions: new Map(eles.nodes().map((n) => [n.id(), { ...n.position() }])) };
    }
    const kept = best!.positions;
    eles.nodes().positions((n) => kept.get(n.id()) ?? n.position());
    cy.fit(eles, COMMON.padding);
  });
}
