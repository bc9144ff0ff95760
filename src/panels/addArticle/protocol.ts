/** Messages between the page and the extraction worker. Types only: nothing here loads the extractor. */
import type { ExtractMeta } from '../../extract/extract';
import type { RawChatResult } from '../../io/llm/client';
import type { Backend } from '../../domain/modelAnswer';

export interface ExtractRequest {
  readonly text: string;
  readonly meta: ExtractMeta;
  /**
   * Extract through a language model too: the worker writes each request and the page sends it (so
   * the page's Content-Security-Policy governs where it goes, and the key never enters the worker).
   */
  readonly model?: { readonly name: string; readonly backend: Exclude<Backend, 'rules'> };
}

/** What a model run says beside its graph: for the user (summary) and behind "Show log". */
export interface ModelReport {
  readonly summary: readonly string[];
  readonly log: readonly string[];
}

export type WorkerMessage =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly kind: 'send'; readonly id: number; readonly request: unknown }
  | { readonly kind: 'done'; readonly graph: unknown; readonly report?: ModelReport }
  | { readonly kind: 'error'; readonly message: string; readonly log?: readonly string[] };

/** The page's answer to a `send`: the server's response body, unread, or the failure. */
export interface PageReply {
  readonly kind: 'reply';
  readonly id: number;
  readonly reply: RawChatResult;
}
