import type { StateCreator } from 'zustand';
import type { Graph } from '../domain/types';
import { composeGraph, EMPTY_WORKSPACE, type AddedArticle, type Workspace } from '../domain/workspace';
import { EMPTY_GRAPH } from './graphSlice';
import type { AppState } from './types';

export interface WorkspaceSlice {
  /** The curated graph as shipped; never modified. */
  readonly seed: Graph;
  readonly workspace: Workspace;
  /** Start-up: the curated graph and whatever was saved (already validated by src/io). */
  initWorkspace: (seed: Graph, saved?: Workspace) => void;
  /** True once start-up has read the saved work (or found none): from then on every change is saved. */
  readonly workspaceLoaded: boolean;
  markWorkspaceLoaded: () => void;
  /** Replace the base with an imported graph; added articles stay merged on top. */
  importGraph: (graph: Graph, fileName: string) => void;
  addArticle: (article: AddedArticle) => void;
  removeArticle: (id: string) => void;
  /** Back to the curated data alone. Callers confirm with the user first. */
  resetWorkspace: () => void;
}

export const createWorkspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set, get) => {
  const apply = (workspace: Workspace, seed = get().seed) => {
    set({ seed, workspace });
    get().loadGraph(composeGraph(seed, workspace));
  };
  return {
    seed: EMPTY_GRAPH,
    workspace: EMPTY_WORKSPACE,
    workspaceLoaded: false,
    markWorkspaceLoaded: () => set({ workspaceLoaded: true }),
    initWorkspace: (seed, saved = EMPTY_WORKSPACE) => apply(saved, seed),
    importGraph: (graph, fileName) =>
      apply({ ...get().workspace, base: { kind: 'imported', fileName, graph } }),
    addArticle: (article) => {
      const { workspace } = get();
      apply({ ...workspace, articles: [...workspace.articles.filter((a) => a.id !== article.id), article] });
    },
    removeArticle: (id) => {
      const { workspace } = get();
      apply({ ...workspace, articles: workspace.articles.filter((a) => a.id !== id) });
    },
    resetWorkspace: () => apply(EMPTY_WORKSPACE),
  };
};
