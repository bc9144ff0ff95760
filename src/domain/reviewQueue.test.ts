import { describe, expect, it } from 'vitest';
import { orderQueue, relationConfidence, reviewSummary } from './reviewQueue';
import { actor, evidence, relation, relationType } from './testing';
import type { Graph } from './types';

const source = (id: string) => ({
  id,
  title: id,
  author: '',
  publisher: '',
  published: '2025-01-01',
  text: 'x',
});

const graph: Graph = {
  schemaVersion: 1,
  sources: [source('first'), source('second')],
  actors: [actor('a'), actor('b'), actor('c')],
  relationTypes: [relationType('praises', 1), relationType('warns', 3)],
  relations: [
    relation('curated', 'a', 'b', 'praises', [evidence('first')]),
    relation('late', 'a', 'c', 'warns', [evidence('second', { start: 3, confidence: 0.5 })]),
    relation('early', 'b', 'c', 'warns', [
      evidence('first', { start: 9, confidence: 0.9 }),
      evidence('second', { start: 0, confidence: 0.4, status: 'accepted' }),
    ]),
    relation('sure', 'c', 'a', 'praises', [
      evidence('second', { start: 1, confidence: 0.95 }),
      evidence('first', { start: 20, confidence: 0.7 }),
    ]),
    relation('no', 'c', 'b', 'praises', [evidence('first', { confidence: 0.3, status: 'rejected' })]),
    relation('mixed', 'b', 'a', 'praises', [
      evidence('first'),
      evidence('second', { confidence: 0.6, status: 'rejected' }),
    ]),
    relation('bare', 'a', 'b', 'warns', []),
  ],
};

describe('reviewSummary', () => {
  it('counts relations by the statuses of their sentences, each relation once per status', () => {
    const summary = reviewSummary(graph);
    expect(summary.byStatus).toEqual({ curated: 2, extracted: 3, accepted: 1, rejected: 2, imported: 0 });
    expect(summary.unsupported).toBe(1);
    expect(summary.unreviewed.map((r) => r.id)).toEqual(['late', 'early', 'sure']);
    expect(summary.rejected.map((r) => r.id)).toEqual(['no', 'mixed']);
  });
});

describe('orderQueue', () => {
  const queue = reviewSummary(graph).unreviewed;
  const ids = (order: 'confidence' | 'text') => orderQueue(queue, graph.sources, order).map((r) => r.id);

  it('takes a relation’s confidence from its sentences under review only, the lowest', () => {
    expect(relationConfidence(queue[1]!)).toBe(0.9); // the accepted 0.4 no longer counts
    expect(relationConfidence(queue[2]!)).toBe(0.7);
    expect(relationConfidence(graph.relations[0]!)).toBeUndefined();
  });

  it('puts the least sure first', () => {
    expect(ids('confidence')).toEqual(['late', 'sure', 'early']);
  });

  it('follows the sources in text order: source order, then offset of the earliest pending sentence', () => {
    expect(ids('text')).toEqual(['early', 'sure', 'late']);
  });

  it('puts a relation without a confidence first and breaks ties in text order', () => {
    const unsure = relation('unsure', 'a', 'c', 'praises', [evidence('second', { status: 'extracted' })]);
    const tie = relation('tie', 'b', 'a', 'warns', [evidence('first', { start: 1, confidence: 0.5 })]);
    const order = orderQueue([...queue, unsure, tie], graph.sources, 'confidence').map((r) => r.id);
    expect(order).toEqual(['unsure', 'tie', 'late', 'sure', 'early']);
  });
});
