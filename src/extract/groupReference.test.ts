import { describe, expect, it } from 'vitest';
import { sortedIds } from './testing/sortedIds';

const ids = sortedIds;

describe('a counted group of states listed elsewhere', () => {
  it('stands for the list of its size, before or after it, as one side', () => {
    expect(
      ids(
        'Chile and four regional powers held talks in Lima. Prices rose. ' +
          'Brazil, Argentina, Peru and Colombia asked for more time.',
      ),
    ).toEqual([
      'argentina>chile:negotiates_with',
      'brazil>chile:negotiates_with',
      'chile>colombia:negotiates_with',
      'chile>peru:negotiates_with',
    ]);
  });

  it('"the world powers" names the latest list of three or more before it', () => {
    expect(
      ids('Norway, Denmark and Finland issued new rules on Monday. Later, Sweden warned the world powers.'),
    ).toEqual(['sweden>denmark:warns', 'sweden>finland:warns', 'sweden>norway:warns'].sort());
  });

  it('names nobody when no list of that size is near, or when uncounted and listed only after', () => {
    expect(ids('Chile and four regional powers held talks. Brazil, Argentina and Peru agreed.')).toEqual([]);
    expect(ids('Sweden warned the world powers. Norway, Denmark and Finland issued new rules.')).toEqual([]);
  });
});

describe('"the two leaders"', () => {
  it('are the pair a sentence names first, its subject, not a later pair in the same sentence', () => {
    const text =
      'Both Machar and Kiir agreed to meet this week, after remarks by John Kerry and Ban Ki-moon. ' +
      'A spokesman said the two leaders have agreed to meet each other.';
    expect(ids(text)).toEqual(['riek-machar>salva-kiir:negotiates_with']);
  });
});

describe('"both sides"', () => {
  it('of a thing are its sides, not the pair named last; of a conflict they are its parties', () => {
    const before = 'Azerbaijan has been an ally, with troops in Iraq and Afghanistan. ';
    expect(
      ids(
        before +
          'President Bush sought to address both sides of that relationship in his Oval Office meeting with President Aliyev.',
      ),
    ).toEqual(['george-w-bush>ilham-aliyev:negotiates_with']);
    expect(ids(before + 'Norway held talks with both sides of the conflict.')).toEqual([
      'afghanistan>norway:negotiates_with',
      'iraq>norway:negotiates_with',
    ]);
  });
});
