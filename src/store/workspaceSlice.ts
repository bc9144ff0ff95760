import type { StateCreator } from 'zustand';
import type { CurationEdit } from '../domain/curation';
import { mergeGraphs } from '../domain/merge';
import { joinStories } from '../domain/story';
import type { Graph } from '../domain/types';
import { composeSources, EMPTY_WORKSPACE, type AddedArticle, type Workspace } from '../domain/workspace';
import { EMPTY_GRAPH } from './graphSlice';
import type { AppState } from './types';

/** Open…: the file takes the place of everything on screen, or joins it. */
export type ImportMode = 'replace' | 'merge';

export interface WorkspaceSlice {
  /** The curated graph as shipped; never modified. */
  readonly seed: Graph;
  /** Every change the user makes; the graph on screen is composed from it (see store/index.ts). */
  readonly workspace: Workspace;
  /** Start-up: the curated graph and whatever was saved (already validated by src/io). Not undoable. */
  initWorkspace: (seed: Graph, saved?: Workspace) => void;
  /** True once start-up has read the saved work (or found none): from then on every change is saved. */
  readonly workspaceLoaded: boolean;
  markWorkspaceLoaded: () => void;
  /**
   * Replace: the file alone (added articles and edits go, undoably). Merge: the file joins the base by
   * the same actor and relation merging as Add article; articles and edits stay on top.
   */
  importGraph: (graph: Graph, fileName: string, mode?: ImportMode) => void;
  addArticle: (article: AddedArticle) => void;
  removeArticle: (id: string) => void;
  /** One or more curation edits, as one undoable step. */
  curate: (edit: CurationEdit | readonly CurationEdit[]) => void;
  /** Back to the curated data alone. Callers confirm with the user first. */
  resetWorkspace: () => void;
}

/** A merged base keeps both names, so the Sources list and the caption say where it came from. */
const mergedName = (workspace: Workspace, fileName: string): string =>
  workspace.base.kind === 'imported'
    ? `${workspace.base.fileName} + ${fileName}`
    : `curated data + ${fileName}`;

export const createWorkspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set, get) => ({
  seed: EMPTY_GRAPH,
  workspace: EMPTY_WORKSPACE,
  workspaceLoaded: false,
  markWorkspaceLoaded: () => set({ workspaceLoaded: true }),
  initWorkspace: (seed, saved = EMPTY_WORKSPACE) => set({ seed, workspace: saved }),
  importGraph: (file, fileName, mode = 'replace') => {
    const { workspace, seed } = get();
    // The file's stories join the workspace's; the graph itself is kept without them.
    const { stories = [], ...graph } = file;
    if (mode === 'replace') {
      // A file that carries its own layout is shown as drawn there; the layout menu can change it.
      const drawn = graph.actors.some((a) => a.position !== undefined);
      set({
        workspace: {
          base: { kind: 'imported', fileName, graph },
          articles: [],
          edits: [],
          ...(stories.length ? { stories } : {}),
        },
        ...(drawn ? { layout: 'file' as const } : {}),
      });
      return;
    }
    const base = composeSources(seed, { base: workspace.base, articles: [] });
    set({
      workspace: {
        ...workspace,
        base: {
          kind: 'imported',
          fileName: mergedName(workspace, fileName),
          graph: mergeGraphs(base, graph),
        },
        ...(stories.length ? { stories: joinStories(workspace.stories ?? [], stories) } : {}),
      },
    });
  },
  addArticle: (article) => {
    const { workspace } = get();
    set({
      workspace: {
        ...workspace,
        articles: [...workspace.articles.filter((a) => a.id !== article.id), article],
      },
    });
  },
  removeArticle: (id) => {
    const { workspace } = get();
    set({ workspace: { ...workspace, articles: workspace.articles.filter((a) => a.id !== id) } });
  },
  curate: (edit) => {
    const added = Array.isArray(edit) ? (edit as readonly CurationEdit[]) : [edit as CurationEdit];
    if (added.length === 0) return;
    const { workspace } = get();
    set({ workspace: { ...workspace, edits: [...workspace.edits, ...added] } });
  },
  resetWorkspace: () => set({ workspace: EMPTY_WORKSPACE }),
});
