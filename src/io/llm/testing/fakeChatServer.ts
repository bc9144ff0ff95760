/**
 * A FAKE OpenAI-compatible chat server for tests: no model runs on a test machine, so tests start this
 * on loopback (127.0.0.1, a free port), give it the answers to replay, and stop it. It stands in for an
 * external service; passing tests against it say nothing about any real model's quality.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeReply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A string is sent as it is; anything else as JSON. */
  readonly body?: unknown;
  /** Wait this long before answering (a time-out test waits longer than the client). */
  readonly delayMs?: number;
}

export interface ReceivedRequest {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
}

export type FakeHandler = (request: ReceivedRequest, index: number) => FakeReply;

export interface FakeChatServer {
  /** The base address, e.g. http://127.0.0.1:43117/v1. */
  readonly url: string;
  readonly requests: ReceivedRequest[];
  close(): Promise<void>;
}

/** A chat completion whose message content is `content` (an object is written as JSON). */
export function completion(
  content: unknown,
  extra: { finishReason?: string; usage?: { prompt_tokens: number; completion_tokens: number } } = {},
): FakeReply {
  return {
    body: {
      id: 'fake',
      object: 'chat.completion',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: typeof content === 'string' ? content : JSON.stringify(content),
          },
          finish_reason: extra.finishReason ?? 'stop',
        },
      ],
      ...(extra.usage ? { usage: extra.usage } : {}),
    },
  };
}

/** The article text of a request built by src/extract/llm/prompt.ts (after its "Article:" line). */
export function articleOf(request: ReceivedRequest): string {
  const messages = (request.body as { messages?: Array<{ content?: string }> } | null)?.messages ?? [];
  const user = messages[messages.length - 1]?.content ?? '';
  const at = user.indexOf('\nArticle:\n');
  return at < 0 ? '' : user.slice(at + '\nArticle:\n'.length);
}

/** Starts the server; `handler` answers each request (or a list is replayed in order, the last repeating). */
export async function startFakeChatServer(
  handler: FakeHandler | readonly FakeReply[],
): Promise<FakeChatServer> {
  const requests: ReceivedRequest[] = [];
  const answer: FakeHandler = Array.isArray(handler)
    ? (_request, index) => handler[Math.min(index, handler.length - 1)] as FakeReply
    : (handler as FakeHandler);
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // Browsers ask first before a cross-origin POST with JSON and an Authorization header.
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers': 'content-type, authorization',
      });
      res.end();
      return;
    }
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      let body: unknown = null;
      try {
        body = JSON.parse(Buffer.concat(parts).toString('utf8'));
      } catch {
        body = Buffer.concat(parts).toString('utf8');
      }
      const received = { path: req.url ?? '', headers: req.headers, body };
      requests.push(received);
      const reply = answer(received, requests.length - 1);
      const send = () => {
        timers.delete(timer);
        if (res.destroyed) return;
        const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
        res.writeHead(reply.status ?? 200, {
          'content-type': 'application/json',
          'access-control-allow-origin': '*',
          ...reply.headers,
        });
        res.end(text);
      };
      const timer = setTimeout(send, reply.delayMs ?? 0);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
