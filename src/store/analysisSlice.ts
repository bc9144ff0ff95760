import type { StateCreator } from 'zustand';
import type { Communities, MeasureValues } from '../domain/analysis';
import { DEFAULT_SIZE_MEASURE, type SizeMeasure } from '../domain/measures';
import type { AppState } from './types';

/** A measure and communities of the graph on screen, as the worker returned them. */
export interface AnalysisResult {
  /** The visible actors they were computed on, in the order of the values. */
  readonly actorIds: readonly string[];
  readonly relationCount: number;
  readonly measure: MeasureValues | null;
  readonly communities: Communities | null;
}

/** `refining`: an estimate is shown while the exact value is computed. */
export type AnalysisStatus = 'idle' | 'computing' | 'refining' | 'ready' | 'failed';

export interface AnalysisSlice {
  /** What actor size means; 'none' draws every actor alike. Part of the permalink. */
  readonly sizeBy: SizeMeasure;
  /** Fill actors with their Louvain community's colour instead of their kind's. Part of the permalink. */
  readonly colourByCommunity: boolean;
  readonly analysisStatus: AnalysisStatus;
  /** The latest result; kept while the next is computed, so the canvas does not flicker. */
  readonly analysis: AnalysisResult | null;
  setSizeBy: (measure: SizeMeasure) => void;
  setColourByCommunity: (on: boolean) => void;
  setAnalysis: (status: AnalysisStatus, result?: AnalysisResult | null) => void;
}

export const createAnalysisSlice: StateCreator<AppState, [], [], AnalysisSlice> = (set) => ({
  sizeBy: DEFAULT_SIZE_MEASURE,
  colourByCommunity: false,
  analysisStatus: 'idle',
  analysis: null,
  setSizeBy: (sizeBy) => set({ sizeBy }),
  setColourByCommunity: (colourByCommunity) => set({ colourByCommunity }),
  setAnalysis: (analysisStatus, result) =>
    set(result === undefined ? { analysisStatus } : { analysisStatus, analysis: result }),
});
