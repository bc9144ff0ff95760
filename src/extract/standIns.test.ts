import { describe, expect, it } from 'vitest';
import { sortedIds } from './testing/sortedIds';

const ids = sortedIds;

describe('people and bodies that stand for an actor', () => {
  it('"officials from X", "representatives of X" act and are met for X', () => {
    expect(ids('Senior officials from Kenya accused Somalia of harbouring militants.')).toEqual([
      'kenya>somalia:accuses',
    ]);
    expect(ids('Negotiators from Ghana and Togo held talks in Accra.')).toEqual([
      'ghana>togo:negotiates_with',
    ]);
    expect(ids('Peru met with representatives of the Chilean government.')).toEqual([
      'chile>peru:negotiates_with',
    ]);
    // A title held by several: "the presidents from X, Y and Z".
    expect(ids('The presidents from Sierra Leone and Benin met with Laurent Gbagbo.')).toEqual([
      'benin>laurent-gbagbo:negotiates_with',
      'benin>sierra-leone:negotiates_with',
      'laurent-gbagbo>sierra-leone:negotiates_with',
    ]);
  });

  it('does not take people someone else owns for the place they come from', () => {
    expect(ids('France withdrew its last envoys from Niger and condemned Mali.')).toEqual([
      'france>mali:denounces',
    ]);
  });

  it("a leader's cabinet or administration acts for the leader's state", () => {
    expect(ids("Benjamin Netanyahu's security cabinet warned Iran.")).toEqual(['israel>iran:warns']);
    expect(ids('The Trump administration sanctioned Iran.')).toEqual(['usa>iran:sanctions']);
  });

  it('"the government of President X" is acted on as X\'s state, as "X\'s government" is', () => {
    // VOA, 2008: "imposed wide-ranging sanctions against the government of President Alexander Lukashenko".
    expect(
      ids('The European Union imposed sanctions against the government of President Alexander Lukashenko.'),
    ).toEqual(['eu>belarus:sanctions']);
    expect(ids('Russia supports the regime of Bashar al-Assad.')).toEqual(['russia>syria:supports']);
    // A person the lexicon ties to no state stays the person.
    expect(ids('Germany praised the government of Prime Minister Jan Kowalski.')).toEqual([
      'germany>jan-kowalski:praises',
    ]);
  });

  it('does not let a person act on their own state: a part of it is meant (Congress, the opposition)', () => {
    expect(ids('President Bush urged the U.S. Congress to approve a trade deal with Colombia.')).toEqual([]);
    expect(
      ids("Venezuelan President Nicolas Maduro accused Venezuela's opposition of plotting a coup."),
    ).toEqual([]);
    // Another state is read as before.
    expect(ids('President Bush urged Colombia to approve the deal.')).toEqual([
      'george-w-bush>colombia:demands',
    ]);
  });

  it('"officials in X", "leaders in X" are met for X, unless someone else is named for them', () => {
    expect(ids('Kenya held talks with leaders in Poland and Bulgaria.')).toEqual([
      'bulgaria>kenya:negotiates_with',
      'kenya>poland:negotiates_with',
    ]);
    expect(ids('Sarkozy met with officials in Moscow.')).toEqual(['nicolas-sarkozy>russia:negotiates_with']);
    expect(ids('Kenya met U.S. officials in Baghdad.')).toEqual(['kenya>usa:negotiates_with']);
  });

  it('"the government in X", "the authorities in X" act for X', () => {
    expect(ids('Panama has cut ties with the government in Taiwan.')).toEqual(['panama>taiwan:sanctions']);
    expect(ids('Russia accused the authorities in Tbilisi of provocation.')).toEqual([
      'russia>georgia:accuses',
    ]);
    // Not the speakers: "Russia and China said the new government in Belgrade is cooperating."
    expect(ids('Russia and China said the new government in Belgrade is cooperating.')).toEqual([]);
  });
});

describe('what a state or body sends out', () => {
  it('speaks for it after "from", also as the antecedent of "that" past an acronym in brackets', () => {
    expect(ids('A statement from the White House condemned Russia.')).toEqual(['usa>russia:denounces']);
    // VOA, 2011: "agreed to an initiative from the Gulf Cooperation Council (GCC) that calls for Saleh
    // to transfer power".
    expect(
      ids(
        'President Ali Abdullah Saleh spoke. Leaders agreed to an initiative from the Gulf Cooperation ' +
          'Council (GCC) that calls for Saleh to transfer power.',
      ),
    ).toEqual(['gcc>ali-abdullah-saleh:demands']);
  });
});
