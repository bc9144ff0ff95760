import { applyEdits, type CurationEdit } from './curation';
import { mergeGraphs } from './merge';
import type { Stories } from './story';
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
  /** Storylines of saved views; they do not change the graph, so changing them never recomposes it. */
  readonly stories?: Stories;
}

/**
 * The parts of a workspace the graph is composed of (everything but the stories): a change to any of
 * them recomposes the graph, and a change to anything else leaves it as it is.
 */
export const graphParts = (workspace: Workspace) =>
  [workspace.base, workspace.articles, workspace.edits] as const;

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
  w.base.kind === 'seed' && w.articles.length === 0 && w.edits.length === 0 && !w.stories?.length;

interface Composed {
  readonly seed: Graph;
  readonly workspace: Workspace;
  /** The graph before edits, reused while base and articles stay the same. */
  readonly sources: Graph;
  readonly graph: Graph;
}

/** How many recent compositions are kept: enough for undo and redo to find the step next door. */
const RECENT = 4;
/** Every this many edits a composition is kept as a checkpoint, so undoing far back replays few edits. */
const CHECKPOINT_EVERY = 16;
const CHECKPOINTS = 16;

const isPrefix = <T>(short: readonly T[], long: readonly T[]): boolean =>
  short.length <= long.length && short.every((item, i) => item === long[i]);

/**
 * composeGraph with memory, for a workspace that changes one step at a time: new edits are applied to
 * the closest earlier composition (the previous step, or a checkpoint for an undo far back) instead of
 * replaying them all, and a workspace seen lately comes back as it was. Same results as composeGraph.
 */
export function createComposer(): (seed: Graph, workspace: Workspace) => Graph {
  const recent: Composed[] = [];
  const checkpoints: Composed[] = [];
  return (seed, workspace) => {
    const seen = recent.find((c) => c.seed === seed && c.workspace === workspace);
    if (seen) return seen.graph;
    const sameSources = (c: Composed) =>
      c.seed === seed && c.workspace.base === workspace.base && c.workspace.articles === workspace.articles;
    // Checkpoints of other sources (before an import) would only hold their graphs in memory.
    const kept = checkpoints.filter(sameSources);
    checkpoints.splice(0, checkpoints.length, ...kept);
    const candidates = [...recent.filter(sameSources), ...kept];
    let start: Composed | undefined;
    for (const c of candidates) {
      if (
        isPrefix(c.workspace.edits, workspace.edits) &&
        c.workspace.edits.length >= (start?.workspace.edits.length ?? -1)
      ) {
        start = c;
      }
    }
    const sources = candidates[0]?.sources ?? composeSources(seed, workspace);
    const graph = start
      ? applyEdits(start.graph, workspace.edits.slice(start.workspace.edits.length))
      : applyEdits(sources, workspace.edits);
    const composed = { seed, workspace, sources, graph };
    recent.unshift(composed);
    recent.length = Math.min(recent.length, RECENT);
    if (workspace.edits.length % CHECKPOINT_EVERY === 0) {
      checkpoints.unshift(composed);
      checkpoints.length = Math.min(checkpoints.length, CHECKPOINTS);
    }
    return graph;
  };
}
