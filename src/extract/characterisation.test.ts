import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation as relations } from './testing/sortedIds';

// Characterisations with the evaluative words of news reports (cues/characterisation.ts).

describe('calling what an actor said or did unhelpful, regrettable or unacceptable', () => {
  it('denounces the speaker or actor', () => {
    // VOA, 2008: "Secretary of State Condoleezza Rice called Mr. Putin's remarks unhelpful and reprehensible."
    expect(relations("Rice called Mr. Putin's remarks unhelpful and reprehensible.")).toEqual([
      'condoleezza-rice>putin:denounces',
    ]);
    // VOA, 2002: "South Africa called the EU sanctions “unfortunate” and “regrettable.”"
    expect(relations('South Africa called the EU sanctions “unfortunate” and “regrettable.”')).toEqual([
      'south-africa>eu:denounces',
    ]);
    expect(relations('Lavrov called the U.S. rhetoric unacceptable.')).toEqual([
      'sergei-lavrov>usa:denounces',
    ]);
    // A state's own government stands for the state: "Burma's military government".
    expect(
      relations("Jack Straw called Burma's military government brutal, corrupt and incompetent."),
    ).toEqual(['jack-straw>myanmar:denounces']);
  });

  it('reads no denunciation when the words praise, or judge a thing no actor owns or a claim', () => {
    expect(relations("Japan called China's remarks wise.")).toEqual([]);
    expect(relations('Japan called the weather unfortunate.')).toEqual([]);
    // Words that dismiss a claim judge the claim, not those who report it.
    expect(
      relations('Tehran denied supplying ballistic missiles to Moscow, calling Western reports "baseless".'),
    ).toEqual(['iran>russia:aids:not']);
  });
});
