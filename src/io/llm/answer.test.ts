import { describe, expect, it } from 'vitest';
import { readAnswer, readEnvelope } from './answer';

const item = {
  source: 'russia',
  type: 'accuses',
  target: 'usa',
  negated: false,
  quote: 'Moscow accused Washington.',
};

describe('readAnswer', () => {
  it('reads the relations, in a code fence or as a bare list too', () => {
    for (const text of [
      JSON.stringify({ relations: [item] }),
      '```json\n' + JSON.stringify({ relations: [item] }) + '\n```',
      JSON.stringify([item]),
    ]) {
      expect(readAnswer(text)).toEqual({ ok: true, proposals: [item], malformed: [] });
    }
  });

  it('sets aside a malformed item on its own, naming it', () => {
    const read = readAnswer(
      JSON.stringify({
        relations: [item, { ...item, quote: 42 }, 'russia accuses usa', { ...item, negated: undefined }],
      }),
    );
    expect(read).toEqual({
      ok: true,
      proposals: [item, item],
      malformed: [
        'item 2: "quote" is missing or not valid',
        'item 3: expected an object, got the string "russia accuses usa"',
      ],
    });
  });

  it.each([
    ['', 'not-json'],
    ['I found these relations: none.', 'not-json'],
    ['{"relations": [{"source": "rus', 'truncated'],
    ['{"items": []}', 'wrong-shape'],
    ['42', 'wrong-shape'],
  ])('refuses %j as %s', (text, problem) => {
    expect(readAnswer(text)).toMatchObject({ ok: false, problem });
  });

  it('refuses a complete-looking answer the server cut at its token limit', () => {
    expect(readAnswer('{"relations": []}', 'length')).toMatchObject({ ok: false, problem: 'truncated' });
  });
});

describe('readEnvelope', () => {
  it('reads content and usage, and refuses what is not a chat completion', () => {
    expect(
      readEnvelope(
        JSON.stringify({
          choices: [{ message: { content: 'hi' }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 5 },
        }),
      ),
    ).toEqual({
      ok: true,
      content: 'hi',
      finishReason: 'stop',
      usage: { prompt: 5, completion: 0 },
    });
    expect(readEnvelope('<html>')).toMatchObject({ ok: false });
    expect(readEnvelope('{"choices": []}')).toMatchObject({ ok: false });
  });
});
