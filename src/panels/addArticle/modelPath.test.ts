/**
 * Extraction through a model endpoint, end to end against a FAKE OpenAI-compatible server on loopback
 * replaying recorded answers (no real model runs in tests): what the guard keeps, what it drops and
 * why, and that a failed run returns nothing to add.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../domain/types';
import { ARTICLE } from '../../extract/llm/testArticle';
import {
  completion,
  startFakeChatServer,
  type FakeChatServer,
  type FakeHandler,
  type FakeReply,
} from '../../io/llm/testing/fakeChatServer';
import { ANSWER_READERS } from '../../io/llm/answer';
import { validateGraph } from '../../io/validateGraph';
import type { ExtractMeta } from '../../extract/extract';
import { extractWithModel } from '../../extract/llm/run';
import { httpChat, type RawClientOptions } from '../../io/llm/client';
import type { Backend } from '../../domain/modelAnswer';

interface ModelSettings {
  readonly endpoint: string;
  readonly model: string;
  readonly apiKey: string;
  readonly backend: Exclude<Backend, 'rules'>;
}

/** The model path with its client, as the command line wires them (the browser sends through its page). */
function extractThroughEndpoint(
  text: string,
  meta: ExtractMeta,
  settings: ModelSettings,
  readers: typeof ANSWER_READERS,
  { client }: { client: RawClientOptions },
) {
  const chat = httpChat(
    { url: settings.endpoint, model: settings.model, apiKey: settings.apiKey },
    { ...client, readers },
  );
  return extractWithModel(text, meta, { model: settings.model, backend: settings.backend }, chat);
}

let server: FakeChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const META = { title: 'Talks', published: '2026-11-20' };
const FAST = { timeoutMs: 1000, backoffMs: 1, maxBackoffMs: 5 };

async function run(
  replies: FakeHandler | readonly FakeReply[],
  settings: Partial<ModelSettings> = {},
  client: object = FAST,
) {
  server = await startFakeChatServer(replies);
  return extractThroughEndpoint(
    ARTICLE,
    META,
    { endpoint: server.url, model: 'fake-model', apiKey: 'sk-test-secret', backend: 'model', ...settings },
    ANSWER_READERS,
    { client },
  );
}

const GOOD = {
  relations: [
    {
      source: 'russia',
      type: 'accuses',
      target: 'usa',
      negated: false,
      quote: 'Moscow accused Washington of expanding NATO.',
    },
    {
      source: 'Vladimir Putin',
      type: 'praises',
      target: 'Xi Jinping',
      negated: false,
      quote: 'The two leaders praised each other.',
    },
  ],
};
const INVENTED = {
  relations: [
    GOOD.relations[0],
    {
      source: 'russia',
      type: 'sanctions',
      target: 'usa',
      negated: false,
      quote: 'Moscow imposed sweeping sanctions on Washington.',
    },
    {
      source: 'china',
      type: 'attacks',
      target: 'usa',
      negated: false,
      quote: 'Moscow accused Washington of expanding NATO.',
    },
    {
      source: 'brazil',
      type: 'befriends',
      target: 'african-union',
      negated: false,
      quote: 'Brazil called for closer cooperation with the African Union.',
    },
    { source: 'brazil', target: 'african-union', negated: false },
  ],
};

const ids = (graph: Graph) => graph.relations.map((r) => r.id).sort();

