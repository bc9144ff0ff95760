import type { Cue, CueMatch } from '../cues';
import type { SentenceAnalysis } from '../sentenceAnalysis';
import type { Token } from '../tokenize';
import type { Unit } from '../units';
import { isDirected, JUDGING_TYPES } from '../vocabulary';
import { hyphenParticipleAfter, knownAsAfter, pastHyphenModifier } from './hyphenModifiers';
import { DETERMINERS, QUOTES, VICTIM_NOUNS } from '../words';

/** How far an act's "by" agent may stand after a judging verb. */
const MAX_ACT_WORDS = 8;

/**
 * The actor at `first` is named as a victim after the cue: "the killing of X", "the ouster of elected
 * Islamist President X" (up to three words of title between).
 */
function namesVictim(tokens: readonly Token[], cueLast: number, first: number): boolean {
  for (let k = first - 1; k >= Math.max(cueLast + 1, first - 4); k--) {
    const token = tokens[k] as Token;
    if (token.lower === 'of') return VICTIM_NOUNS.has(tokens[k - 1]?.lower ?? '');
    if (token.kind !== 'word') return false;
  }
  return false;
}

/** Words that open an agent after "by" that names no one: "by a senior official", "by unknown gunmen". */
const UNNAMED_AGENT_OPENERS = new Set(['a', 'an', 'unknown', 'unidentified', 'suspected', 'some', 'several']);

/** How the subject was found: a noun's "by" agent, the nearest actor left, or after a fronted phrase. */
export type SubjectRoute = 'by-agent' | 'left' | 'fronted';

export interface Subject {
  readonly unit: Unit;
  readonly route: SubjectRoute;
}

/**
 * One cue as the rules see it: the match, its sentence, and the facts several rules ask for,
 * each worked out once, when first asked.
 */
export class CueContext {
  readonly cue: Cue;
  readonly tokens: readonly Token[];
  readonly symmetric: boolean;
  private targetMemo: { readonly unit: Unit | undefined } | undefined;
  private subjectMemo: { readonly subject: Subject | undefined } | undefined;
  private possessorMemo: { readonly unit: Unit | undefined } | undefined;

  constructor(
    readonly match: CueMatch,
    readonly sentence: SentenceAnalysis,
  ) {
    this.cue = match.cue;
    this.tokens = sentence.tokens;
    this.symmetric = !isDirected(match.cue.type);
  }

  /**
   * "condemned the attack by Uganda", "denounced the incident as state terrorism by Georgia": the
   * "by" agent of the act an active judging verb takes as its object (a passive's "by" comes right
   * after the verb and is left to the passive rules); "the violence between X and Y" judges both.
   */
  private actByAgent(): Unit | undefined {
    const { tokens, match } = this;
    if (this.cue.kind !== 'verb') return undefined;
    // After a determiner, or an adjective for "between" ("condemned renewed violence between").
    const determiner = DETERMINERS.has(tokens[match.last]?.lower ?? '');
    if (!determiner && !/^\p{Ll}+$/u.test(tokens[match.last]?.text ?? '')) return undefined;
    for (let k = match.last + 1; k < match.last + MAX_ACT_WORDS; k++) {
      const token = tokens[k];
      if (!token || this.sentence.unitAt.has(k) || (token.kind === 'punct' && !QUOTES.has(token.text)))
        return undefined;
      if (token.lower === 'by' && determiner) return this.sentence.unitAt.get(k + 1);
      // "condemned renewed military violence between Sudan and South Sudan": both sides are judged.
      if (token.lower === 'between') {
        const sides = this.sentence.unitAt.get(k + 1);
        return sides && sides.members.length >= 2 ? this.otherSides(sides) : undefined;
      }
    }
    return undefined;
  }

  /** The sides of a pair the subject is not on: Modi "hailed the partnership between India and Russia". */
  private otherSides(sides: Unit): Unit | undefined {
    const lexicon = this.sentence.lexicon;
    const own = new Set(
      (this.sentence.nearestLeft(this.match)?.members ?? []).flatMap((m) => [
        m.actorId,
        lexicon.actors.get(m.actorId)?.affiliation ?? m.actorId,
      ]),
    );
    const members = sides.members.filter((m) => !own.has(m.actorId));
    return members.length > 0 ? { ...sides, members } : undefined;
  }

  /** The unit right of the cue that receives: its preposition's object or its direct object. */
  get target(): Unit | undefined {
    if (!this.targetMemo) {
      // "backs Shi'ite rebels known as the Houthis": the name after "known as" is the object.
      const right = this.sentence.rightTarget(this.match) ?? knownAsAfter(this.sentence, this.match.last - 1);
      const unit = pastHyphenModifier(this.sentence, right);
      // "condemned the killing of Ugandan soldiers": the victims are not whom the judgement is of.
      const victim =
        unit && JUDGING_TYPES.has(this.cue.type) && namesVictim(this.tokens, this.match.last, unit.first);
      const judged = victim ? undefined : unit;
      this.targetMemo = {
        unit: judged ?? (JUDGING_TYPES.has(this.cue.type) ? this.actByAgent() : undefined),
      };
    }
    return this.targetMemo.unit;
  }

  /**
   * The unit that acts in the cue's own clause: a noun cue's "by" agent ("the invasion of X by Y"),
   * else the nearest unit to the left that can act, else, for a symmetric phrase before the comma of
   * a fronted phrase, the subject right after it ("In talks with X, Y agreed").
   */
  get subject(): Subject | undefined {
    if (!this.subjectMemo) {
      const target = this.target;
      const byAgent = this.cue.kind === 'noun' && target ? this.sentence.byAgent(target.last) : undefined;
      // "Tokyo's decision to allow a visit to Taiwan by a senior defence official": the act's agent is
      // named, and is no actor; the one to the left did not do it.
      const unnamedAgent =
        this.cue.kind === 'noun' &&
        target !== undefined &&
        !byAgent &&
        this.tokens[target.last]?.lower === 'by' &&
        UNNAMED_AGENT_OPENERS.has(this.tokens[target.last + 1]?.lower ?? '');
      const nearest = byAgent ?? (unnamedAgent ? undefined : this.sentence.nearestLeft(this.match));
      // "Iran-backed militias attacked": Iran does not act; the militias, no actor, do.
      const left = nearest && !byAgent && hyphenParticipleAfter(this.sentence, nearest) ? undefined : nearest;
      const fronted =
        !left && this.symmetric && target && this.cue.endsWithPreposition
          ? this.sentence.frontedSubject(this.match)
          : undefined;
      const subject: Subject | undefined = byAgent
        ? { unit: byAgent, route: 'by-agent' }
        : left
          ? { unit: left, route: 'left' }
          : fronted
            ? { unit: fronted, route: 'fronted' }
            : undefined;
      this.subjectMemo = { subject };
    }
    return this.subjectMemo.subject;
  }

  /** The possessor rules' unit before a noun cue (possessor.ts), worked out once. */
  possessorUnit(compute: (c: CueContext) => Unit | undefined): Unit | undefined {
    this.possessorMemo ??= { unit: compute(this) };
    return this.possessorMemo.unit;
  }
}
