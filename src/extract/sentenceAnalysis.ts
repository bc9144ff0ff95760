/**
 * What the role rules ask of a sentence: its tokens, actor units and cues, and the positions that
 * decide who can act ("the nearest unit left of the cue that is not in an aside or behind a
 * preposition") and who receives ("the object of the cue's preposition").
 */
import type { ActorKind } from '../domain/types';
import type { ComplementContext } from './complements';
import type { CueMatch } from './cues';
import type { Lexicon } from './lexicon';
import { afterPossessive, type Token } from './tokenize';
import { findAsides } from './asides';
import type { Unit } from './units';
import {
  apposedListEnd,
  commaAntecedentEnd,
  pastBracketedAcronym,
  coordinatedVerb,
  afterComma,
  infinitiveAfterAnd,
  reportsAt,
  forInfinitiveAgent,
  labelEnd,
  opensClause,
  quantifiedRelative,
} from './clauseOpeners';
import { goerOf, helpedActors, joinedInActors } from './joinedIn';
import { apposedTo, describedObject, partnerAfterAdjuncts, secondPartner, titleEnd } from './partners';
import { phraseBetween } from './prepositionObjects';
import { isDirected, JUDGING_TYPES, type RelationTypeId } from './vocabulary';
import { followsUnder, standsAsNoun } from './rules/verbal';
import {
  actorAfterPlainObject,
  authorBy,
  complementObject,
  modifies,
  objectOfPreposition,
  prepositionObject,
  spelledList,
} from './prepositionObjects';
import {
  ADVERB_LIKE,
  BE_FORMS,
  BOUNDARY_PUNCT,
  HARD_LEFT_BOUNDARY,
  LINKING_WORDS,
  MAKE_FORMS,
  PREPOSITIONS,
  RELATIVES,
  RESOLVED_POSSESSIVES,
  STOP_RIGHT,
  VERB_HELPERS,
} from './words';
import { nounSubjectOfGerund } from './gerundSubjects';
import { intentActor, intentAgentAt } from './intentNouns';

const MAX_SOURCE_DISTANCE = 30;
const MAX_VERB_TARGET_DISTANCE = 8;
/** Words between a verb cue and the noun cue it governs: "condemned the latest attack on". */
const MAX_GOVERNED_GAP = 3;
/** Types whose "to"-complement names the target: "threatened to strike X". */
const COMPLEMENT_TYPES = new Set<RelationTypeId>(['threatens']);

/** A verb that judges the act it takes: "condemned the attack on", "described the attack against X as". */
const judgesAct = (verb: CueMatch): boolean =>
  JUDGING_TYPES.has(verb.cue.type) && (!verb.cue.frame || verb.cue.frame === 'characterisation');

export class SentenceAnalysis implements ComplementContext {
  readonly units: Unit[];
  readonly unitAt: Map<number, Unit> = new Map();
  readonly aside: Int32Array;
  readonly cueStarts: Set<number>;
  /** Verb cues by their end (the token after their last word). */
  readonly verbCueEnds = new Map<number, CueMatch>();
  /** Units already used as a target, with the source that acted on them. */
  readonly targetOf = new Map<Unit, Unit>();
  /** Cues (by first token) in the complement of an intention that does not assert them. */
  readonly unasserted = new Set<number>();
  /** The source of the previous cue in this sentence. */
  previousSource: Unit | undefined;
  /** Cues (by first token) read as part of an earlier cue: "cooperation" in "called for cooperation with". */
  readonly consumed = new Set<number>();

  constructor(
    readonly tokens: readonly Token[],
    units: Unit[],
    readonly cues: readonly CueMatch[],
    readonly lexicon: Lexicon,
    readonly frontEnd = -1,
  ) {
    this.units = units;
    for (const unit of units) this.unitAt.set(unit.first, unit);
    this.aside = findAsides(tokens);
    this.cueStarts = new Set(cues.map((cue) => cue.first));
    for (const cue of cues) if (cue.cue.kind === 'verb') this.verbCueEnds.set(cue.last, cue);
  }

