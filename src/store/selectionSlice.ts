import type { StateCreator } from 'zustand';
import type { AppState } from './types';

/** What the user clicked: one relation (edge) or one actor (node). */
export type Selection =
  | { readonly kind: 'relation'; readonly id: string; readonly evidenceIndex: number }
  | { readonly kind: 'actor'; readonly id: string };

export interface SelectionSlice {
  readonly selection: Selection | null;
  selectRelation: (id: string, evidenceIndex?: number) => void;
  selectActor: (id: string) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selection: null,
  selectRelation: (id, evidenceIndex = 0) => {
    if (get().index.relations.has(id)) set({ selection: { kind: 'relation', id, evidenceIndex } });
  },
  selectActor: (id) => {
    if (get().index.actors.has(id)) set({ selection: { kind: 'actor', id } });
  },
  clearSelection: () => {
    if (get().selection !== null) set({ selection: null });
  },
});
