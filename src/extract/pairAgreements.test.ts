import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation } from './testing/sortedIds';

// Agreements stated with a pair subject ("X and Y agreed to ...", "X and Y struck a deal").

const relations = sortedIdsMarkingNegation;

describe('a pair that agreed to do something together', () => {
  it('reads each verb of the list, not only "set up"', () => {
    expect(relations('Ethiopia and Eritrea agreed to reopen the border.')).toEqual([
      'eritrea>ethiopia:agrees_with',
    ]);
    expect(relations('The presidents of Sudan and South Sudan have agreed to resume oil exports.')).toEqual([
      'south-sudan>sudan:agrees_with',
    ]);
    expect(relations('Kenya and Uganda agreed to establish a joint commission.')).toEqual([
      'kenya>uganda:agrees_with',
    ]);
  });

  it('reads what the pair agreed on as well', () => {
    expect(
      relations('The United States and Russia have agreed on a framework for ending the program.'),
    ).toEqual(['russia>usa:agrees_with']);
  });

  it('leaves a single subject with no partner alone', () => {
    expect(relations('Ethiopia agreed to reopen its embassy.')).toEqual([]);
  });

  it('leaves talks to the talks cue', () => {
    expect(relations('Ethiopia and Eritrea agreed to hold talks.')).toEqual([
      'eritrea>ethiopia:negotiates_with',
    ]);
  });
});

describe('a deal struck', () => {
  it('reads a deal struck by a pair or with a partner', () => {
    expect(relations('Ethiopia and Eritrea struck a deal on Monday.')).toEqual([
      'eritrea>ethiopia:agrees_with',
    ]);
    expect(relations('Egypt struck a new accord with Sudan.')).toEqual(['egypt>sudan:agrees_with']);
  });

  it('reads an agreement a pair announced, or one announced with a partner', () => {
    expect(relations('Israel and Syria announced an agreement Tuesday to end all hostilities.')).toEqual([
      'israel>syria:agrees_with',
    ]);
    expect(relations('Russia announced a new accord with Iran.')).toEqual(['iran>russia:agrees_with']);
    expect(relations('Russia announced a new accord.')).toEqual([]);
  });

  it('reads the sides of a deal named after "between", one against a list when "and" follows the first', () => {
    // VOA, 2021: "the deal between the United States, Australia and Britain to provide …"
    expect(relations('Biden announced the deal between the United States, Australia and Britain.')).toEqual([
      'australia>united-kingdom:agrees_with',
      'australia>usa:agrees_with',
      'united-kingdom>usa:agrees_with',
    ]);
    // VOA, 2015: "the deal between Iran and the United States, Germany, France, Britain, China and Russia"
    expect(
      relations('The deal between Iran and the United States, Germany and France will go forward.'),
    ).toEqual(['france>iran:agrees_with', 'germany>iran:agrees_with', 'iran>usa:agrees_with']);
    expect(relations('Talks between India, Pakistan and China resumed.')).toEqual([
      'china>india:negotiates_with',
      'china>pakistan:negotiates_with',
      'india>pakistan:negotiates_with',
    ]);
  });

  it('still reads a strike on a place as an attack', () => {
    expect(relations('Israel struck a port in Yemen.')).toEqual(['israel>yemen:attacks']);
  });
});

describe('"&" joins a pair as "and" does', () => {
  it('reads two leaders joined by an ampersand', () => {
    expect(relations('President Isaias Afwerki & Prime Minister Abiy Ahmed met in Asmara.')).toEqual([
      'abiy-ahmed>isaias-afwerki:negotiates_with',
    ]);
    expect(relations('Ethiopia & Eritrea agreed to reopen the border.')).toEqual([
      'eritrea>ethiopia:agrees_with',
    ]);
  });
});

describe('a pair that discussed something', () => {
  it('met, while one who discusses a state does not meet it', () => {
    expect(
      relations('Qureshi and Indian Foreign Minister Pranab Mukherjee discussed all relevant issues.'),
    ).toEqual(['pranab-mukherjee>shah-mahmood-qureshi:negotiates_with']);
    expect(relations('Iran and Saudi Arabia discussed the crisis.')).toEqual([
      'iran>saudi-arabia:negotiates_with',
    ]);
    expect(relations('Putin discussed Ukraine.')).toEqual([]);
    // A cue in what is discussed says the rest.
    expect(relations('Putin and Xi discussed an alliance against the West.')).toEqual([
      'putin>xi-jinping:allies_with',
    ]);
  });
});