  /** The verb cue that judges this noun cue as its object, past modifiers: "condemned the attack on X". */
  governingVerb(cue: CueMatch): CueMatch | undefined {
    for (let t = cue.first; t >= Math.max(0, cue.first - MAX_GOVERNED_GAP); t--) {
      const verb = this.verbCueEnds.get(t);
      if (verb) return judgesAct(verb) ? verb : undefined;
      const token = this.tokens[t - 1];
      if (!token || token.kind !== 'word' || PREPOSITIONS.has(token.lower) || STOP_RIGHT.has(token.lower))
        return undefined;
      if (this.unitEndingAt(t)) return undefined;
    }
    return undefined;
  }

  precededByPreposition(unit: Unit): boolean {
    return objectOfPreposition(this.tokens, unit.first);
  }

  /**
   * The first unit of the clause ending at `before`: the subject a coordinated verb shares. What is
   * reported has its own ("Welch says Hezbollah erred by attacking Israel"), unless `pastReports`.
   */
  clauseSubject(before: number, pastReports = false): Unit | undefined {
    let start = Math.max(0, before - 2 * MAX_SOURCE_DISTANCE, before >= this.frontEnd ? this.frontEnd : 0);
    for (let t = before - 1; t >= start; t--) {
      const token = this.tokens[t] as Token;
      const reported = !pastReports && reportsAt(token);
      if (HARD_LEFT_BOUNDARY.has(token.text) || opensClause(this.tokens, t) || reported) {
        start = t + 1;
        break;
      }
    }
    for (const unit of this.units) {
      if (unit.first < start || unit.kind === 'reciprocal') continue;
      if (unit.first >= before) return undefined;
      if (!this.precededByPreposition(unit) && (this.aside[unit.first] ?? -1) < 0) return unit;
    }
    return undefined;
  }

  unitEndingAt(last: number): Unit | undefined {
    for (let u = this.units.length - 1; u >= 0; u--) {
      const unit = this.units[u] as Unit;
      if (unit.last === last) return unit;
      if (unit.last < last) return undefined;
    }
    return undefined;
  }

