import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation as relations } from './testing/sortedIds';

// Meetings whose partners follow a place or a time: "met in Baku with", "talks in Oslo between".

describe('meetings after a place or a time', () => {
  it('reads the partner after a place when a state titles its name', () => {
    expect(relations("Cheney met Wednesday in Baku with Azerbaijan's President Ilham Aliyev.")).toEqual([
      'dick-cheney>ilham-aliyev:negotiates_with',
    ]);
  });

  it('takes "late" and "early" as words of a time', () => {
    expect(
      relations('Kerry met in Jerusalem late Thursday with Israeli Prime Minister Benjamin Netanyahu.'),
    ).toEqual(['benjamin-netanyahu>john-kerry:negotiates_with']);
  });

  it('pairs the sides named after a place or a time and "between"', () => {
    expect(
      relations('The talks in Oslo between Sri Lanka and the Tamil Tigers were to be held Thursday.'),
    ).toEqual(['ltte>sri-lanka:negotiates_with']);
    expect(relations('The summit was overshadowed by talks a day earlier between China and Russia.')).toEqual(
      ['china>russia:negotiates_with'],
    );
  });
});
