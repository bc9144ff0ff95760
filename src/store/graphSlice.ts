import type { StateCreator } from 'zustand';
import { indexGraph, type GraphIndex } from '../domain/graphIndex';
import type { Graph } from '../domain/types';
import { reconcileWithGraph } from './reconcile';
import type { AppState } from './types';

export interface GraphSlice {
  readonly graph: Graph;
  /** Derived once per graph; replaced together with it. */
  readonly index: GraphIndex;
  /** Replace the whole graph: selection, focus and filters that no longer apply are dropped. */
  loadGraph: (graph: Graph) => void;
}

export const EMPTY_GRAPH: Graph = {
  schemaVersion: 1,
  sources: [],
  actors: [],
  relationTypes: [],
  relations: [],
};

export const createGraphSlice: StateCreator<AppState, [], [], GraphSlice> = (set) => ({
  graph: EMPTY_GRAPH,
  index: indexGraph(EMPTY_GRAPH),
  loadGraph: (graph) =>
    set((state) => ({
      graph,
      index: indexGraph(graph, { graph: state.graph, index: state.index }),
      ...reconcileWithGraph(state, graph),
    })),
});
