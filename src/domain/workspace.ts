import { mergeGraphs } from './merge';
import type { Graph } from './types';

/** An article the user added: its extracted graph, with exactly one source. */
export interface AddedArticle {
  readonly id: string;
  /** ISO timestamp. */
  readonly addedAt: string;
  readonly graph: Graph;
}

/** What the user started from: the curated seed, or a graph file they imported instead. */
export type WorkspaceBase =
  { readonly kind: 'seed' } | { readonly kind: 'imported'; readonly fileName: string; readonly graph: Graph };

/** Everything the user has done that must survive a reload. The curated data is never changed. */
export interface Workspace {
  readonly base: WorkspaceBase;
  readonly articles: readonly AddedArticle[];
}

export const EMPTY_WORKSPACE: Workspace = { base: { kind: 'seed' }, articles: [] };

/** The graph on screen: the base with every added article merged on top, in the order added. */
export function composeGraph(seed: Graph, workspace: Workspace): Graph {
  const base = workspace.base.kind === 'imported' ? workspace.base.graph : seed;
  return workspace.articles.reduce((graph, article) => mergeGraphs(graph, article.graph), base);
}
