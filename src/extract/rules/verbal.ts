/** Rules for verbs whose agent is not their subject: "under X attack", "X-backed", passives. */
import type { Unit } from '../units';
import { isHyphenToken, isInnerHyphen, type Token } from '../tokenize';
import { DETERMINERS, REPORTING_WORDS, TITLE_HEADS, UNDER_ADJECTIVES, words } from '../words';
import type { CueContext } from './context';
import { describedBy } from './hyphenModifiers';
import type { RoleRule } from './types';

/** The position before `at` and the adjectives ending there ("heavy", "intense international"). */
function pastUnderAdjectives(tokens: readonly Token[], at: number): number {
  let t = at;
  while (t >= 0 && UNDER_ADJECTIVES.has(tokens[t]?.lower ?? '')) t--;
  return t;
}

/**
 * The word at `at` follows "under" and its adjectives: "under intense international pressure to
 * leave", "came under attack". There "pressure" and "attack" are nouns, and a verb cue there has no
 * subject (sentenceAnalysis.ts); the `under` rule below reads an actor between them.
 */
export function followsUnder(tokens: readonly Token[], at: number): boolean {
  return tokens[pastUnderAdjectives(tokens, at - 1)]?.lower === 'under';
}

/** Words that describe an act before its noun: "a major suspected chemical attack". */
const ACT_ADJECTIVES = words(
  'major|big|new|fresh|recent|latest|deadly|suicide|terror|surprise|joint|air|ground',
);
const ADJECTIVE_ENDING = /^\p{Ll}+(?:al|ed|ic|ive|ous|ful|ent|ant|ary)$/u;

/**
 * "inspecting the site of a major suspected chemical attack near Damascus": adjectives after "of" and
 * an article end at a noun, not at a verb whose subject stands further left.
 */
function describedAfterOf(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (
    k > at - 4 &&
    (ADJECTIVE_ENDING.test(tokens[k]?.text ?? '') || ACT_ADJECTIVES.has(tokens[k]?.text ?? ''))
  )
    k--;
  return k < at && DETERMINERS.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 'of';
}

/**
 * The verb form after `at` is a noun: after a determiner ("the supply of drones"), after adjectives
 * that "of a" opens ("the site of a suspected chemical attack"), or after a compound written with a
 * hyphen ("the nerve-gas attack near Damascus", "a cross-border raid"). Only a possessive can act on
 * such a noun (sentenceAnalysis.ts).
 */
export function standsAsNoun(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at];
  if (before && DETERMINERS.has(before.lower)) return true;
  if (describedAfterOf(tokens, at)) return true;
  const sForm = /^\p{Ll}+s$/u.test(tokens[at + 1]?.text ?? '');
  // "signed an agreement to end attacks across their border": an -s form right after an infinitive is
  // its object, not a verb.
  if (sForm && tokens[at - 1]?.lower === 'to' && /^\p{Ll}+$/u.test(before?.text ?? '')) return true;
  // "Somalia's Islamic courts say": an -s form before a verb of saying is a plural noun, its subject.
  if (sForm && REPORTING_WORDS.has(tokens[at + 2]?.lower ?? '')) return true;
  // "the UN secretary-general warned": a title is who acts, not a modifier.
  if (TITLE_HEADS.has(before?.lower ?? '')) return false;
  // A lower-case compound ("nerve-gas"), not a name ("Guinea-Bissau").
  return (
    isInnerHyphen(tokens, at - 1) &&
    /^\p{Ll}/u.test(before?.text ?? '') &&
    /^\p{Ll}/u.test(tokens[at - 2]?.text ?? '')
  );
}

/**
 * "came under Russian attack", "under Western sanctions": the actor before "under" suffers what the
 * actor between "under" and the cue does. Falls through when there is no such phrase.
 */
export const under: RoleRule = {
  name: 'under',
  when: (c) => !c.symmetric && !c.match.gerund && !c.match.participle,
  read: (c) => {
    const { sentence, tokens } = c;
    const agent = sentence.unitEndingAt(pastUnderAdjectives(tokens, c.match.first - 1) + 1);
    if (!agent) return undefined;
    const before = pastUnderAdjectives(tokens, agent.first - 1);
    if (tokens[before]?.lower !== 'under') return undefined;
    for (let u = sentence.units.length - 1; u >= 0; u--) {
      const unit = sentence.units[u] as Unit;
      if (unit.last > before) continue;
      if (before - unit.last > 12 || unit.kind === 'reciprocal') return undefined;
      const unitAside = sentence.aside[unit.first] ?? -1;
      if (unitAside >= 0 && unitAside !== (sentence.aside[before] ?? -1)) continue;
      return { source: agent, target: unit, passive: true };
    }
    return undefined;
  },
};

/** The actor right before the hyphen of "Iran-backed". */
const hyphenAgent = (c: CueContext): Unit | undefined =>
  isHyphenToken(c.tokens[c.match.first - 1])
    ? c.sentence.units.find((unit) => unit.last === c.match.first - 1)
    : undefined;

/** "Iran-backed militias": the actor before the hyphen acts on the noun that follows. */
export const hyphenAgentRule: RoleRule = {
  name: 'hyphen-agent',
  when: (c) => c.match.participle && hyphenAgent(c) !== undefined,
  read: (c) => {
    const agent = hyphenAgent(c);
    const target = describedBy(c.sentence, c.match);
    return agent && target ? { source: agent, target, passive: true } : undefined;
  },
  final: true,
};

/**
 * "was accused by X", "were sanctioned by X", "supplied with missiles by X": the "by" agent acts on
 * the cue's prepositional object, or else on the subject.
 */
export const passive: RoleRule = {
  name: 'passive',
  when: (c) =>
    c.sentence.isPassive(c.match) || (c.match.participle && c.sentence.byAgent(c.match.last) !== undefined),
  read: (c) => {
    const { sentence, match, target } = c;
    const agent = sentence.laterByAgent(match.last) ?? (target ? sentence.byAgent(target.last) : undefined);
    if (!agent) return undefined;
    const patient = c.cue.endsWithPreposition ? target : sentence.nearestLeft(match);
    return patient ? { source: agent, target: patient, passive: true } : undefined;
  },
  final: true,
};