  /** The nearest unit left of the cue that can act: not in a prepositional phrase or an aside. */
  nearestLeft(cue: CueMatch): Unit | undefined {
    const cueAside = this.aside[cue.first] ?? -1;
    let head = cue.first - 1;
    while (head >= 0 && ADVERB_LIKE.has((this.tokens[head] as Token).lower)) head--;
    const before = this.tokens[head];
    // "the group that attacked", "Belarus, which has supported": a relative acts through its antecedent.
    let relative = head;
    while (relative >= 0 && VERB_HELPERS.has((this.tokens[relative] as Token).lower)) relative--;
    const pronoun = this.tokens[relative];
    if (pronoun && RELATIVES.has(pronoun.lower) && cue.cue.kind === 'verb') {
      // "the United States and the European Union, both of which have imposed sanctions"
      const at = pastBracketedAcronym(this.tokens, quantifiedRelative(this.tokens, relative));
      const antecedent =
        this.unitEndingAt(at) ?? this.unitEndingAt(commaAntecedentEnd(this.tokens, at, this.frontEnd));
      if (antecedent || pronoun.lower !== 'that') return antecedent;
    }
    // "Cuba and Iran, all nations at odds with the US": a quantified apposition acts through the list.
    const listed = this.unitEndingAt(apposedListEnd(this.tokens, head));
    if (listed) return listed;
    // "Ukraine's bid to join the EU", "the decision by Uganda to withdraw": the intention's holder acts.
    const intent = cue.cue.kind === 'verb' ? intentActor(this, head) : undefined;
    if (intent && !intent.asserted) this.unasserted.add(cue.first);
    if (intent) return intent.actor;
    const forAgent = forInfinitiveAgent(this.tokens, head, cue.cue.kind !== 'verb', (l) =>
      this.unitEndingAt(l),
    );
    if (forAgent) return forAgent;
    // "the supply of drones": a verb form after a determiner is a noun; only a possessive can act.
    if (cue.cue.kind === 'verb' && standsAsNoun(this.tokens, head)) return undefined;
    if (cue.cue.kind === 'verb' && followsUnder(this.tokens, head)) return undefined; // "under pressure to"
    if (before?.kind === 'pos' && cue.cue.kind === 'verb') return this.unitEndingAt(head);
    // "Kenya joined Uganda in condemning Sudan", "Kenya helped Somalia fight al-Shabab"
    const joint = joinedInActors(this, cue, head) ?? helpedActors(this, cue, head) ?? goerOf(this, cue, head);
    if (joint) return joint;
    if (cue.gerund && nounSubjectOfGerund(this.tokens, head, (last) => this.unitEndingAt(last)))
      return undefined;
    // "…, thanking Xi", "by cutting ties with Iran": such a participle shares the main clause's subject.
    if ((before?.text === ',' || before?.lower === 'by') && cue.gerund) {
      const subject = this.clauseSubject(head);
      if (subject) return subject;
    }
    // "Pakistan denied X and accused India": a verb right after "and" shares the clause's subject.
    if (cue.cue.kind === 'verb' && coordinatedVerb(this.tokens, relative, head, cue.gerund)) {
      const subject = this.previousSource ?? this.clauseSubject(head, afterComma(this.tokens, relative));
      if (subject) return subject;
    }
    for (let u = this.units.length - 1; u >= 0; u--) {
      const unit = this.units[u] as Unit;
      if (unit.last > cue.first) continue;
      if (cue.first - unit.last > MAX_SOURCE_DISTANCE) return undefined;
      let blocked = false;
      for (let t = unit.last; t < cue.first; t++) {
        const token = this.tokens[t] as Token;
        // A subordinate clause ("after its police raided") has its own subject, right of the
        // conjunction; a participle clause ("while criticising X") shares the main clause's subject.
        const participleClause = t === head && cue.gerund;
        const inAside = (this.aside[t] ?? -1) >= 0 && this.aside[t] !== cueAside;
        if (HARD_LEFT_BOUNDARY.has(token.text) || (opensClause(this.tokens, t) && !participleClause)) {
          blocked = true;
        }
        // "a narrative in which we stand united against X": the relative clause has its own subject.
        if (
          !inAside &&
          (token.lower === 'which' || token.lower === 'whom') &&
          PREPOSITIONS.has(this.tokens[t - 1]?.lower ?? '')
        ) {
          blocked = true;
        }
      }
      if (blocked) return undefined;
      if (unit.kind === 'reciprocal') continue;
      const unitAside = this.aside[unit.first] ?? -1;
      if (unitAside >= 0 && unitAside !== cueAside) continue;
      // "in retaliation for EU sanctions against X": a noun cue's own modifier acts after any preposition,
      // and so does the subject of "with X calling Y": a gerund right after it.
      const withSubject =
        cue.gerund && unit.last === cue.first && this.tokens[unit.first - 1]?.lower === 'with';
      const ownSubject = cue.cue.kind === 'noun' ? modifies(this.tokens, unit, cue) : withSubject;
      if (this.precededByPreposition(unit) && !ownSubject) continue;
      // "Russia attacked Ukraine and threatened Poland": Russia acts; "wants Iran to … and to hand over": Iran.
      const actor = infinitiveAfterAnd(this.tokens, head) ? undefined : this.targetOf.get(unit);
      if (actor) {
        for (let t = unit.last; t < cue.first; t++) {
          const lower = (this.tokens[t] as Token).lower;
          if (lower === 'and' || lower === 'but' || lower === ',' || lower === 'then') return actor;
        }
      }
      return unit;
    }
    return undefined;
  }

  unitStartingAt(at: number): Unit | undefined {
    return this.unitAt.get(at);
  }

  unitKinds(at: number): { kinds: ActorKind[]; demonym: boolean } | undefined {
    const unit = this.unitAt.get(at);
    if (!unit) return undefined;
    return {
      kinds: unit.members.map((m) => this.lexicon.actors.get(m.actorId)?.kind ?? 'person'),
      demonym: unit.members.some((m) => m.flags.includes('demonym')),
    };
  }

