import { describe, expect, it } from 'vitest';
import { extract } from '../extract';

/** Relation ids, "(not)" marking one stated only as not having happened. */
const read = (text: string): string[] =>
  extract(text).relations.map((r) => `${r.id}${r.evidence.every((e) => e.negated) ? ' (not)' : ''}`);

describe('what the words around a cue make of it', () => {
  it('reads an appeal to act as a demand, an appeal for cooperation as courting', () => {
    expect(read('Poland called on Germany to pay reparations.')).toEqual(['poland>germany:demands']);
    expect(read("The UN urged Myanmar's military government to release prisoners.")).toEqual([
      'un>myanmar:demands',
    ]);
    expect(read('Kenya urged closer cooperation with Uganda to curb smuggling.')).toEqual([
      'kenya>uganda:courts',
    ]);
    // Quotation marks may open the words quoted, before or after "to".
    expect(read('The UN urged North Korea “to reverse its course.”')).toEqual(['un>north-korea:demands']);
    expect(read('The UN urged North Korea to "reverse its course."')).toEqual(['un>north-korea:demands']);
  });

  it('reads a refusal to meet as a rejection, not as a meeting that did not happen', () => {
    expect(read("Venezuela refused to meet Colombia's envoys.")).toEqual(['venezuela>colombia:rejects']);
    expect(read('Ghana met Togo.')).toEqual(['ghana>togo:negotiates_with']);
    // A refusal to recognize or back someone rejects them too.
    expect(read('Hamas refused to recognize Israel.')).toEqual(['hamas>israel:rejects']);
    expect(read('Hamas recognized Israel.')).toEqual(['hamas>israel:supports']);
    expect(read('Serbia has never recognized Kosovo.')).toEqual(['serbia>kosovo:rejects']);
    expect(read("Serbia doesn't recognize Kosovo.")).toEqual(['serbia>kosovo:rejects']);
  });

  it('reads halted aid as aid no longer given', () => {
    expect(read('Slovakia halted military aid to Ukraine.')).toEqual(['slovakia>ukraine:aids (not)']);
    expect(read('Slovakia sent military aid to Ukraine.')).toEqual(['slovakia>ukraine:aids']);
    // "supplies" matches as a verb; the possessive may stand between; "and" starts another act.
    expect(read('Russia cut its gas supplies to Ukraine.')).toEqual(['russia>ukraine:aids (not)']);
    expect(read('The US will cut taxes and aid Ukraine.')).toEqual(['usa>ukraine:aids']);
    // A stop negated goes on.
    expect(read('Russia did not stop aid to Syria.')).toEqual(['russia>syria:aids']);
    expect(read("Russia didn't stop aid to Syria.")).toEqual(['russia>syria:aids']);
    expect(read('The United States never ceased to recognize Estonia.')).toEqual(['usa>estonia:supports']);
    // Broken cooperation no longer happens (seen in real news on the 2008 war in Georgia).
    expect(read('NATO broke military cooperation with the Kremlin.')).toEqual([
      'nato>russia:cooperates_with (not)',
    ]);
    // Cutting standing ties is a sanction, as severing them is.
    expect(read('Kuwait cancelled diplomatic relations with Iran.')).toEqual(['kuwait>iran:sanctions']);
    expect(read('Australia suspended some diplomatic ties with Fiji.')).toEqual(['australia>fiji:sanctions']);
  });

  it('reads lifted or eased sanctions as sanctions no longer imposed', () => {
    expect(read('The US lifted sanctions on Cuba.')).toEqual(['usa>cuba:sanctions (not)']);
    expect(read('The EU eased its embargo against Iran.')).toEqual(['eu>iran:sanctions (not)']);
    expect(read('The US imposed sanctions on Cuba.')).toEqual(['usa>cuba:sanctions']);
    // A hyphenated word between counts as one: "a 7-year-old ban".
    expect(read('Russia lifted a 7-year-old ban on Georgia.')).toEqual(['russia>georgia:sanctions (not)']);
    expect(read('Russia imposed a 7-year-old ban on Georgia.')).toEqual(['russia>georgia:sanctions']);
  });

  it('finds the recipient of a threat, a warning or a demand in what it says', () => {
    expect(read('Iran threatened to break relations with Bahrain.')).toEqual(['iran>bahrain:threatens']);
    expect(read('Pakistan warned that it would strike India.')).toEqual(['pakistan>india:warns']);
    expect(read("The African Union demanded that Sudan's army halt the fighting.")).toEqual([
      'african-union>sudan:demands',
    ]);
    // The subject's own side is never its recipient.
    expect(read('Xi insisted that China would stand firm.')).toEqual([]);
  });
});
