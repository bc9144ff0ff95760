/**
 * The extractor off the main thread: the page stays responsive on long articles, and the extractor's
 * code and lexicon load only when an article is added. Progress is posted at most every 50 ms.
 */
import { extract } from '../../extract/extract';
import type { ExtractRequest, WorkerMessage } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage): void => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<ExtractRequest>) => {
  const { text, meta } = event.data;
  let last = 0;
  try {
    const graph = extract(text, meta, {
      progressEvery: 25,
      onProgress: (done, total) => {
        const now = performance.now();
        if (done < total && now - last < 50) return;
        last = now;
        post({ kind: 'progress', done, total });
      },
    });
    post({ kind: 'done', graph });
  } catch (err) {
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
