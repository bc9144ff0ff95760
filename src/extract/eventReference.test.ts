import { describe, expect, it } from 'vitest';
import { sortedIds } from './testing/sortedIds';

const ids = sortedIds;

describe('a definite event noun that points back', () => {
  it('names the subject of the matching verb', () => {
    expect(ids('Hamas militants attacked an Israeli base. The UN condemned the attack.')).toEqual([
      'hamas>israel:attacks',
      'un>hamas:denounces',
    ]);
    expect(
      ids('The Security Council voted to approve new sanctions. Canada welcomed the new sanctions.'),
    ).toEqual(['canada>un-security-council:praises']);
  });

  it('names the possessor of the event and the agent after "by"', () => {
    expect(ids("Russia's third missile test alarmed observers. Japan condemned the test.")).toEqual([
      'japan>russia:denounces',
    ]);
    expect(ids('Markets fell after the invasion by Iraq. Egypt condemned the invasion.')).toEqual([
      'egypt>iraq:denounces',
    ]);
  });

  it('stays in view while the text speaks of it, and is forgotten after five sentences', () => {
    expect(
      ids(
        'Peru voted for the plan. Rain fell. Snow fell. Chile said the vote mattered. Sun rose. Wind blew. ' +
          'Fog lifted. Bolivia praised the vote.',
      ),
    ).toEqual(['bolivia>peru:praises']);
    expect(
      ids(
        'Peru voted for the plan. Rain fell. Snow fell. Hail fell. Sun rose. Fog lifted. Bolivia praised the vote.',
      ),
    ).toEqual([]);
  });

  it('is no actor as a reported subject, or without a doer named before', () => {
    expect(ids('Peru voted for the plan. Chile said the vote hurt Bolivia.')).toEqual([]);
    expect(ids('The attack killed ten people. France condemned the attack.')).toEqual([]);
  });
});
