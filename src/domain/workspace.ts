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

interface Composed {
  readonly seed: Graph;
  readonly workspace: Workspace;
  /** The graph before edits, reused while base and articles stay the same. */
  readonly sources: Graph;
  readonly graph: Graph;
}

/** How many recent compositions are kept: enough for undo and redo to find the step next door. */
const RECENT = 4;

/**
 * composeGraph with memory, for a workspace that changes one step at a time: new edits are applied to
 * the previous graph instead of replaying them all, and a workspace seen lately (the one an undo or
 * redo returns to) comes back as it was. Same results as composeGraph, in a fraction of the time.
 */
export function createComposer(): (seed: Graph, workspace: Workspace) => Graph {
  const recent: Composed[] = [];
  return (seed, workspace) => {
    const seen = recent.find((c) => c.seed === seed && c.workspace === workspace);
    if (seen) return seen.graph;
    const last = recent[0];
    const sameSources =
      last !== undefined &&
      last.seed === seed &&
      last.workspace.base === workspace.base &&
      last.workspace.articles === workspace.articles;
    const sources = sameSources ? last.sources : composeSources(seed, workspace);
    const done = last?.workspace.edits ?? [];
    const extends_ =
      sameSources && done.length <= workspace.edits.length && done.every((e, i) => e === workspace.edits[i]);
    const graph = extends_
      ? applyEdits(last.graph, workspace.edits.slice(done.length))
      : applyEdits(sources, workspace.edits);
    recent.unshift({ seed, workspace, sources, graph });
    recent.length = Math.min(recent.length, RECENT);
    return graph;
  };
}
