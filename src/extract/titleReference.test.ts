import { describe, expect, it } from 'vitest';
import { extract } from './extract';

const ids = (text: string): string[] => extract(text).relations.map((r) => r.id);

describe('"the king", "the prime minister"', () => {
  it('names the person last named with that title, in a sentence before or earlier in this one', () => {
    expect(
      ids(
        'King Gyanendra dismissed the cabinet. The United States calls upon the king to restore democracy.',
      ),
    ).toEqual(['usa>gyanendra:demands']);
    expect(
      ids('Prime Minister Nawaz Sharif met officials in Lahore. The prime minister later criticised India.'),
    ).toEqual(['nawaz-sharif>india:denounces']);
    expect(ids('After President Emmanuel Macron spoke, Germany praised the president.')).toEqual([
      'germany>emmanuel-macron:praises',
    ]);
  });

  it('does not name a holder of another office, nor one named too long before', () => {
    expect(ids('Vice President Kamala Harris spoke. Germany praised the president.')).toEqual([]);
    expect(
      ids('King Gyanendra spoke. Rain fell. Markets rose. Prices fell. India praised the king.'),
    ).toEqual([]);
  });

  it('does not stand for the one named right there or for the holder of another office', () => {
    expect(ids('President Emmanuel Macron spoke. Germany praised the president of Brazil.')).toEqual([
      'germany>brazil:praises',
    ]);
    expect(ids('President Emmanuel Macron spoke. Germany praised the president-elect.')).toEqual([]);
  });
});
