import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation as relations } from './testing/sortedIds';

// A modal of obligation in reported speech: the speaker demands it of the clause's subject.

describe('"X says Y should / must <act>"', () => {
  it('is the speaker demanding of the subject', () => {
    expect(relations('Obama said Cuba must embrace reform.')).toEqual(['barack-obama>cuba:demands']);
    expect(relations('The United States says Uganda and Rwanda ought to end the rebellion.')).toEqual([
      'usa>rwanda:demands',
      'usa>uganda:demands',
    ]);
    expect(relations('Jacques Chirac said Turkey needs to undergo a cultural revolution.')).toEqual([
      'jacques-chirac>turkiye:demands',
    ]);
  });

  it('reaches the actors a stand-in names, after "that"', () => {
    expect(relations('Kenya insisted that the presidents of Uganda and Rwanda should end the war.')).toEqual([
      'kenya>rwanda:demands',
      'kenya>uganda:demands',
    ]);
  });

  it('gives later verbs of the clause to its subject, not to the speaker', () => {
    expect(relations('Kenya says Uganda should withdraw and should apologise to Sudan.')).toEqual([
      'kenya>uganda:demands',
      'uganda>sudan:concedes_to',
    ]);
  });

  it("relates nobody for the speaker's own side or without a reporting verb", () => {
    expect(relations('Chavez said his country must defend itself.')).toEqual([]);
    expect(relations('Iran must stop enrichment, Kenya said.')).toEqual([]);
    expect(relations('Kenya told Uganda that Sudan must withdraw.')).toEqual([]);
  });
});

// Responsibility laid on the subject of reported speech: the speaker accuses it.
describe('"X says Y is responsible / to blame for"', () => {
  it('is the speaker accusing the subject', () => {
    expect(relations('Hamas says Israel is responsible for the blockade.')).toEqual(['hamas>israel:accuses']);
    expect(relations('The U.S. says the Syrian government is responsible for the attack.')).toEqual([
      'usa>syria:accuses',
    ]);
    expect(relations('Pompeo says Iran "is responsible for the attacks" on two tankers.')).toEqual([
      'mike-pompeo>iran:accuses',
    ]);
    expect(relations('Kenya said Uganda was to blame for the clashes.')).toEqual(['kenya>uganda:accuses']);
  });

  it('leaves the act blamed asserted, and the subject acting in it', () => {
    expect(relations('Sri Lanka says Tamil rebels were responsible for attacking India.')).toEqual([
      'ltte>india:attacks',
      'sri-lanka>ltte:accuses',
    ]);
  });

  it('relates nobody without a reporting verb, or when responsibility is denied', () => {
    expect(relations('Israel is responsible for the blockade, Hamas said.')).toEqual([]);
    expect(relations('Russia says the United States is not responsible for the attack.')).toEqual([]);
    // A name that only describes the speaker is not the speaker.
    const markov = 'Some observers, such as the Kremlin-connected analyst Sergei Markov, say';
    expect(relations(`${markov} the United States is to blame for the crisis.`)).toEqual([]);
  });
});