  unitStartingIn(from: number, to: number): Unit | undefined {
    for (let t = from; t < Math.min(to, this.tokens.length); t++) {
      const unit = this.unitAt.get(t);
      if (unit) return unit;
    }
    return undefined;
  }

  /** The target right of the cue: the object of its preposition, or the verb's direct object. */
  rightTarget(cue: CueMatch): Unit | undefined {
    const found = describedObject(this.tokens, this.unitAt, cue, this.lexicon, this.rightUnit(cue));
    const second = found && secondPartner(this, found, this.prepositionBefore(cue, found));
    const unit: Unit | undefined =
      found && second
        ? {
            kind: 'compound',
            members: [...found.members, ...second.members],
            first: found.first,
            last: second.last,
            possessive: false,
          }
        : found;
    // "met their Russian counterparts", "accused its Western partners": the adjective names them.
    if (unit?.possessive && unit.members.length === 1) {
      const next = this.unitAt.get(afterPossessive(this.tokens, unit.last));
      if (unit.kind === 'anaphor' && next?.members.every((m) => m.flags.includes('demonym'))) return next;
      // "fighting Yemen's Houthi rebel group": the group, not the state it is in.
      if (next?.members.every((m) => this.lexicon.actors.get(m.actorId)?.kind === 'group')) return next;
    }
    // "ended relations with their Gulf neighbor, Qatar": the object is the actor set off after the noun.
    return (unit && apposedTo(this.tokens, this.unitAt, unit)) || unit;
  }

  /** The preposition that introduces the cue's target ("with" in "held talks with X"), if any. */
  private prepositionBefore(cue: CueMatch, target: Unit): string | undefined {
    for (let t = target.first - 1; t >= cue.last - 1 && t >= cue.first; t--) {
      const lower = this.tokens[t]?.lower ?? '';
      if (PREPOSITIONS.has(lower) && lower !== 'of') return lower;
    }
    return undefined;
  }

  rightUnit(cue: CueMatch): Unit | undefined {
    const tokens = this.tokens;
    if (cue.cue.endsWithPreposition) return prepositionObject(tokens, this.unitAt, cue.last);
    // "held talks Tuesday in Geneva with X": a symmetric cue's partner after time and place adjuncts.
    const symmetric = !isDirected(cue.cue.type);
    if (cue.cue.kind !== 'verb') return symmetric ? partnerAfterAdjuncts(this, cue.last, 'with') : undefined;
    // "threatened to strike X", "threatened to impose tariffs on X": the threat's object is the target.
    if (COMPLEMENT_TYPES.has(cue.cue.type) && tokens[cue.last]?.lower === 'to')
      return complementObject(tokens, this.unitAt, cue.last + 2, MAX_VERB_TARGET_DISTANCE);
    // "suspended two other members, Mauritania and Guinea": a group the words after it spell out.
    const listed = spelledList(tokens, this.unitAt, cue.last);
    if (listed) return listed;
    for (let t = cue.last; t < Math.min(cue.last + MAX_VERB_TARGET_DISTANCE, tokens.length); t++) {
      const unit = this.unitAt.get(t);
      if (unit) return unit;
      const token = tokens[t] as Token;
      if (token.kind === 'punct' && BOUNDARY_PUNCT.has(token.text)) return undefined;
      if (token.kind !== 'word') continue;
      // "to confront what he called a wide range of threats": the one who names it is not the object.
      const labelled = labelEnd(tokens, t);
      if (labelled !== undefined) {
        t = labelled - 1;
        continue;
      }
      if (token.lower === 'and') return actorAfterPlainObject(tokens, this.unitAt, cue.last, t);
      const by = authorBy(tokens, t, cue.cue.type);
      if (by !== undefined) return this.byAgent(by);
      if (this.cueStarts.has(t) || STOP_RIGHT.has(token.lower)) return undefined;
      if (PREPOSITIONS.has(token.lower)) {
        const ofInside = (token.lower === 'of' || intentAgentAt(tokens, t)) && t > cue.last;
        if (!ofInside && !cue.cue.preps.has(token.lower))
          return symmetric ? partnerAfterAdjuncts(this, t, 'with') : undefined;
      }
    }
    return undefined;
  }

