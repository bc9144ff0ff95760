import { describe, expect, it } from 'vitest';
import { compileCues, findCues } from './cues';
import { CUE_GROUPS } from './cues/index';
import { inflect } from './inflect';
import { tokenize } from './tokenize';
import { PREPOSITIONS } from './words';

const index = compileCues();

function cues(text: string): Array<[string, string]> {
  const tokens = tokenize(text);
  return findCues(tokens, index, new Array<boolean>(tokens.length).fill(false)).map((m) => [
    text.slice(tokens[m.first]?.start, tokens[m.last - 1]?.end),
    m.cue.type,
  ]);
}

describe('inflect', () => {
  it('inflects regular and irregular verbs', () => {
    expect(inflect('accuse').forms).toEqual(['accuse', 'accuses', 'accused', 'accusing']);
    expect(inflect('ally').forms).toEqual(['ally', 'allies', 'allied', 'allying']);
    expect(inflect('veto').forms).toEqual(['veto', 'vetoes', 'vetoed', 'vetoing']);
    expect(inflect('woo').forms).toEqual(['woo', 'woos', 'wooed', 'wooing']);
    expect(inflect('expel').forms).toEqual(['expel', 'expels', 'expelled', 'expelling']);
    expect(inflect('strike').forms).toEqual(['strike', 'strikes', 'struck', 'striking']);
    expect(inflect('meet').participle).toBe('met');
    expect(inflect('see').forms).toEqual(['see', 'sees', 'saw', 'seen', 'seeing']);
    expect(inflect('dub').forms).toEqual(['dub', 'dubs', 'dubbed', 'dubbing']);
  });
});

describe('compileCues', () => {
  it('lets a wildcard skip as many words as its number says, and refuses any other', () => {
    const group = (pattern: string) => [{ type: 'negotiates_with' as const, prior: 0.7, verbs: [pattern] }];
    const found = (pattern: string, text: string) => {
      const tokens = tokenize(text);
      return findCues(tokens, compileCues(group(pattern)), new Array<boolean>(tokens.length).fill(false))
        .length;
    };
    const text = 'discussed the Middle East peace process with';
    expect(found('discuss * with', text)).toBe(0);
    expect(found('discuss *5 with', text)).toBe(1);
    expect(() => compileCues(group('discuss *x with'))).toThrow('*x');
  });

  it('has no phrase joined by "|", which joins single words: "to meet|talk with" asks for both words', () => {
    // A word after the first that offers a preposition beside other words is such a phrase cut in two.
    const places = new Set([...PREPOSITIONS, 'along', 'near']);
    const mixed = CUE_GROUPS.flatMap((group) => [...(group.verbs ?? []), ...(group.nouns ?? [])]).filter(
      (pattern) =>
        pattern
          .split(/\s+/)
          .slice(1)
          .some((word) => {
            const options = word.split('|');
            const prepositions = options.filter((option) => places.has(option)).length;
            return prepositions > 0 && prepositions < options.length;
          }),
    );
    expect(mixed).toEqual([]);
  });
});

describe('findCues', () => {
  it('matches every inflection, phrases and nominal cues', () => {
    expect(cues('accuses, accused, accusing')).toEqual([
      ['accuses', 'accuses'],
      ['accused', 'accuses'],
      ['accusing', 'accuses'],
    ]);
    expect(cues('held talks with and imposed sanctions on')).toEqual([
      ['held talks with', 'negotiates_with'],
      ['imposed sanctions on', 'sanctions'],
    ]);
    expect(cues('the invasion of')).toEqual([['invasion of', 'attacks']]);
    expect(cues('in coordination with, together with, labelled')).toEqual([
      ['in coordination with', 'cooperates_with'],
      ['together with', 'cooperates_with'],
      ['labelled', 'praises'],
    ]);
  });

  it('skips a few words inside a phrase and prefers the longest match', () => {
    expect(cues('imposed sweeping new sanctions against')).toEqual([
      ['imposed sweeping new sanctions against', 'sanctions'],
    ]);
    expect(cues('humanitarian aid for')).toEqual([['humanitarian aid for', 'aids']]);
  });

  it('skips a quantity phrase as no word: "a series of", "a wide range of"', () => {
    expect(cues('signed a series of economic deals with')).toEqual([
      ['signed a series of economic deals with', 'cooperates_with'],
    ]);
    expect(cues('imposed a new round of sweeping new sanctions on')).toEqual([
      ['imposed a new round of sweeping new sanctions on', 'sanctions'],
    ]);
    // Only one, and only a listed noun: four plain words are one too many. What is left is the bare
    // noun of the named-pair frame, which relates only a hyphen pair before it.
    expect(cues('signed a pile of economic deals with')).toEqual([['deals', 'agrees_with']]);
  });

  it('reads through hyphens', () => {
    expect(cues('stand shoulder-to-shoulder with')).toEqual([
      ['stand shoulder-to-shoulder with', 'allies_with'],
    ]);
    expect(cues('co-operate with')).toEqual([['co-operate with', 'cooperates_with']]);
  });

  it('leaves out look-alikes', () => {
    expect(cues('thanks to the court, back home')).toEqual([]);
    // "Angolan armed forces Chief of Staff": "armed" before such a noun is an adjective.
    expect(cues('the armed forces chief and armed groups')).toEqual([]);
    expect(cues('has armed the rebels')).toEqual([['armed', 'aids']]);
  });

  it('does not match inside actor mentions', () => {
    const tokens = tokenize('Attack Force attacked');
    const blocked = [true, true, false];
    expect(findCues(tokens, index, blocked).map((m) => m.first)).toEqual([2]);
  });
});
