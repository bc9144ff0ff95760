import type { Core, ElementDefinition } from 'cytoscape';
import type { Graph } from '../domain/types';
import type { LayoutName } from '../domain/view';
import { runLayout } from './layout';
import { sunflower } from './scale';
import { toElements } from './toElements';

/**
 * Bring cy's elements in line with a graph: remove what is gone, add what is new, update data
 * that changed. Elements that stay keep their positions while only relations change; a graph that
 * gained or lost actors is laid out again (and fitted), so removing an article restores its layout.
 */
export function syncElements(cy: Core, graph: Graph, layout: LayoutName): void {
  const wanted = toElements(graph);
  const wantedIds = new Set(wanted.map((el) => el.data.id as string));
  const added: ElementDefinition[] = [];
  let actorsRemoved = false;
  cy.batch(() => {
    // Merged pair edges are the canvas's own (syncMerged keeps them); everything else mirrors the graph.
    const gone = cy
      .elements()
      .not('.merged')
      .filter((el) => !wantedIds.has(el.id()));
    actorsRemoved = gone.nodes().nonempty();
    gone.remove();
    for (const def of wanted) {
      const existing = cy.getElementById(def.data.id as string);
      if (existing.empty()) {
        added.push(def);
        continue;
      }
      const changed = Object.entries(def.data).some(([key, value]) => existing.data(key) !== value);
      // An edge whose endpoints changed must be re-created; other data updates in place.
      if (
        def.group === 'edges' &&
        (existing.data('source') !== def.data.source || existing.data('target') !== def.data.target)
      ) {
        existing.remove();
        added.push(def);
      } else if (changed) {
        existing.data(def.data);
      }
      if (def.classes !== undefined) existing.classes(mergeClasses(existing.classes(), def.classes));
    }
  });
  const newElements = added.length > 0 ? cy.add(spreadNewNodes(added)) : cy.collection();
  if (actorsRemoved || newElements.nodes().nonempty()) runLayout(cy, layout);
}

/**
 * New actors start on a spiral instead of all at (0, 0): the layout measures the graph's bounds
 * before it places them, and an edge between two actors at one point has no drawable ends (Cytoscape
 * warns about each). The layout then moves them; fcose randomises its start anyway.
 */
function spreadNewNodes(added: readonly ElementDefinition[]): ElementDefinition[] {
  let k = 0;
  return added.map((def) =>
    def.group !== 'nodes' || def.position ? def : { ...def, position: sunflower(k++, 40) },
  );
}

/** Model classes (directed, negated…) are replaced; view classes (hidden, faded…) are kept. */
const VIEW_CLASSES = new Set(['hidden', 'faded', 'is-selected', 'merged-away', 'focus-centre']);
function mergeClasses(current: string[], model: string | string[]): string[] {
  const modelClasses = Array.isArray(model) ? model : model.split(' ');
  return [...current.filter((c) => VIEW_CLASSES.has(c)), ...modelClasses.filter(Boolean)];
}
