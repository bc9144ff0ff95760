import type { StateCreator } from 'zustand';
import type { Selection } from '../domain/view';
import type { AppState } from './types';

export type { Selection } from '../domain/view';

export interface SelectionSlice {
  readonly selection: Selection | null;
  selectRelation: (id: string, evidenceIndex?: number) => void;
  selectActor: (id: string) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selection: null,
  selectRelation: (id, evidenceIndex = 0) => {
    const current = get().selection;
    if (current?.kind === 'relation' && current.id === id && current.evidenceIndex === evidenceIndex) return;
    if (get().index.relations.has(id)) set({ selection: { kind: 'relation', id, evidenceIndex } });
  },
  selectActor: (id) => {
    const current = get().selection;
    if (current?.kind === 'actor' && current.id === id) return;
    if (get().index.actors.has(id)) set({ selection: { kind: 'actor', id } });
  },
  clearSelection: () => {
    if (get().selection !== null) set({ selection: null });
  },
});
