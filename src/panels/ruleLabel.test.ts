import { describe, expect, it } from 'vitest';
import { ruleLabel } from './ruleLabel';

describe('ruleLabel', () => {
  it('names a rule, marks the pair model as a suggestion, and says nothing without a rule', () => {
    expect(ruleLabel('active')).toBe(' · rule active');
    expect(ruleLabel('pair-model')).toBe(' · suggested by the pair model, check the type');
    expect(ruleLabel(undefined)).toBe('');
  });
});
