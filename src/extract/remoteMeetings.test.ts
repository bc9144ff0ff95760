import { describe, expect, it } from 'vitest';
import { sortedIds as ids } from './testing/sortedIds';

// Meetings held at a distance: a video conference or a conference call is a meeting with those on it.

describe('a video conference or a conference call with someone', () => {
  it('meets them, as a phone call does', () => {
    // VOA, 2021: "Blinken celebrated ... by hosting a video conference with Israel's Foreign Minister Yair Lapid".
    expect(
      ids("Antony Blinken hosted a video conference with Israel's Foreign Minister Yair Lapid."),
    ).toEqual(['antony-blinken>yair-lapid:negotiates_with']);
    expect(ids('Antony Blinken held a conference call with Yair Lapid.')).toEqual([
      'antony-blinken>yair-lapid:negotiates_with',
    ]);
    expect(ids('Blinken held a video call with Lapid.')).toEqual([
      'antony-blinken>yair-lapid:negotiates_with',
    ]);
  });

  it('leaves a news conference alone: one side holds it', () => {
    expect(ids('A news conference with Yair Lapid was cancelled.')).toEqual([]);
  });
});
