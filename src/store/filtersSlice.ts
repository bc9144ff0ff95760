import type { StateCreator } from 'zustand';
import { DEFAULT_FILTERS, toggleInList, type Filters } from '../domain/filters';
import type { AppState } from './types';

export interface FiltersSlice {
  readonly filters: Filters;
  toggleType: (typeId: string) => void;
  resetFilters: () => void;
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: DEFAULT_FILTERS,
  toggleType: (typeId) =>
    set((state) => ({
      filters: { ...state.filters, hiddenTypes: toggleInList(state.filters.hiddenTypes, typeId) },
    })),
  resetFilters: () => set({ filters: DEFAULT_FILTERS }),
});
