import { describe, expect, it } from 'vitest';
import type { Graph } from '../../domain/types';
import { extract } from '../../extract/extract';
import { readReply } from './workerReply';

const TEXT = 'Germany accused Russia of cyberattacks. France and Germany signed a defence pact.';
const graph = (): Graph => extract(TEXT, { title: 'Pact', published: '2025-05-11' });

describe('readReply', () => {
  it('passes a valid extraction through, every relation and its source marked automatic', () => {
    const g = graph();
    const reply = readReply({ kind: 'done', graph: g }, TEXT);
    expect(reply.kind).toBe('done');
    if (reply.kind !== 'done') return;
    expect(reply.graph.relations.length).toBe(g.relations.length);
    expect(reply.graph.relations.every((r) => r.automatic === true)).toBe(true);
    expect(reply.graph.sources[0]?.automatic).toBe(true);
  });

  it('reads progress and worker errors', () => {
    expect(readReply({ kind: 'progress', done: 2, total: 5 }, TEXT)).toEqual({
      kind: 'progress',
      done: 2,
      total: 5,
    });
    expect(readReply({ kind: 'error', message: 'out of memory' }, TEXT)).toEqual({
      kind: 'error',
      message: 'The extractor failed: out of memory.',
    });
  });

  it.each([
    ['not a message', 'hello'],
    ['an unknown kind', { kind: 'surprise' }],
    ['progress past the end', { kind: 'progress', done: 6, total: 5 }],
    ['progress that is not a count', { kind: 'progress', done: -1, total: 5 }],
  ])('refuses %s', (_, data) => {
    const reply = readReply(data, TEXT);
    expect(reply.kind).toBe('error');
    if (reply.kind === 'error') expect(reply.message).toMatch(/^The extractor's result was refused/);
  });

  it('refuses a graph that fails validation', () => {
    const g = graph();
    const broken = { ...g, relations: g.relations.map((r) => ({ ...r, source: 'nobody' })) };
    const reply = readReply({ kind: 'done', graph: broken }, TEXT);
    expect(reply.kind).toBe('error');
    if (reply.kind === 'error') expect(reply.message).toMatch(/the graph has \d+ problems?/);
  });

  it('refuses a graph about another text', () => {
    const reply = readReply({ kind: 'done', graph: graph() }, `${TEXT} More.`);
    expect(reply).toEqual({
      kind: 'error',
      message: "The extractor's result was refused: its source text is not the text that was sent.",
    });
  });

  it('refuses evidence that would pass as curated', () => {
    const g = graph();
    const unrated = {
      ...g,
      relations: g.relations.map((r) => ({
        ...r,
        evidence: r.evidence.map(({ confidence: _c, ...e }) => e),
      })),
    };
    const reply = readReply({ kind: 'done', graph: unrated }, TEXT);
    expect(reply.kind).toBe('error');
    if (reply.kind === 'error') expect(reply.message).toMatch(/without a confidence/);
  });

  it('refuses a graph with more than one source', () => {
    const g = graph();
    const two = { ...g, sources: [...g.sources, { ...g.sources[0]!, id: 'other' }] };
    const reply = readReply({ kind: 'done', graph: two }, TEXT);
    expect(reply.kind).toBe('error');
  });
});
