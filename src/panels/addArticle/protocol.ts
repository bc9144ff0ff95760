/** Messages between the page and the extraction worker. Types only: nothing here loads the extractor. */
import type { ExtractMeta } from '../../extract/extract';

export interface ExtractRequest {
  readonly text: string;
  readonly meta: ExtractMeta;
}

export type WorkerMessage =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly graph: unknown }
  | { readonly kind: 'error'; readonly message: string };
