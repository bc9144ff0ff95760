/**
 * One extraction in its own worker. Cancelling terminates the worker, so a cancelled job can never
 * deliver a result; a worker that fails to load (a blocked script, a crash) ends the job with a message.
 */
import type { Graph } from '../../domain/types';
import type { RawChatResult } from '../../io/llm/client';
import type { ExtractRequest, ModelReport, PageReply } from './protocol';
import { readReply } from './workerReply';

export type ExtractOutcome =
  | { readonly kind: 'done'; readonly graph: Graph; readonly report?: ModelReport }
  | { readonly kind: 'error'; readonly message: string; readonly log?: readonly string[] }
  | { readonly kind: 'cancelled' };

/** Sends one request the worker wrote to the model endpoint (the page's side of a model run). */
export type SendToModel = (request: object, signal: AbortSignal) => Promise<RawChatResult>;

export interface ExtractJob {
  readonly outcome: Promise<ExtractOutcome>;
  cancel: () => void;
}

export function startExtraction(
  request: ExtractRequest,
  onProgress: (done: number, total: number) => void,
  sendToModel?: SendToModel,
): ExtractJob {
  let settle: (outcome: ExtractOutcome) => void = () => {};
  const outcome = new Promise<ExtractOutcome>((resolve) => (settle = resolve));
  let worker: Worker | undefined;
  // Cancel also stops a request to the model in flight.
  const requests = new AbortController();
  const finish = (result: ExtractOutcome) => {
    requests.abort();
    worker?.terminate();
    worker = undefined;
    settle(result);
    settle = () => {};
  };

  try {
    worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
  } catch (err) {
    finish({ kind: 'error', message: `The extractor could not start: ${String(err)}.` });
    return { outcome, cancel: () => {} };
  }
  worker.onmessage = (event: MessageEvent<unknown>) => {
    const reply = readReply(event.data, request.text);
    if (reply.kind === 'progress') onProgress(reply.done, reply.total);
    else if (reply.kind === 'send') {
      if (!sendToModel)
        return finish({ kind: 'error', message: 'The extractor asked for a model nobody set.' });
      const { id } = reply;
      sendToModel(reply.request, requests.signal).then(
        (result) => {
          const message: PageReply = { kind: 'reply', id, reply: result };
          worker?.postMessage(message);
        },
        // The model client could not even be loaded: end the run with a message, not a hang.
        (error: unknown) =>
          finish({
            kind: 'error',
            message: `The model could not be asked: ${error instanceof Error ? error.message : String(error)}`,
          }),
      );
    } else finish(reply);
  };
  worker.onmessageerror = () =>
    finish({ kind: 'error', message: 'The extractor sent a message that could not be read.' });
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    finish({
      kind: 'error',
      message: `The extractor stopped with an error${event.message ? `: ${event.message}` : ' (it may have failed to load)'}.`,
    });
  };
  worker.postMessage(request);
  return { outcome, cancel: () => finish({ kind: 'cancelled' }) };
}
