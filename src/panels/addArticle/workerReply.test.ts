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

  it('reads a model run: its requests to send, its report, and its log on failure', () => {
    expect(readReply({ kind: 'send', id: 3, request: { model: 'm' } }, TEXT)).toEqual({
      kind: 'send',
      id: 3,
      request: { model: 'm' },
    });
    expect(readReply({ kind: 'send', id: -1, request: {} }, TEXT).kind).toBe('error');
    expect(readReply({ kind: 'send', id: 1, request: 'GET /' }, TEXT).kind).toBe('error');
    const report = { summary: ['m: 1 chunk'], log: ['chunk 1 of 1: sent'] };
    const done = readReply({ kind: 'done', graph: graph(), report }, TEXT);
    expect(done.kind === 'done' && done.report).toEqual(report);
    const bad = readReply({ kind: 'done', graph: graph(), report: { summary: [42], log: [] } }, TEXT);
    expect(bad.kind === 'error' && bad.message).toMatch(/report of the model run is malformed/);
    expect(readReply({ kind: 'error', message: 'HTTP 401.', log: ['chunk 1 of 1: sent'] }, TEXT)).toEqual({
      kind: 'error',
      message: 'The extractor failed: HTTP 401.',
      log: ['chunk 1 of 1: sent'],
    });
  });
});
