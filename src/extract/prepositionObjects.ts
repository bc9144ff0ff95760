/**
 * Where a unit stands to a cue, read off the tokens alone: the object after a cue that ends in a
 * preposition ("met with the president of X"), and the actor that modifies a noun cue ("EU sanctions").
 */
import type { CueMatch } from './cues';
import type { Token } from './tokenize';
import type { Unit } from './units';
import { BOUNDARY_PUNCT, PREPOSITIONS, REPRESENTATIVE_NOUNS, STOP_RIGHT } from './words';

const MAX_PREP_TARGET_DISTANCE = 4;

/**
 * The unit a cue's closing preposition takes, within a few words: "talks with the Serbian leaders".
 * The "of" after who speaks for a state reaches two words further: "met with the foreign minister of X".
 */
export function prepositionObject(
  tokens: readonly Token[],
  unitAt: ReadonlyMap<number, Unit>,
  from: number,
): Unit | undefined {
  let reach = from + MAX_PREP_TARGET_DISTANCE;
  for (let t = from; t < Math.min(reach, tokens.length); t++) {
    const unit = unitAt.get(t);
    if (unit) return unit;
    const token = tokens[t] as Token;
    if (token.kind === 'punct' && BOUNDARY_PUNCT.has(token.text)) return undefined;
    if (token.lower === 'of' && REPRESENTATIVE_NOUNS.has(tokens[t - 1]?.lower ?? '')) reach += 2;
    else if (token.kind === 'word' && (PREPOSITIONS.has(token.lower) || STOP_RIGHT.has(token.lower)))
      return undefined;
  }
  return undefined;
}

/** The unit stands right before the cue, or before its possessive "'s": "EU sanctions", "Russia's attack". */
export const modifies = (tokens: readonly Token[], unit: Unit, cue: CueMatch): boolean =>
  unit.last === cue.first || (tokens[unit.last]?.kind === 'pos' && unit.last + 1 === cue.first);
