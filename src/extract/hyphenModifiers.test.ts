import { describe, expect, it } from 'vitest';
import { sortedIds as ids } from './testing/sortedIds';

describe('an actor joined by a hyphen to a participle', () => {
  it('is backed or allied, and neither acts nor is acted on by another cue', () => {
    expect(ids('Iran-backed militias attacked Israel.')).toEqual([]);
    expect(ids('Iran-backed militias in Iraq attacked US bases.')).toEqual([]);
    expect(ids('Saudi Arabia fought the Iran-backed Houthis.')).toEqual([
      'iran>houthis:supports',
      'saudi-arabia>houthis:attacks',
    ]);
    expect(ids('Russia-aligned separatists attacked Ukraine.')).toEqual([]);
  });

  it('is no conjunct of a list before it: what it describes is', () => {
    expect(
      ids(
        'Representatives of the Syrian government and the Western-backed opposition began their first joint meeting.',
      ),
    ).toEqual([]);
    // A demonym that is a prefix takes its hyphen in; an irregular participle ("led") from the verb table.
    expect(
      ids(
        'Representatives of the Syrian government and the Turkish-led opposition began their first joint meeting.',
      ),
    ).toEqual([]);
    expect(ids('Yemen and the Iranian-backed Houthis agreed to withdraw their forces.')).toEqual([
      'iran>houthis:supports',
    ]);
    // A dash between words is no hyphen: "Abkhazia and South Ossetia - declared" stays one list.
    expect(ids('Both regions - Abkhazia and South Ossetia - declared independence from Georgia.')).toEqual([
      'abkhazia>georgia:opposes',
      'south-ossetia>georgia:opposes',
    ]);
  });

  it('describes the actor right after the participle, or after one capitalised word', () => {
    expect(ids('The Iran-backed Shiite Houthis attacked Saudi Arabia.')).toEqual([
      'houthis>saudi-arabia:attacks',
      'iran>houthis:supports',
    ]);
    expect(ids('Saudi Arabia rolled back the Iranian-allied Houthi militia.')).toContain(
      'houthis>iran:allies_with',
    );
  });

  it('describes the actor named by "known as" after the noun, who is not a group of their own', () => {
    expect(ids("The Iran-backed Shi'ite rebels known as the Houthis attacked Saudi Arabia.")).toEqual([
      'houthis>saudi-arabia:attacks',
      'iran>houthis:supports',
    ]);
    expect(ids('Saudi Arabia bombed the Iran-backed rebels, known as Houthis, in Sanaa.')).toEqual([
      'iran>houthis:supports',
      'saudi-arabia>houthis:attacks',
    ]);
  });

  it('is so for a verb\'s object too: "backs Shi\'ite rebels known as the Houthis"', () => {
    expect(ids("Iran backs Shi'ite rebels known as the Houthis.")).toEqual(['iran>houthis:supports']);
    expect(ids('Saudi Arabia bombed the rebels, known as Houthis.')).toEqual([
      'saudi-arabia>houthis:attacks',
    ]);
  });
});

describe('fighting and tensions between two sides', () => {
  it('reads each side as acting on the other', () => {
    expect(ids('Fighting between Armenia and Azerbaijan resumed.')).toEqual([
      'armenia>azerbaijan:attacks',
      'azerbaijan>armenia:attacks',
    ]);
    expect(ids('Growing hostilities between Israel and Iran worry the region.')).toEqual([
      'iran>israel:attacks',
      'israel>iran:attacks',
    ]);
    expect(ids('Tensions between China and Japan rose.')).toEqual([
      'china>japan:opposes',
      'japan>china:opposes',
    ]);
  });

  it('relates nobody when the noun has no pair after "between"', () => {
    expect(ids('The war in Syria between rival factions goes on.')).toEqual([]);
    expect(ids('Tensions rose between the two sides.')).toEqual([]);
  });
});

describe('an armed group named after the state it is in', () => {
  it('is the object, not the state ("Yemen\'s Houthi rebels")', () => {
    expect(ids("Saudi Arabia attacked Yemen's Houthi rebels.")).toEqual(['saudi-arabia>houthis:attacks']);
    // Not the state's own forces: "Ukraine's army" is Ukraine.
    expect(ids("Russia attacked Ukraine's army.")).toEqual(['russia>ukraine:attacks']);
  });
});
