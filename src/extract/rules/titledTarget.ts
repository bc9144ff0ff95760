/**
 * "met his Chinese counterpart Xi Jinping", "praised his Russian counterpart, Vladimir Putin": the
 * possessive says whose counterpart is meant, and the person after the title is the one met. The
 * possessive alone would read as the subject itself, the demonym as the state.
 */
import type { SentenceAnalysis } from '../sentenceAnalysis';
import { isCapitalised } from '../tokenize';
import type { Unit } from '../units';
import { RESOLVED_POSSESSIVES, TITLE_WORDS } from '../words';

/** How many words a title may take between the possessive and the name. */
const MAX_TITLE_WORDS = 4;

/** The person named after a possessive and a title, or `target` as it is. */
export function titledPersonAfter(sentence: SentenceAnalysis, target: Unit | undefined): Unit | undefined {
  if (!target) return target;
  const { tokens, lexicon } = sentence;
  const ownedDemonym =
    target.members.every((m) => m.flags.includes('demonym')) &&
    RESOLVED_POSSESSIVES.has(tokens[target.first - 1]?.lower ?? '');
  if (!(target.kind === 'anaphor' && target.possessive) && !ownedDemonym) return target;
  for (let t = target.last; t < target.last + MAX_TITLE_WORDS + 1; t++) {
    const unit = sentence.unitAt.get(t);
    if (unit) {
      const person = unit.members.every((m) => lexicon.actors.get(m.actorId)?.kind === 'person');
      return person && t > target.last ? unit : target;
    }
    const token = tokens[t];
    if (!token || (token.text !== ',' && !TITLE_WORDS.has(token.lower) && !isCapitalised(token)))
      return target;
  }
  return target;
}
