import type { Collection, Core, LayoutOptions } from 'cytoscape';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { withSeededRandom } from '../domain/random';

cytoscape.use(fcose);

const LAYOUT_SEED = 20250511;

/** Force-directed, seeded: fcose takes no seed, so Math.random is seeded around its run. */
function forceLayout(size: number): LayoutOptions {
  return {
    name: 'fcose',
    // Above ~1,000 actors the proof quality costs seconds; draft is close enough to read.
    quality: size > 800 ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    // Dense political graphs carry many parallel edges per pair: give them room to fan out.
    nodeRepulsion: () => 60000,
    idealEdgeLength: () => 180,
    edgeElasticity: () => 0.2,
    gravity: 0.15,
    nodeSeparation: 120,
    numIter: 2500,
  } as LayoutOptions;
}

/** Lay out the given elements (the visible ones) synchronously and fit the view. */
export function runLayout(cy: Core, eles: Collection = cy.elements().not('.hidden')): void {
  const nodes = eles.nodes();
  if (nodes.length === 0) return;
  withSeededRandom(LAYOUT_SEED, () => {
    eles.layout(forceLayout(nodes.length)).run();
  });
}