  /** The agent of a passive or nominal cue: "by X" right after the cue or after its target. */
  byAgent(from: number): Unit | undefined {
    if (this.tokens[from]?.lower !== 'by') return undefined;
    // "by Secretary of State John Kerry": a title the name's unit leaves out may stand between.
    return this.unitStartingIn(from + 1, Math.max(from + 3, titleEnd(this.tokens, from + 1) + 1));
  }

  /** "supplied with long-range missiles by Britain": the first "by X" within a few words. */
  laterByAgent(from: number): Unit | undefined {
    for (let t = from; t < Math.min(from + 6, this.tokens.length); t++) {
      const token = this.tokens[t] as Token;
      if (token.lower === 'by') return this.byAgent(t);
      if (BOUNDARY_PUNCT.has(token.text) || STOP_RIGHT.has(token.lower) || this.cueStarts.has(t))
        return undefined;
    }
    return undefined;
  }

  isPassive(cue: CueMatch): boolean {
    if (!cue.participle) return false;
    // "is allied with Iran": a symmetric participle with its partner states a standing, not a passive.
    if (
      cue.cue.endsWithPreposition &&
      this.tokens[cue.last - 1]?.lower === 'with' &&
      !isDirected(cue.cue.type)
    )
      return false;
    let t = cue.first - 1;
    while (t >= 0 && ADVERB_LIKE.has((this.tokens[t] as Token).lower)) t--;
    return BE_FORMS.has(this.tokens[t]?.lower ?? '');
  }

  /** "China is Russia's largest trading partner": the subject and the possessor form the pair. */
  copulaPair(cue: CueMatch, possessor: Unit): Unit | undefined {
    const index = this.units.indexOf(possessor);
    const subject = index > 0 ? this.units[index - 1] : undefined;
    if (!subject || possessor.first - subject.last > 6) return undefined;
    // "a stance that made Budapest China's closest friend": the object of "made" is the subject.
    const made =
      subject.last === possessor.first && MAKE_FORMS.has(this.tokens[subject.first - 1]?.lower ?? '');
    for (let t = subject.last; t < possessor.first || made; t++) {
      const lower = made ? 'is' : (this.tokens[t] as Token).lower;
      // Not "Romania is concerned about Russia's ties": the possessor is in a phrase of its own.
      if (LINKING_WORDS.has(lower) && !phraseBetween(this.tokens, t + 1, possessor.first)) {
        return {
          kind: 'compound',
          members: [...subject.members, ...possessor.members],
          first: subject.first,
          last: cue.first,
          possessive: false,
        };
      }
    }
    return undefined;
  }

  /** The unit whose last member is the possessor right before token `at` ("China's", "its"). */
  possessorBefore(at: number): Unit | undefined {
    const before = this.tokens[at - 1];
    if (!before) return undefined;
    if (before.kind === 'pos') return this.unitEndingAt(at - 1);
    if (!RESOLVED_POSSESSIVES.has(before.lower)) return undefined;
    for (const unit of this.units) {
      if (unit.first >= at || unit.last < at - 1) continue;
      const member = unit.members.find((m) => m.start === before.start);
      if (member) return { kind: 'anaphor', members: [member], first: at - 1, last: at, possessive: true };
    }
    return undefined;
  }

  /** "Together with Brazil, Paraguay asked …": the subject right after the fronted phrase's comma. */
  frontedSubject(cue: CueMatch): Unit | undefined {
    if (this.frontEnd < 0 || cue.first >= this.frontEnd) return undefined;
    for (const unit of this.units) {
      if (unit.first < this.frontEnd) continue;
      if (unit.first - this.frontEnd > 3 || unit.kind === 'reciprocal') return undefined;
      return this.precededByPreposition(unit) ? undefined : unit;
    }
    return undefined;
  }
}
