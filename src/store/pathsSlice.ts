import type { StateCreator } from 'zustand';
import { initialSourceSets, type SourceSets } from '../domain/compareSources';
import type { PathDirection } from '../domain/paths';
import type { PathsView } from '../domain/view';
import type { AppState } from './types';

/** Paths between two actors, or a comparison of two sets of sources: one at a time, in one panel. */
export type PathsTool = 'paths' | 'compare';

export interface PathQuery {
  readonly from: string | null;
  readonly to: string | null;
  readonly direction: PathDirection;
}

export interface PathsSlice {
  /** The tool shown in the panel and drawn on the canvas; null when the panel is closed. */
  readonly pathsTool: PathsTool | null;
  /** Kept when the panel closes, so reopening it shows the same question. */
  readonly pathQuery: PathQuery;
  /** Null until the user first compares: the panel then starts from the first source against the rest. */
  readonly compareSets: SourceSets | null;
  /** Opens the paths tool, from `fromActor` when given (the actor panel's "Path from here…"). */
  openPaths: (fromActor?: string) => void;
  /** Opens the comparison, with the sets used last (or the first source against the rest). */
  openCompare: () => void;
  closePathsTool: () => void;
  setPathQuery: (change: Partial<PathQuery>) => void;
  setCompareSets: (sets: SourceSets) => void;
}

export const createPathsSlice: StateCreator<AppState, [], [], PathsSlice> = (set, get) => ({
  pathsTool: null,
  pathQuery: { from: null, to: null, direction: 'follow' },
  compareSets: null,
  openPaths: (fromActor) => {
    const query = get().pathQuery;
    const from = fromActor !== undefined && get().index.actors.has(fromActor) ? fromActor : query.from;
    // The review queue opens in the same place: one drawer at a time.
    set({
      pathsTool: 'paths',
      reviewOpen: false,
      pathQuery: { ...query, from, to: query.to === from ? null : query.to },
    });
  },
  openCompare: () => {
    const ids = get().graph.sources.map((x) => x.id);
    const compareSets = initialSourceSets(ids, get().compareSets ?? undefined);
    set({ pathsTool: 'compare', reviewOpen: false, compareSets });
  },
  closePathsTool: () => {
    if (get().pathsTool !== null) set({ pathsTool: null });
  },
  setPathQuery: (change) => set((s) => ({ pathQuery: { ...s.pathQuery, ...change } })),
  setCompareSets: (compareSets) => set({ compareSets }),
});

/** The panel as a link holds it, or null when it is closed. */
export function pathsViewOf(s: Pick<AppState, 'pathsTool' | 'pathQuery' | 'compareSets'>): PathsView | null {
  if (s.pathsTool === 'paths') return { tool: 'paths', ...s.pathQuery };
  if (s.pathsTool === 'compare' && s.compareSets) return { tool: 'compare', ...s.compareSets };
  return null;
}

/** The store fields a link's panel sets; a link without one closes the panel and keeps its question. */
export function pathsStateOf(view: PathsView | null | undefined): Partial<PathsSlice> {
  if (!view) return { pathsTool: null };
  if (view.tool === 'paths') {
    return { pathsTool: 'paths', pathQuery: { from: view.from, to: view.to, direction: view.direction } };
  }
  return { pathsTool: 'compare', compareSets: { a: view.a, b: view.b } };
}
