/**
 * Visibility classes applied by difference. A filter change usually shows or hides a few hundred
 * of tens of thousands of elements; comparing the new visibility sets with the ones last applied
 * (plain Set lookups) and touching only the elements that changed is far cheaper than reading a
 * class on every element through Cytoscape. A new graph brings new elements (syncElements runs
 * first): when syncElements went from the graph last applied here to this one, it notes the elements
 * it created, and only those get a full look; otherwise a different graph means a full pass.
 * (Listening for cy's add events instead would cost more than it saves: one event per element when a
 * large graph is added.)
 */
import type { Core } from 'cytoscape';
import type { Graph } from '../domain/types';
import type { Visibility } from '../domain/filters';
import type { MergedView } from '../domain/parallel';
import { useAppStore } from '../store';

interface Applied {
  readonly graph: Graph;
  readonly relations: ReadonlySet<string>;
  readonly actors: ReadonlySet<string>;
  readonly merged: MergedView;
}

/** What was last applied to each instance. */
const applied = new WeakMap<Core, Applied>();

interface Created {
  readonly from: Graph | undefined;
  readonly to: Graph;
  readonly ids: readonly string[];
}
/** The elements syncElements created on its last pass, and between which graphs. */
const created = new WeakMap<Core, Created>();

/** Called by syncElements after each pass. */
export function noteCreated(cy: Core, from: Graph | undefined, to: Graph, ids: readonly string[]): void {
  created.set(cy, { from, to, ids });
}

/** Set `cls` on the elements whose membership differs between `before` and `after`. */
function toggleChanged(
  cy: Core,
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
  cls: string,
  classWhenIn: boolean,
): void {
  if (before === after) return;
  const left: string[] = [];
  const entered: string[] = [];
  for (const id of before) if (!after.has(id)) left.push(id);
  for (const id of after) if (!before.has(id)) entered.push(id);
  // One collection per direction: Cytoscape then emits one class event for all of them.
  const eles = (ids: string[]) => {
    const c = cy.collection();
    for (const id of ids) c.merge(cy.getElementById(id)); // merge is in place
    return c;
  };
  if (left.length > 0) eles(left).toggleClass(cls, !classWhenIn);
  if (entered.length > 0) eles(entered).toggleClass(cls, classWhenIn);
}

export interface VisibilityUpdate {
  /** False when nothing was done and the caller must make a full pass, then `rememberVisibility`. */
  readonly applied: boolean;
  /** Whether the merged pair edges may need syncing (a new graph or a new merged view). */
  readonly mergedChanged: boolean;
}

/** Apply only what changed since the last call, inside the caller's batch. */
export function applyVisibilityChanges(
  cy: Core,
  visibility: Visibility,
  merged: MergedView,
): VisibilityUpdate {
  const last = applied.get(cy);
  const graph = useAppStore.getState().graph;
  if (!last) return { applied: false, mergedChanged: true };
  const fresh = created.get(cy);
  const stepped = last.graph !== graph && fresh?.from === last.graph && fresh.to === graph;
  if (last.graph !== graph && !stepped) return { applied: false, mergedChanged: true };
  toggleChanged(cy, last.relations, visibility.relations, 'hidden', false);
  toggleChanged(cy, last.actors, visibility.actors, 'hidden', false);
  toggleChanged(cy, last.merged.mergedAway, merged.mergedAway, 'merged-away', true);
  // Elements created since then carry no view classes yet, whatever the sets say.
  if (stepped) {
    for (const id of fresh.ids) {
      const el = cy.getElementById(id);
      const shown = el.isNode() ? visibility.actors.has(id) : visibility.relations.has(id);
      el.toggleClass('hidden', !shown);
      if (el.isEdge()) el.toggleClass('merged-away', merged.mergedAway.has(id));
    }
  }
  const mergedChanged = last.merged !== merged;
  rememberVisibility(cy, visibility, merged);
  return { applied: true, mergedChanged };
}

/** Record what a full pass applied. */
export function rememberVisibility(cy: Core, visibility: Visibility, merged: MergedView): void {
  applied.set(cy, {
    graph: useAppStore.getState().graph,
    relations: visibility.relations,
    actors: visibility.actors,
    merged,
  });
}
