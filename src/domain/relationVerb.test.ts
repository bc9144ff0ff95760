import { describe, expect, it } from 'vitest';
import { relationVerb } from './relationVerb';

describe('relationVerb', () => {
  it('keeps the label when the relation happened', () => {
    expect(relationVerb('denounces', false)).toBe('denounces');
  });

  it('puts every type of the vocabulary in its plain form after "did not"', () => {
    const expected = {
      'allies with': 'did not ally with',
      supports: 'did not support',
      praises: 'did not praise',
      courts: 'did not court',
      'negotiates with': 'did not negotiate with',
      'cooperates with': 'did not cooperate with',
      'trades with': 'did not trade with',
      aids: 'did not aid',
      accuses: 'did not accuse',
      denounces: 'did not denounce',
      opposes: 'did not oppose',
      warns: 'did not warn',
      threatens: 'did not threaten',
      sanctions: 'did not sanction',
      attacks: 'did not attack',
    };
    for (const [label, verb] of Object.entries(expected)) expect(relationVerb(label, true)).toBe(verb);
  });

  it('handles -ches, -shes and -xes, and reads other labels as "not …"', () => {
    expect(relationVerb('pushes back on', true)).toBe('did not push back on');
    expect(relationVerb('reaches out to', true)).toBe('did not reach out to');
    expect(relationVerb('taxes', true)).toBe('did not tax');
    expect(relationVerb('rival of', true)).toBe('not rival of');
    expect(relationVerb('bypass', true)).toBe('not bypass');
  });
});
