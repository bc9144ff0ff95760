/** Messages between the page and the worker that opens graph files. Types only. */
import type { RelationType, Source } from '../../domain/types';
import type { OpenedGraph } from '../../io/openGraphFile';
import type { ParseResult } from '../../io/problems';

export interface OpenRequest {
  /** The chosen or dropped file itself: the worker reads it, so its bytes never pass the page. */
  readonly file: Blob;
  readonly name: string;
  /** The open graph's sources and relation types, lent to a file that lacks them. */
  readonly sources: readonly Source[];
  readonly relationTypes: readonly RelationType[];
}

/** Reading the bytes (done and total in bytes), then parsing, then checking (no count: one step each). */
export type OpenStep = 'reading' | 'parsing' | 'checking';

export type OpenWorkerMessage =
  | { readonly kind: 'progress'; readonly step: OpenStep; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly result: ParseResult<OpenedGraph> }
  | { readonly kind: 'error'; readonly message: string };
