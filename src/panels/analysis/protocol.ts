import type { Communities, MeasureValues } from '../../domain/analysis';
import type { AnalysisInput, SizeMeasure } from '../../domain/measures';

/** What the page asks the analysis worker for: a measure, communities, or both, of one input. */
export interface AnalysisRequest {
  readonly id: number;
  readonly input: AnalysisInput;
  readonly measure: SizeMeasure;
  readonly communities: boolean;
}

export type AnalysisReply =
  | {
      readonly kind: 'done';
      readonly id: number;
      readonly measure: MeasureValues | null;
      readonly communities: Communities | null;
      /** False for an estimate the worker follows with the exact value (same id). */
      readonly final: boolean;
      /** Time spent computing in the worker, in milliseconds. */
      readonly ms: number;
    }
  | { readonly kind: 'error'; readonly id: number; readonly message: string };
