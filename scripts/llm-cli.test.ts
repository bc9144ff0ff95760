/**
 * npm run extract and npm run eval through a model endpoint, against a FAKE OpenAI-compatible server
 * on loopback started by these tests (no real model runs here; these check the plumbing and the guard).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  articleOf,
  completion,
  startFakeChatServer,
  type FakeChatServer,
  type ReceivedRequest,
} from '../src/io/llm/testing/fakeChatServer';
import { validateGraph } from '../src/io/validateGraph';
import { runScript, runScriptAsync, scratchFolder } from './runScript';

const { dir, remove } = scratchFolder('llm-cli-');
afterAll(remove);
let server: FakeChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const article = join(dir, 'talks.md');
writeFileSync(
  article,
  '---\ntitle: Talks\npublished: 2026-11-20\n---\n' +
    'Brazil called for closer cooperation with the African Union. Moscow accused Washington of expanding NATO.\n',
);

const ANSWER = {
  relations: [
    {
      source: 'russia',
      type: 'accuses',
      target: 'usa',
      negated: false,
      quote: 'Moscow accused Washington of expanding NATO.',
    },
    {
      source: 'russia',
      type: 'attacks',
      target: 'usa',
      negated: false,
      quote: 'Moscow bombed Washington overnight.',
    },
  ],
};

describe('npm run extract with a model endpoint (fake server)', () => {
  it('keeps what the guard allows, says what it dropped, and never prints the key', async () => {
    server = await startFakeChatServer([
      completion(ANSWER, { usage: { prompt_tokens: 700, completion_tokens: 80 } }),
    ]);
    const out = join(dir, 'model.json');
    const args = [
      article,
      '--out',
      out,
      '--llm-endpoint',
      server.url,
      '--llm-model',
      'fake',
      '--llm-key-env',
      'FAKE_KEY',
    ];
    const { code, stderr } = await runScriptAsync('extract.ts', args, dir, { FAKE_KEY: 'sk-cli-secret' });
    expect(code).toBe(0);
    expect(stderr).toContain('1 proposal dropped: 1 quote not in the text.');
    expect(stderr).toContain('Tokens: 700 sent, 80 received.');
    expect(stderr).not.toContain('sk-cli-secret');
    expect(server.requests[0]?.headers.authorization).toBe('Bearer sk-cli-secret');
    const checked = validateGraph(JSON.parse(readFileSync(out, 'utf8')));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.relations.map((r) => r.id)).toEqual(['russia>usa:accuses']);
    expect(checked.value.relations[0]?.evidence[0]).toMatchObject({
      extractor: 'llm:fake',
      status: 'extracted',
    });
  });

  it('with --backend both, adds the rules relations the model missed', async () => {
    server = await startFakeChatServer([completion(ANSWER)]);
    const out = join(dir, 'both.json');
    const args = [
      article,
      '--out',
      out,
      '--llm-endpoint',
      server.url,
      '--llm-model',
      'fake',
      '--backend',
      'both',
      '--quiet',
    ];
    expect((await runScriptAsync('extract.ts', args, dir)).code).toBe(0);
    const graph = JSON.parse(readFileSync(out, 'utf8')) as { relations: Array<{ id: string }> };
    expect(graph.relations.map((r) => r.id).sort()).toEqual([
      'brazil>african-union:courts',
      'russia>nato:opposes',
      'russia>usa:accuses',
    ]);
  });

  it("stops with the server's problem named, writing nothing", async () => {
    server = await startFakeChatServer([{ status: 401, body: { error: { message: 'bad key' } } }]);
    const out = join(dir, 'refused.json');
    const args = [article, '--out', out, '--llm-endpoint', server.url, '--llm-model', 'fake', '--quiet'];
    const { code, stderr } = await runScriptAsync('extract.ts', args, dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: .*talks\.md: http:\/\/127\.0\.0\.1:\d+ refused the API key \(HTTP 401\)/);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['--backend', 'model'], '--backend model needs --llm-endpoint and --llm-model'],
    [['--backend', 'gpt'], '--backend must be rules, model or both, got "gpt"'],
    [['--llm-endpoint', 'http://127.0.0.1:9/v1'], '--llm-endpoint needs --llm-model'],
    [
      ['--llm-endpoint', '127.0.0.1:9', '--llm-model', 'm'],
      '--llm-endpoint: "127.0.0.1:9" needs http:// or https://',
    ],
    [
      ['--llm-endpoint', 'http://127.0.0.1:9', '--llm-model', 'm', '--llm-key-env', 'NO_SUCH_VARIABLE_SET'],
      '--llm-key-env: the environment variable NO_SUCH_VARIABLE_SET is not set',
    ],
  ])('refuses %j before sending anything', (flags, message) => {
    const { code, stderr } = runScript('extract.ts', [article, ...flags, '--quiet'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain(`error: ${message}`);
  });
});

/** A plausible model: the first two known actors and the chunk's first sentence, and one invented quote. */
function naiveModel(request: ReceivedRequest) {
  const user = (request.body as { messages: Array<{ content: string }> }).messages[1]?.content ?? '';
  const actors = JSON.parse(user.split('\n')[4] ?? '[]') as Array<{ id: string }>;
  const first = /^[^.!?]*[.!?]/.exec(articleOf(request))?.[0] ?? '';
  const [a, b] = actors;
  return completion({
    relations: [
      ...(a && b ? [{ source: a.id, type: 'supports', target: b.id, negated: false, quote: first }] : []),
      {
        source: 'russia',
        type: 'attacks',
        target: 'usa',
        negated: false,
        quote: 'A sentence no article has.',
      },
    ],
  });
}

describe('npm run eval with a model endpoint (fake server)', () => {
  it('scores the model path on every split with the three levels', async () => {
    server = await startFakeChatServer(naiveModel);
    const args = ['--llm-endpoint', server.url, '--llm-model', 'fake'];
    const { code, stdout, stderr } = await runScriptAsync('eval.ts', args, dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const headers = stdout.split('\n').filter((line) => line.includes('extracted (model fake)'));
    expect(headers[0]).toMatch(/^Seed article/);
    expect(headers.some((h) => h.startsWith('devset, split "dev"'))).toBe(true);
    expect(headers.some((h) => h.startsWith('real-news'))).toBe(true);
    for (const level of ['pair ', 'pair + polarity', 'exact ']) expect(stdout).toContain(`\n${level}`);
    expect(stdout).toMatch(/model fake: (\d+) requests; \d+ proposals dropped: .*\d+ quotes not in the text/);
    expect(server.requests.length).toBeGreaterThan(300);
  }, 120_000);
});
