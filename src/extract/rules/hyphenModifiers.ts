/**
 * An actor joined by a hyphen to a participle cue ("Iran" in "Iran-backed militias") modifies the
 * noun after it: it is neither the subject nor the object of another cue. "Iran-backed militias
 * attacked Israel" is not Iran attacking, and in "Saudi Arabia fought the Iran-backed Houthis" the
 * Houthis, not Iran, are fought.
 */
import type { CueMatch } from '../cues';
import type { SentenceAnalysis } from '../sentenceAnalysis';
import { isHyphenToken } from '../tokenize';
import { phraseMatches, type Unit } from '../units';

/** The participle cue `unit` is joined to by a hyphen, if any. */
export function hyphenParticipleAfter(sentence: SentenceAnalysis, unit: Unit): CueMatch | undefined {
  if (!isHyphenToken(sentence.tokens[unit.last])) return undefined;
  return sentence.cues.find((match) => match.first === unit.last + 1 && match.participle);
}

/**
 * The actor a hyphenated participle describes: right after it, or after one capitalised word
 * ("Iran-backed Shiite Houthis"). Not further: in "Iran-backed militias attacked Israel" the
 * militias, not Israel, are backed.
 */
export function describedBy(sentence: SentenceAnalysis, participle: CueMatch): Unit | undefined {
  const next = sentence.unitAt.get(participle.last);
  if (next) return next;
  const word = sentence.tokens[participle.last];
  const named = word && /^\p{Lu}/u.test(word.text) ? sentence.unitAt.get(participle.last + 1) : undefined;
  return named ?? knownAsAfter(sentence, participle.last);
}

/** Words a noun phrase may have before "known as": "the Shi'ite rebels, known as the Houthis". */
const KNOWN_AS_REACH = 4;

/** The actor named by "known as" a few words after `from`: "rebels, known as the Houthis". */
export function knownAsAfter(sentence: SentenceAnalysis, from: number): Unit | undefined {
  const { tokens } = sentence;
  for (let t = from + 1; t <= from + KNOWN_AS_REACH; t++) {
    if (phraseMatches(tokens, t, ['known', 'as'])) {
      return sentence.unitAt.get(t + 2) ?? sentence.unitAt.get(t + 3);
    }
    if (tokens[t]?.kind !== 'word' && tokens[t]?.text !== ',') return undefined;
  }
  return undefined;
}

/** A cue's target, or the actor after the hyphenated participle the target modifies (or none). */
export function pastHyphenModifier(sentence: SentenceAnalysis, target: Unit | undefined): Unit | undefined {
  const participle = target && hyphenParticipleAfter(sentence, target);
  return participle ? describedBy(sentence, participle) : target;
}
