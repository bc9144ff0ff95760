import { applyEdits, type CurationEdit } from './curation';
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
  /** The analyst's corrections, in the order made (src/domain/curation.ts). */
  readonly edits: readonly CurationEdit[];
}

export const EMPTY_WORKSPACE: Workspace = { base: { kind: 'seed' }, articles: [], edits: [] };

/** The base with every added article merged on top, in the order added: what the edits apply to. */
export function composeSources(seed: Graph, workspace: Omit<Workspace, 'edits'>): Graph {
  const base = workspace.base.kind === 'imported' ? workspace.base.graph : seed;
  return workspace.articles.reduce((graph, article) => mergeGraphs(graph, article.graph), base);
}

/** The graph on screen: base, then added articles, then the analyst's edits. */
export function composeGraph(seed: Graph, workspace: Workspace): Graph {
  return applyEdits(composeSources(seed, workspace), workspace.edits);
}

/** A workspace with nothing changed: the seed as shipped. */
export const isPristine = (w: Workspace): boolean =>
  w.base.kind === 'seed' && w.articles.length === 0 && w.edits.length === 0;
