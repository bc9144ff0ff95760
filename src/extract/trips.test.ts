import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation as relations } from './testing/sortedIds';

// A trip or tour is read as a visit: a meeting with each state it goes to, and with nothing else.

describe('a trip to states', () => {
  it('meets each state of the list', () => {
    expect(relations('Hugo Chavez engages in a whirlwind trip to Russia, Belarus and Iran.')).toEqual([
      'belarus>hugo-chavez:negotiates_with',
      'hugo-chavez>iran:negotiates_with',
      'hugo-chavez>russia:negotiates_with',
    ]);
    expect(relations("Lavrov's trip to Cuba was brief.")).toEqual(['cuba>sergei-lavrov:negotiates_with']);
  });

  it('meets no continent it goes to', () => {
    expect(relations('Pence is on his first trip to Europe since taking office.')).toEqual([]);
    expect(relations("President Barack Obama's trip to Europe next week.")).toEqual([]);
  });
});
