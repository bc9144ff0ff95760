/**
 * Visibility classes applied by difference. A filter change usually shows or hides a few hundred
 * of tens of thousands of elements; comparing the new visibility sets with the ones last applied
 * (plain Set lookups) and touching only the elements that changed is far cheaper than reading a
 * class on every element through Cytoscape. Elements are only created for a new graph (syncElements
 * runs first), so a different graph means a full pass. (Listening for cy's add events instead would
 * cost more than it saves: one event per element when a large graph is added.)
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
  if (!last || last.graph !== useAppStore.getState().graph) return { applied: false, mergedChanged: true };
  toggleChanged(cy, last.relations, visibility.relations, 'hidden', false);
  toggleChanged(cy, last.actors, visibility.actors, 'hidden', false);
  toggleChanged(cy, last.merged.mergedAway, merged.mergedAway, 'merged-away', true);
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
