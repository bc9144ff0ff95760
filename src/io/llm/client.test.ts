/** The chat client against a FAKE OpenAI-compatible server on loopback (a stand-in for a real service). */
import { afterEach, describe, expect, it } from 'vitest';
import { ANSWER_READERS } from './answer';
import { chatUrl, postChat, retryAfterMs, type ClientOptions } from './client';
import {
  completion,
  startFakeChatServer,
  type FakeChatServer,
  type FakeReply,
} from './testing/fakeChatServer';

let server: FakeChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const FAST: ClientOptions = { timeoutMs: 1000, backoffMs: 1, maxBackoffMs: 5, readers: ANSWER_READERS };
const BODY = { model: 'm', messages: [] };

async function post(replies: readonly FakeReply[], options: ClientOptions = FAST, signal?: AbortSignal) {
  server = await startFakeChatServer(replies);
  return postChat({ url: server.url, model: 'tiny-llama', apiKey: 'sk-secret' }, BODY, signal, options);
}

describe('chatUrl', () => {
  it.each([
    ['http://127.0.0.1:11434', 'http://127.0.0.1:11434/v1/chat/completions'],
    ['http://127.0.0.1:11434/v1/', 'http://127.0.0.1:11434/v1/chat/completions'],
    ['https://api.example.org/v1/chat/completions', 'https://api.example.org/v1/chat/completions'],
  ])('reads %s as %s', (typed, url) => {
    const read = chatUrl(typed);
    expect(read.ok && read.url.href).toBe(url);
  });
  it.each([
    ['localhost:11434', 'needs http:// or https:// at the start'],
    ['http://', 'is not a web address'],
    ['ftp://127.0.0.1/v1', 'must be an http:// or https:// address'],
    ['http://user:pw@127.0.0.1/v1', 'not in the address'],
  ])('refuses %s', (typed, words) => {
    const read = chatUrl(typed);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(words);
  });
});

describe('postChat', () => {
  it('reads the content, why it stopped and the token counts', async () => {
    const result = await post([
      completion('{"relations":[]}', { usage: { prompt_tokens: 10, completion_tokens: 3 } }),
    ]);
    expect(result).toMatchObject({
      ok: true,
      content: '{"relations":[]}',
      finishReason: 'stop',
      usage: { prompt: 10, completion: 3 },
      attempts: 1,
    });
  });

  it.each([
    [401, 'key', 'refused the API key (HTTP 401)'],
    [403, 'key', 'refused the API key (HTTP 403)'],
    [404, 'not-found', 'the model "tiny-llama" or the path /v1/chat/completions does not exist there'],
    [400, 'bad-request', 'refused the request (HTTP 400)'],
  ])("names the problem for HTTP %i, with the server's words, never the key", async (status, kind, words) => {
    const result = await post([{ status, body: { error: { message: 'nope' } } }]);
    expect(result).toMatchObject({ ok: false, kind });
    if (result.ok) return;
    expect(result.message).toContain(words);
    expect(result.message).toContain('The server said: "nope".');
    expect(result.message).not.toContain('sk-secret');
  });

  it('gives up after the retries on 5xx, saying how many attempts were made', async () => {
    const result = await post([{ status: 503, body: 'overloaded' }], { ...FAST, retries: 2 });
    expect(result).toMatchObject({ ok: false, kind: 'server' });
    if (!result.ok)
      expect(result.message).toMatch(/failed \(HTTP 503\) after 3 attempts\. The server said: "overloaded"/);
    expect(server!.requests).toHaveLength(3);
  });

  it('waits as Retry-After says, within the cap', async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const result = await post(
      [
        { status: 429, headers: { 'retry-after': '2' } },
        { status: 429, headers: { 'retry-after': '3600' } },
        completion('{}'),
      ],
      { ...FAST, sleep, maxBackoffMs: 5000 },
    );
    expect(result).toMatchObject({ ok: true, attempts: 3 });
    expect(waits).toEqual([2000, 5000]);
  });

  it('says the connection was refused when nothing listens there', async () => {
    server = await startFakeChatServer([completion('{}')]);
    const { url } = server;
    await server.close();
    server = undefined;
    const result = await postChat({ url, model: 'm' }, BODY, undefined, FAST);
    expect(result).toMatchObject({ ok: false, kind: 'unreachable' });
    if (!result.ok)
      expect(result.message).toMatch(
        /Could not connect to http:\/\/127\.0\.0\.1:\d+: the connection was refused/,
      );
  });

  it('is cancelled by its signal while waiting for an answer', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const result = await post([{ ...completion('{}'), delayMs: 2000 }], FAST, controller.signal);
    expect(result).toMatchObject({ ok: false, kind: 'cancelled' });
  });

  it('refuses an answer larger than its cap, and one that is not a chat completion', async () => {
    expect(await post([completion('x'.repeat(5000))], { ...FAST, maxBytes: 1000 })).toMatchObject({
      ok: false,
      kind: 'too-large',
    });
    await server?.close();
    expect(await post([{ body: { hello: 'world' } }])).toMatchObject({ ok: false, kind: 'not-chat' });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('7')).toBe(7000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(
      10_000,
    );
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
