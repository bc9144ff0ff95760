/**
 * One extraction in its own worker. Cancelling terminates the worker, so a cancelled job can never
 * deliver a result; a worker that fails to load (a blocked script, a crash) ends the job with a message.
 */
import type { Graph } from '../../domain/types';
import type { ExtractRequest } from './protocol';
import { readReply } from './workerReply';

export type ExtractOutcome =
  | { readonly kind: 'done'; readonly graph: Graph }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'cancelled' };

export interface ExtractJob {
  readonly outcome: Promise<ExtractOutcome>;
  cancel: () => void;
}

export function startExtraction(
  request: ExtractRequest,
  onProgress: (done: number, total: number) => void,
): ExtractJob {
  let settle: (outcome: ExtractOutcome) => void = () => {};
  const outcome = new Promise<ExtractOutcome>((resolve) => (settle = resolve));
  let worker: Worker | undefined;
  const finish = (result: ExtractOutcome) => {
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
    else finish(reply);
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
