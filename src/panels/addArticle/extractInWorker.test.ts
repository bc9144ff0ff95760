import { afterEach, describe, expect, it, vi } from 'vitest';
import { startExtraction } from './extractInWorker';

/** A worker that asks the page for one model request as soon as it starts. */
class AskingWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor() {
    queueMicrotask(() =>
      this.onmessage?.({ data: { kind: 'send', id: 1, request: { messages: [] } } } as MessageEvent<unknown>),
    );
  }
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('startExtraction', () => {
  it('ends with a message, not a hang, when the model cannot be asked at all', async () => {
    vi.stubGlobal('Worker', AskingWorker);
    const job = startExtraction(
      { text: 'Kenya praised Uganda.', meta: {}, minConfidence: 0.3 } as never,
      () => {},
      () => Promise.reject(new Error('the model client did not load')),
    );
    await expect(job.outcome).resolves.toEqual({
      kind: 'error',
      message: 'The model could not be asked: the model client did not load',
    });
  });
});
