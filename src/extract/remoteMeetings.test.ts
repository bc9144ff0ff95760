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

describe('someone told something in person', () => {
  it('is spoken with: a person, or a state official named by a demonym and a title', () => {
    expect(
      ids('Obama said he told Israeli Prime Minister Benjamin Netanyahu that talks would resume.'),
    ).toEqual(['barack-obama>benjamin-netanyahu:negotiates_with']);
    expect(
      ids(
        'Japanese Foreign Minister Yoriko Kawaguchi told a visiting Burmese envoy Friday that Tokyo is dissatisfied.',
      ),
    ).toEqual(['myanmar>yoriko-kawaguchi:negotiates_with']);
    expect(ids('Medvedev has told Serbian leaders there will be no shift in policy.')).toEqual([
      'dmitry-medvedev>serbia:negotiates_with',
    ]);
  });

  it('is asked to act when "to" follows, and relates nobody told as a state, the press or a clause subject', () => {
    expect(ids('Obama told Netanyahu to halt settlements.')).toEqual([
      'barack-obama>benjamin-netanyahu:demands',
    ]);
    expect(ids('China told Vietnam that the islands are Chinese.')).toEqual([]);
    expect(ids('John Kerry told British media that both sides need to make concessions.')).toEqual([]);
    expect(ids('He tells VOA News Prime Minister Madhav Kumar Nepal remains prepared to quit.')).toEqual([]);
  });
});
