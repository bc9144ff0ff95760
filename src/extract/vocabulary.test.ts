import { describe, expect, it } from 'vitest';
import seed from '../../data/graph.json';
import { PLOVER_TYPES, RELATION_TYPES, relationType, typeForPlover } from './vocabulary';

const root = (plover: string | undefined): string => (plover ?? '').split(/[:\s[]/)[0] ?? '';

describe('the relation vocabulary', () => {
  it('has a type for each of the sixteen PLOVER event types, and only those codes', () => {
    expect(Object.keys(PLOVER_TYPES)).toHaveLength(16);
    for (const [code, id] of Object.entries(PLOVER_TYPES)) {
      const type = relationType(id);
      expect(type, code).toBeDefined();
      if (code !== 'RETREAT') expect(root(type?.plover), code).toBe(code);
    }
    for (const type of RELATION_TYPES)
      expect(Object.keys(PLOVER_TYPES), type.id).toContain(root(type.plover));
  });

  it('reads PLOVER codes with modes and contexts', () => {
    expect(typeForPlover('ACCUSE:allege')).toBe('accuses');
    expect(typeForPlover('COOPERATE [economic]')).toBe('cooperates_with');
    expect(typeForPlover('retreat')).toBe('concedes_to');
    expect(typeForPlover('DISCUSS')).toBeUndefined();
  });

  it('gives every type a quad class that agrees with its polarity', () => {
    for (const type of RELATION_TYPES) {
      expect(type.quad, type.id).toBeDefined();
      expect(type.polarity === 'cooperation', type.id).toBe((type.quad ?? 0) <= 2);
    }
  });

  it('defines the curated graph’s types exactly as the extractor does', () => {
    for (const type of seed.relationTypes) expect(type, type.id).toEqual(relationType(type.id));
  });
});
