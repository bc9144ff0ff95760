/**
 * One file opened in its own worker. Cancelling terminates the worker, so a cancelled job can never
 * deliver a graph; a worker that fails to load (a blocked script, a crash) ends the job with a reason.
 */
import type { OpenedGraph } from '../../io/openGraphFile';
import type { Problem } from '../../io/problems';
import type { OpenRequest, OpenStep } from './openProtocol';
import { readOpenReply } from './openReply';

export interface OpenProgress {
  readonly step: OpenStep;
  /** Bytes read so far and in all, while reading; 0 and 0 in the later steps. */
  readonly done: number;
  readonly total: number;
}

export type OpenOutcome =
  | { readonly kind: 'opened'; readonly opened: OpenedGraph }
  | { readonly kind: 'refused'; readonly problems: readonly Problem[] }
  | { readonly kind: 'cancelled' };

export interface OpenJob {
  readonly outcome: Promise<OpenOutcome>;
  cancel: () => void;
}

export function startOpening(request: OpenRequest, onProgress: (progress: OpenProgress) => void): OpenJob {
  let settle: (outcome: OpenOutcome) => void = () => {};
  const outcome = new Promise<OpenOutcome>((resolve) => (settle = resolve));
  let worker: Worker | undefined;
  const finish = (result: OpenOutcome) => {
    worker?.terminate();
    worker = undefined;
    settle(result);
    settle = () => {};
  };
  const failed = (reason: string) =>
    finish({ kind: 'refused', problems: [{ path: '$', message: `the file could not be read: ${reason}` }] });

  try {
    worker = new Worker(new URL('./openFile.worker.ts', import.meta.url), { type: 'module' });
  } catch (err) {
    failed(`the reader did not start (${String(err)})`);
    return { outcome, cancel: () => {} };
  }
  worker.onmessage = (event: MessageEvent<unknown>) => {
    const reply = readOpenReply(event.data);
    if (reply.kind === 'progress') onProgress(reply);
    else if (reply.kind === 'error') failed(reply.message);
    else finish(reply);
  };
  worker.onmessageerror = () => failed('the reader sent a message that could not be read');
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    failed(
      `the reader stopped with an error${event.message ? ` (${event.message})` : '; it may have failed to load'}`,
    );
  };
  worker.postMessage(request);
  return { outcome, cancel: () => finish({ kind: 'cancelled' }) };
}
