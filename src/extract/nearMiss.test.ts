import { describe, expect, it } from 'vitest';
import { defaultLexicon, defaultLexiconActors } from './defaultLexicon';
import { findMentions } from './lexicon';
import { buildNearMissIndex, nearMiss } from './nearMiss';
import { tokenize } from './tokenize';

describe('misspelt state names', () => {
  const index = buildNearMissIndex(defaultLexiconActors());

  it('reads a name one edit away from exactly one state', () => {
    expect(nearMiss('Afganistan', index)).toBe('afghanistan');
    expect(nearMiss('Ukrainan', index)).toBe('ukraine');
    expect(nearMiss('Phillipines', index)).toBeUndefined(); // two edits: left alone
    expect(nearMiss('Venezuala', index)).toBe('venezuela');
    expect(nearMiss('Argnetina', index)).toBe('argentina');
  });

  it('leaves short words, lower-case words and real names alone', () => {
    expect(nearMiss('Irak', index)).toBeUndefined();
    expect(nearMiss('afganistan', index)).toBeUndefined();
    expect(nearMiss('Augustine', index)).toBeUndefined();
  });

  it('gives mentions in text, but not inside a longer name', () => {
    const lexicon = defaultLexicon();
    const text = 'Afganistan and Columbia University met in Columbia.';
    const ids = findMentions(tokenize(text), lexicon).map((m) => m.actorId);
    expect(ids).toEqual(['afghanistan']);
  });

  it('reads a surname after a given name as a name, and a misspelling after a sentence-opening "In" as a state', () => {
    const lexicon = defaultLexicon();
    const mentioned = (text: string) => findMentions(tokenize(text), lexicon).map((m) => m.actorId);
    // A near miss of a state's name after a given name is a surname, not that state.
    expect(mentioned('Ukrainan troops attacked Russia.')).toEqual(['ukraine', 'russia']);
    expect(mentioned('Tom Ukrainan praised Russia.')).toEqual(['russia']);
    expect(mentioned('In Afganistan, Pakistan was accused.')).toEqual(['afghanistan', 'pakistan']);
  });
});
