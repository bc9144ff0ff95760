import type { StateCreator } from 'zustand';
import { DEFAULT_FILTERS, MAX_MIN_EVIDENCE, setInList, toggleInList, type Filters } from '../domain/filters';
import type { ActorKind, EvidenceStatus } from '../domain/types';
import type { AppState } from './types';

export interface FiltersSlice {
  readonly filters: Filters;
  /** Set one filter to a value: what a new filter's control calls. */
  setFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  toggleType: (typeId: string) => void;
  /** Show or hide several types at once (a quad class). */
  setTypesShown: (typeIds: readonly string[], shown: boolean) => void;
  toggleKind: (kind: ActorKind) => void;
  toggleSource: (sourceId: string) => void;
  setMinEvidence: (n: number) => void;
  setMinConfidence: (c: number) => void;
  setHideIsolated: (hide: boolean) => void;
  /** Show or hide the relations backed by sentences of one review status. */
  toggleStatus: (status: EvidenceStatus) => void;
  setHideUnsupported: (hide: boolean) => void;
  resetFilters: () => void;
}

const clamp = (x: number, lo: number, hi: number) =>
  Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : lo;

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => {
  const update = (change: (f: Filters) => Partial<Filters>) =>
    set((state) => ({ filters: { ...state.filters, ...change(state.filters) } }));
  return {
    filters: DEFAULT_FILTERS,
    setFilter: (key, value) => update(() => ({ [key]: value })),
    toggleType: (typeId) => update((f) => ({ hiddenTypes: toggleInList(f.hiddenTypes, typeId) })),
    setTypesShown: (typeIds, shown) =>
      update((f) => ({ hiddenTypes: setInList(f.hiddenTypes, typeIds, !shown) })),
    toggleKind: (kind) => update((f) => ({ hiddenKinds: toggleInList(f.hiddenKinds, kind) })),
    toggleSource: (sourceId) => update((f) => ({ hiddenSources: toggleInList(f.hiddenSources, sourceId) })),
    setMinEvidence: (n) => update(() => ({ minEvidence: Math.round(clamp(n, 1, MAX_MIN_EVIDENCE)) })),
    setMinConfidence: (c) => update(() => ({ minConfidence: Math.round(clamp(c, 0, 1) * 100) / 100 })),
    setHideIsolated: (hideIsolated) => update(() => ({ hideIsolated })),
    toggleStatus: (status) => update((f) => ({ hiddenStatuses: toggleInList(f.hiddenStatuses, status) })),
    setHideUnsupported: (hideUnsupported) => update(() => ({ hideUnsupported })),
    resetFilters: () => set({ filters: DEFAULT_FILTERS }),
  };
};
