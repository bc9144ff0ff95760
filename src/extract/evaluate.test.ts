import { describe, expect, it } from 'vitest';
import type { LabeledRelation } from './evaluate';
import { evaluate, formatReport, graphLabels, lenientKey, score, strictKey } from './evaluate';
import { RELATION_TYPES } from './vocabulary';

const types = new Map(RELATION_TYPES.map((t) => [t.id, t]));
const rel = (source: string, target: string, type: string, negated = false, unit = 'u'): LabeledRelation => ({
  source,
  target,
  type,
  negated,
  unit,
});

describe('score', () => {
  it('computes micro precision, recall and F1', () => {
    const s = score(new Set(['a', 'b', 'c', 'd']), new Set(['a', 'b', 'x']));
    expect(s).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
  });

  it('handles empty sets', () => {
    expect(score(new Set(), new Set())).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(score(new Set(['a']), new Set())).toMatchObject({ precision: 1, recall: 0, f1: 0 });
    expect(score(new Set(), new Set(['a']))).toMatchObject({ precision: 0, recall: 1, f1: 0 });
  });
});

describe('keys', () => {
  it('orders symmetric pairs but not directed ones in the strict key', () => {
    expect(strictKey(rel('russia', 'china', 'allies_with'), types)).toBe(
      strictKey(rel('china', 'russia', 'allies_with'), types),
    );
    expect(strictKey(rel('russia', 'china', 'accuses'), types)).not.toBe(
      strictKey(rel('china', 'russia', 'accuses'), types),
    );
  });

  it('keeps negation and unit in every key', () => {
    expect(strictKey(rel('a', 'b', 'accuses', true), types)).not.toBe(
      strictKey(rel('a', 'b', 'accuses'), types),
    );
    expect(strictKey(rel('a', 'b', 'accuses', false, 'u1'), types)).not.toBe(
      strictKey(rel('a', 'b', 'accuses', false, 'u2'), types),
    );
  });

  it('matches any order and any type of the same polarity in the lenient key', () => {
    expect(lenientKey(rel('a', 'b', 'accuses'), types)).toBe(lenientKey(rel('b', 'a', 'denounces'), types));
    expect(lenientKey(rel('a', 'b', 'accuses'), types)).not.toBe(lenientKey(rel('a', 'b', 'praises'), types));
  });
});

describe('evaluate', () => {
  it('reports strict, lenient and per-type scores', () => {
    const gold = [
      rel('iran', 'israel', 'accuses'),
      rel('egypt', 'qatar', 'negotiates_with'),
      rel('x', 'y', 'aids', true),
    ];
    const predicted = [
      rel('iran', 'israel', 'denounces'),
      rel('qatar', 'egypt', 'negotiates_with'),
      rel('x', 'y', 'aids'),
    ];
    const report = evaluate(gold, predicted, RELATION_TYPES);
    expect(report.pair).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(report.strict).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(report.lenient).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    const row = (type: string) => report.perType.find((r) => r.type === type);
    expect(row('negotiates_with')).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(row('accuses')).toMatchObject({ tp: 0, fp: 0, fn: 1, gold: 1, predicted: 0 });
    expect(row('denounces')).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    const text = formatReport('Title', report, report.pair);
    for (const level of ['pair', 'co-occurrence', 'pair + polarity', 'exact']) expect(text).toContain(level);
  });

  it('matches pairs whatever the type, direction and negation', () => {
    const report = evaluate(
      [rel('a', 'b', 'aids', true)],
      [rel('b', 'a', 'attacks'), rel('a', 'c', 'aids')],
      [],
    );
    expect(report.pair).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('counts a pair as negated leniently only when all its relations of that polarity are', () => {
    const gold = [rel('a', 'b', 'aids'), rel('a', 'b', 'supports', true)];
    const report = evaluate(gold, [rel('b', 'a', 'praises')], RELATION_TYPES);
    expect(report.lenient).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('graphLabels', () => {
  it('labels a relation negated only when every evidence is negated', () => {
    const evidence = { sourceId: 's', start: 0, end: 1, quote: 'x' };
    const labels = graphLabels(
      {
        relations: [
          {
            id: '1',
            source: 'a',
            target: 'b',
            type: 'aids',
            evidence: [{ ...evidence, negated: true }, evidence],
          },
          { id: '2', source: 'a', target: 'c', type: 'aids', evidence: [{ ...evidence, negated: true }] },
        ],
      },
      'doc',
    );
    expect(labels).toEqual([
      { source: 'a', target: 'b', type: 'aids', negated: false, unit: 'doc' },
      { source: 'a', target: 'c', type: 'aids', negated: true, unit: 'doc' },
    ]);
  });
});
