/**
 * Opening a graph file off the main thread: reading, parsing and checking a 50 MB file takes seconds
 * and several times its size in memory, and none of that may freeze the page. The format engine runs
 * here; only the checked graph is posted back. Progress is posted at most every 50 ms.
 */
import { openGraphFile } from '../../io/openGraphFile';
import type { OpenRequest, OpenStep, OpenWorkerMessage } from './openProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: OpenWorkerMessage): void => scope.postMessage(message);

let last = 0;
function progress(step: OpenStep, done = 0, total = 0, force = false): void {
  const now = performance.now();
  if (!force && now - last < 50) return;
  last = now;
  post({ kind: 'progress', step, done, total });
}

/** The whole file, read in chunks so the page can show how far it is. */
async function readAll(file: Blob): Promise<Uint8Array> {
  const total = file.size;
  const bytes = new Uint8Array(total);
  const reader = file.stream().getReader();
  let done = 0;
  progress('reading', 0, total, true);
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    if (done + chunk.value.length > total) {
      await reader.cancel();
      throw new Error('the file changed while it was read; choose it again');
    }
    bytes.set(chunk.value, done);
    done += chunk.value.length;
    progress('reading', done, total);
  }
  return done === total ? bytes : bytes.subarray(0, done);
}

scope.onmessage = async (event: MessageEvent<OpenRequest>) => {
  const { file, name, sources, relationTypes } = event.data;
  try {
    const bytes = await readAll(file);
    const result = openGraphFile(name, bytes, {
      sources,
      relationTypes,
      onStep: (step) => progress(step === 'repairing' ? 'checking' : step, 0, 0, true),
    });
    post({ kind: 'done', result });
  } catch (err) {
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
