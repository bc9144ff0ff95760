import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../domain/sentences';
import { RELATION_TYPES } from '../vocabulary';
import { buildRequest, chunkArticle } from './prompt';

const para = (n: number, words: number) =>
  Array.from({ length: words }, (_, i) => `Sentence ${n}.${i} says little.`).join(' ');

describe('chunkArticle', () => {
  it('packs whole paragraphs up to the limit, with exact offsets', () => {
    const text = [para(1, 3), para(2, 3), para(3, 3)].join('\n\n');
    const chunks = chunkArticle(text, segmentSentences(text), 2 * para(1, 3).length + 2);
    expect(chunks.map((c) => c.text)).toEqual([`${para(1, 3)}\n\n${para(2, 3)}`, para(3, 3)]);
    for (const c of chunks) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('splits a paragraph longer than the limit between its sentences', () => {
    const text = para(1, 10);
    const chunks = chunkArticle(text, segmentSentences(text), 100);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.text.length <= 100 && /\.$/.test(c.text))).toBe(true);
    expect(chunks.map((c) => c.text).join(' ')).toBe(text);
  });
});

describe('buildRequest', () => {
  const chunk = { start: 0, end: 5, text: 'Hello' };
  const actors = [{ id: 'russia', name: 'Russia', aliases: ['Moscow'] }];
  it('asks at temperature 0 with the vocabulary, the known actors and a JSON schema', () => {
    const request = buildRequest('m', chunk, RELATION_TYPES, actors);
    expect(request).toMatchObject({ model: 'm', temperature: 0, response_format: { type: 'json_schema' } });
    const user = request.messages[1]!.content;
    expect(user).toContain('{"id":"accuses","label":"accuses","directed":true,"polarity":"conflict"}');
    expect(user).toContain('{"id":"russia","name":"Russia","aliases":["Moscow"]}');
    expect(user.endsWith('Article:\nHello')).toBe(true);
  });
  it('leaves out response_format for servers that refuse it', () => {
    expect('response_format' in buildRequest('m', chunk, RELATION_TYPES, actors, false)).toBe(false);
  });
});
