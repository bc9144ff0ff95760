/**
 * The extractor off the main thread: the page stays responsive on long articles, and the extractor's
 * code and lexicon load only when an article is added. Progress is posted at most every 50 ms.
 * With a model, the worker writes the requests and reads and guards the answers; the page sends them.
 */
import { extract } from '../../extract/extract';
import { extractWithModel, type ChatReply } from '../../extract/llm/run';
import { ANSWER_READERS, readAnswer } from '../../io/llm/answer';
import { readChatBody } from '../../io/llm/client';
import type { ExtractRequest, PageReply, WorkerMessage } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage): void => scope.postMessage(message);
const waiting = new Map<number, (reply: ChatReply) => void>();
let nextId = 1;

/** One request through the page, answered by a `reply` message. */
const send = (request: object): Promise<ChatReply> =>
  new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve);
    post({ kind: 'send', id, request });
  });

async function extractByModel(request: ExtractRequest, model: NonNullable<ExtractRequest['model']>) {
  const result = await extractWithModel(
    request.text,
    request.meta,
    {
      model: model.name,
      backend: model.backend,
      onChunk: (done, total) => post({ kind: 'progress', done, total }),
    },
    { send, read: readAnswer },
  );
  if (result.ok)
    post({ kind: 'done', graph: result.graph, report: { summary: result.summary, log: result.log } });
  else post({ kind: 'error', message: result.message, log: result.log });
}

scope.onmessage = (event: MessageEvent<ExtractRequest | PageReply>) => {
  const data = event.data;
  if ('kind' in data && data.kind === 'reply') {
    const resolve = waiting.get(data.id);
    waiting.delete(data.id);
    resolve?.(readChatBody(data.reply, ANSWER_READERS));
    return;
  }
  const { text, meta, model } = data as ExtractRequest;
  if (model) {
    extractByModel(data as ExtractRequest, model).catch((err: unknown) =>
      post({ kind: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return;
  }
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
