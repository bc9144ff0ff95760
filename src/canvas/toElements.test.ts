import { describe, expect, it } from 'vitest';
import { evidence, relation, relationType } from '../domain/testing';
import { relationElement } from './toElements';

const classes = (...args: Parameters<typeof relationElement>) =>
  String(relationElement(...args).classes).split(' ');

describe('relationElement', () => {
  it('draws a relation apart (dotted) while it waits for review, solid once accepted', () => {
    const type = relationType('accuses', 3);
    const pending = relation('r', 'a', 'b', 'accuses', [evidence('s', { confidence: 0.6 })]);
    expect(classes(pending, type)).toContain('unreviewed');
    const accepted = { ...pending, evidence: [{ ...pending.evidence[0]!, status: 'accepted' as const }] };
    expect(classes(accepted, type)).not.toContain('unreviewed');
    // The extractor's flag on the relation alone no longer decides: a curated sentence is not under review.
    expect(classes({ ...pending, automatic: true, evidence: [evidence('s')] }, type)).not.toContain(
      'unreviewed',
    );
  });
});
