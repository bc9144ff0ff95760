import type { Core, ElementDefinition } from 'cytoscape';
import type { Graph } from '../domain/types';
import type { LayoutName } from '../domain/view';
import { runLayout } from './layout';
import { sunflower } from './scale';
import { noteCreated } from './visibilityDiff';
import { actorElement, relationElement } from './toElements';

/**
 * Bring cy's elements in line with a graph: remove what is gone, add what is new, update data
 * that changed. Elements that stay keep their positions while only relations change; a graph that
 * gained or lost actors is laid out again (and fitted), so removing an article restores its layout.
 *
 * `previous` is the graph cy holds now. Graphs are immutable and a curation edit keeps every actor
 * and relation it did not touch as the same object, so only the others are compared with cy: on a
 * large graph one edit then costs a scan of object identities, not a diff of every element.
 */
export function syncElements(cy: Core, graph: Graph, layout: LayoutName, previous?: Graph): void {
  const types = new Map(graph.relationTypes.map((t) => [t.id, t]));
  // A type's label or class shows on each of its edges: a changed vocabulary redraws them all.
  const wanted = [
    ...changed(graph.actors, previous?.actors).map(actorElement),
    ...changed(
      graph.relations,
      previous?.relationTypes === graph.relationTypes ? previous.relations : undefined,
    ).map((r) => relationElement(r, types.get(r.type))),
  ];
  const added: ElementDefinition[] = [];
  let actorsRemoved = false;
  cy.batch(() => {
    const gone = goneElements(cy, graph, previous);
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
  noteCreated(
    cy,
    previous,
    graph,
    newElements.map((el) => el.id()),
  );
  if (actorsRemoved || newElements.nodes().nonempty()) runLayout(cy, layout);
}

/** Items of `items` that are not in `before` (by identity): all of them when there is no `before`. */
function changed<T extends object>(items: readonly T[], before: readonly T[] | undefined): T[] {
  if (before === undefined) return [...items];
  if (before === items) return [];
  // The usual edit replaces items in place: compare position by position, no set needed.
  if (before.length === items.length) return items.filter((item, i) => item !== before[i]);
  const kept = new Set<T>(before);
  return items.filter((item) => !kept.has(item));
}

/** Elements of cy the graph no longer has; merged pair edges are the canvas's own (syncMerged keeps them). */
function goneElements(cy: Core, graph: Graph, previous: Graph | undefined) {
  if (!previous) {
    const ids = new Set<string>([...graph.actors.map((a) => a.id), ...graph.relations.map((r) => r.id)]);
    return cy
      .elements()
      .not('.merged')
      .filter((el) => !ids.has(el.id()));
  }
  const gone = cy.collection();
  for (const [before, now] of [
    [previous.actors, graph.actors],
    [previous.relations, graph.relations],
  ] as const) {
    if (
      before === now ||
      (before.length === now.length && before.every((item, i) => item.id === now[i]!.id))
    ) {
      continue;
    }
    const ids = new Set<string>(now.map((item) => item.id));
    for (const item of before) if (!ids.has(item.id)) gone.merge(cy.getElementById(item.id)); // in place
  }
  return gone;
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