describe('model extraction through an endpoint (fake server)', () => {
  it('keeps good answers as extracted relations naming the model, with exact sentences', async () => {
    const result = await run([completion(GOOD, { usage: { prompt_tokens: 900, completion_tokens: 120 } })]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(validateGraph(result.graph).ok).toBe(true);
    expect(ids(result.graph)).toEqual(['putin>xi-jinping:praises', 'russia>usa:accuses']);
    const source = result.graph.sources[0]!;
    for (const relation of result.graph.relations)
      for (const e of relation.evidence) {
        expect(e).toMatchObject({ extractor: 'llm:fake-model', status: 'extracted' });
        expect(source.text.slice(e.start, e.end)).toBe(e.quote);
      }
    expect(result.tokens).toEqual({ prompt: 900, completion: 120 });
    expect(result.summary).toContain('Tokens: 900 sent, 120 received.');
    // Sent with temperature 0, the schema, the key in its header; the key is in no log line.
    const sent = server!.requests[0]!;
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.headers.authorization).toBe('Bearer sk-test-secret');
    expect(sent.body).toMatchObject({
      model: 'fake-model',
      temperature: 0,
      response_format: { type: 'json_schema' },
    });
    expect(result.log.join('\n')).not.toContain('sk-test-secret');
  });

  it('drops invented quotes, actors not in the sentence, unknown types and malformed items, by reason', async () => {
    const result = await run([completion(INVENTED)]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(ids(result.graph)).toEqual(['russia>usa:accuses']);
    expect(result.dropped).toEqual({
      'quote-not-found': 1,
      'actor-not-in-sentence': 1,
      'unknown-type': 1,
      malformed: 1,
    });
    expect(result.summary).toContain(
      '4 proposals dropped: 1 malformed item, 1 quote not in the text, 1 unknown type, 1 actor not named in its sentence.',
    );
    expect(result.log.some((line) => line.includes('china attacks usa: china is not named in'))).toBe(true);
  });

  it.each([
    [
      'malformed JSON',
      completion('Sure! Here are the relations: russia accuses usa'),
      'not-json',
      'not JSON',
    ],
    [
      'truncated output',
      completion('{"relations": [{"source": "russia", "type": "acc'),
      'truncated',
      'cut off',
    ],
    [
      'an answer cut at the token limit',
      completion(GOOD, { finishReason: 'length' }),
      'truncated',
      'cut off',
    ],
  ])('adds nothing from %s and says why', async (_name, reply, problem, words) => {
    const result = await run([reply]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.relations).toEqual([]);
    expect(result.unreadable).toEqual({ [problem]: 1 });
    expect(result.summary.join(' ')).toContain(`1 answer could not be read: 1 ${words}`);
  });

  it('refuses an answer of 5 MB unread, and the run returns nothing', async () => {
    const huge = completion({ relations: [], padding: 'x'.repeat(5 * 1024 * 1024) });
    const result = await run([huge]);
    expect(result).toMatchObject({ ok: false, cancelled: false });
    if (result.ok) return;
    expect(result.message).toMatch(/larger than 2 MB; it was refused unread\. \(chunk 1 of 1\)$/);
  });

  it('retries after 429, honouring Retry-After, then succeeds', async () => {
    const waits: number[] = [];
    const result = await run(
      [
        { status: 429, headers: { 'retry-after': '0' }, body: { error: { message: 'slow down' } } },
        completion(GOOD),
      ],
      {},
      { ...FAST, sleep: async (ms: number) => void waits.push(ms) },
    );
    expect(result.ok).toBe(true);
    expect(waits).toEqual([0]);
    expect(server!.requests).toHaveLength(2);
  });

  it('fails on a time-out and returns nothing', async () => {
    const result = await run([{ ...completion(GOOD), delayMs: 3000 }], {}, { ...FAST, timeoutMs: 150 });
    expect(result).toMatchObject({ ok: false, cancelled: false });
    if (!result.ok)
      expect(result.message).toMatch(/No complete answer from http:\/\/127\.0\.0\.1:\d+ within 150 ms/);
  });

  it('asks again without a JSON schema when the server refuses response_format', async () => {
    const result = await run((request) =>
      (request.body as { response_format?: unknown }).response_format
        ? { status: 400, body: { error: { message: "unknown field 'response_format'" } } }
        : completion(GOOD),
    );
    expect(result.ok).toBe(true);
    expect(server!.requests.map((r) => 'response_format' in (r.body as object))).toEqual([true, false]);
  });

  it('joins the rules and the model with "both": one relation per triple, one evidence per sentence', async () => {
    const result = await run([completion(GOOD)], { backend: 'both' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(ids(result.graph)).toContain('brazil>african-union:courts'); // from the rules only
    const accuses = result.graph.relations.filter((r) => r.id === 'russia>usa:accuses');
    expect(accuses).toHaveLength(1);
    // The rules read the same sentence: kept once, the rules' evidence first.
    expect(accuses[0]!.evidence).toHaveLength(1);
    expect(accuses[0]!.evidence[0]!.extractor).toBeUndefined();
  });

  it('names the problem for a wrong key', async () => {
    const result = await run([{ status: 401, body: { error: { message: 'invalid api key' } } }]);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toContain('refused the API key (HTTP 401)');
  });
});
