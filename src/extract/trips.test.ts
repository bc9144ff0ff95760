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

describe('a person who is in another state', () => {
  it('meets that state', () => {
    // VOA, 2008: "Venezuelan President Hugo Chavez is in Moscow on a two-day trip pursuing arms and energy deals …"
    expect(relations('Hugo Chavez is in Moscow on a two-day trip.')).toEqual([
      'hugo-chavez>russia:negotiates_with',
    ]);
    expect(relations('Prayuth is in neighboring Myanmar on Monday.')).toEqual([
      'myanmar>prayuth-chan-ocha:negotiates_with',
    ]);
  });

  it('not when a person of that state is named, or for troops, a body or the own state', () => {
    expect(relations('Rice was in Moscow to meet Putin.')).toEqual([
      'condoleezza-rice>putin:negotiates_with',
    ]);
    expect(relations('Russian troops are in Georgia.')).toEqual([]);
    expect(relations('Putin was in Russia.')).toEqual([]);
  });

  it('leaves "is in touch with" and "is in talks with" to their own cues', () => {
    expect(relations('ECOWAS is in touch with the African Union.')).toEqual([
      'african-union>ecowas:negotiates_with',
    ]);
    expect(relations('Blinken is in talks with Wang Yi.')).toEqual([
      'antony-blinken>wang-yi:negotiates_with',
    ]);
  });
});
