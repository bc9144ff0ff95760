/**
 * Rules for the ordinary clause: the subject (CueContext.subject) acts on the object, or, with no
 * object, a symmetric cue relates the members of its subject. Every cue that no earlier rule read
 * ends here; without a subject it relates nobody.
 */
import { reportsAt } from '../clauseOpeners';
import { ADJUNCT_PREPOSITIONS } from '../partners';
import { isHyphenToken, isLowerWord } from '../tokenize';
import {
  ALLY_PLURALS,
  BE_FORMS,
  DETERMINERS,
  PARTNER_PREPOSITIONS,
  POSSESSIVE_PRONOUNS,
  verbs,
} from '../words';
import type { CueContext } from './context';
import { readAdvocacy } from './frames';
import type { RoleRule } from './types';

/** A courting verb: with no object it may still court the group whose cooperation it seeks. */
const isAppeal = (c: CueContext): boolean => c.cue.type === 'courts' && c.cue.kind === 'verb';

/** A symmetric cue with no object and no partner of its own relates the members of its subject. */
const pairsItsSubject = (c: CueContext): boolean =>
  c.symmetric &&
  !isAppeal(c) &&
  // "The two leaders were later joined by Medvedev": joining relates the joiners to what they join.
  c.cue.frame !== 'membership' &&
  // A cue that names the kinds of its target ("visited Moscow") needs one: its subject is no pair.
  c.cue.targetKinds === undefined &&
  !c.cue.endsWithPreposition &&
  // "expand trade with Central Asia", "cooperation among Gulf states": the partner is not the pair.
  !PARTNER_PREPOSITIONS.has(c.tokens[c.match.last]?.lower ?? '') &&
  !feltAbout(c) &&
  !joinedBody(c) &&
  !towardMembership(c);

/** How many words after a symmetric cue may name the membership it is about. */
const MEMBERSHIP_REACH = 3;

/** "invited Croatia and Albania to begin talks toward alliance membership": each is bound for the body. */
function towardMembership(c: CueContext): boolean {
  for (let t = c.match.last; t < c.match.last + MEMBERSHIP_REACH; t++) {
    const token = c.tokens[t];
    if (token?.kind !== 'word') return false;
    if (token.lower === 'membership' || token.lower === 'accession') return true;
  }
  return false;
}

/** Verbs of entry before "the alliance": the noun names a body joined, not a tie the subject forms. */
const ENTRY_VERBS = verbs('join|rejoin|enter');

/** "Albania and Croatia will join the alliance": the joiners are not each other's allies by it. */
function joinedBody(c: CueContext): boolean {
  if (c.cue.kind !== 'noun' || c.tokens[c.match.first - 1]?.lower !== 'the') return false;
  const before = c.tokens[c.match.first - 2]?.lower ?? '';
  return ENTRY_VERBS.has(before) || before === 'into';
}

/** Prepositions that make a noun what someone feels or says about: "frustrated with the negotiations". */
const ABOUT_PREPOSITIONS = new Set(['with', 'about', 'over', 'at', 'by']);

/**
 * "X, Y and Z are frustrated with the extended negotiations": the talks are what the subject feels
 * about, not talks among its members. Up to two words may stand between ("the extended").
 */
function feltAbout(c: CueContext): boolean {
  if (c.cue.kind !== 'noun') return false;
  for (let t = c.match.first - 1; t >= Math.max(0, c.match.first - 3); t--) {
    const lower = c.tokens[t]?.lower ?? '';
    if (ABOUT_PREPOSITIONS.has(lower)) return true;
    if (!DETERMINERS.has(lower) && !/^\p{Ll}+$/u.test(c.tokens[t]?.text ?? '')) return false;
  }
  return false;
}

/** "Russia and Belarus accused each other": the subject's members act on each other. */
export const reciprocal: RoleRule = {
  name: 'reciprocal',
  // The subject first: every cue that reaches this family has it worked out, as its flags expect.
  when: (c) => c.subject !== undefined && c.target?.kind === 'reciprocal',
  read: (c) =>
    c.subject && c.subject.unit.members.length >= 2
      ? { source: c.subject.unit, reciprocal: true }
      : undefined,
  final: true,
};

const subjectActsOnTarget = (c: CueContext) =>
  c.subject && c.target ? { source: c.subject.unit, target: c.target } : undefined;

export const fronted: RoleRule = {
  name: 'fronted',
  when: (c) => c.target !== undefined && c.subject?.route === 'fronted',
  read: subjectActsOnTarget,
};

export const nominalBy: RoleRule = {
  name: 'nominal-by',
  when: (c) => c.target !== undefined && c.subject?.route === 'by-agent',
  read: subjectActsOnTarget,
};

/**
 * "the Indian attack on X" read through the clause's subject. When the noun is the object of another
 * cue's verb ("India condemned the attack on Pakistan") that subject judges the act: its agent is
 * unknown, and the cue relates nobody.
 */
export const nominal: RoleRule = {
  name: 'nominal',
  note: 'not for an act that a judging verb takes as its object ("X condemned the attack on Y"): its agent is unknown',
  when: (c) => c.target !== undefined && c.subject?.route === 'left' && c.cue.kind === 'noun',
  read: (c) => {
    if (!c.symmetric && c.sentence.governingVerb(c.match)) return undefined;
    if (!c.symmetric && reportedBetween(c)) return undefined;
    const holder = c.target && meetingHolder(c);
    return holder ? { source: holder, target: c.target } : subjectActsOnTarget(c);
  },
  final: true,
};

/** Reporting verbs whose subject does announce its own act: "Japan announced $500 million in aid for Gaza". */
const ANNOUNCING = verbs('announce|declare');

/**
 * "he also said the trade embargo against Cuba must end": a reporting verb stands between the subject
 * and the act, so the one who speaks is not its agent.
 */
function reportedBetween(c: CueContext): boolean {
  const subject = c.subject?.unit;
  if (!subject) return false;
  for (let t = subject.last; t < c.match.first; t++) {
    const token = c.tokens[t];
    if (token && reportsAt(token) && !ANNOUNCING.has(token.lower)) return true;
  }
  return false;
}

/** Words between "in" and a meeting noun: "in meetings with", "at a bilateral meeting with". */
const MEETING_MODIFIERS: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...POSSESSIVE_PRONOUNS,
  'separate',
  'bilateral',
  'joint',
  'summit',
  // "on a scheduled visit to China", "during an official visit to Thailand"
  'scheduled',
  'planned',
  'official',
  'state',
  'working',
]);

/** Where a meeting is held, or what a trip is for: "in meetings with", "visit Seoul for a summit meeting with". */
const HOLDING_PREPOSITIONS: ReadonlySet<string> = new Set([...ADJUNCT_PREPOSITIONS, 'for']);

/**
 * "Clinton discussed North Korea in meetings with Japan": a talk held in an adjunct is the clause
 * subject's, not the object's of the verb before it.
 */
function meetingHolder(c: CueContext) {
  if (!c.symmetric) return undefined;
  let t = c.match.first - 1;
  while (t > 0 && MEETING_MODIFIERS.has(c.tokens[t]?.lower ?? '')) t--;
  if (!HOLDING_PREPOSITIONS.has(c.tokens[t]?.lower ?? '')) return undefined;
  const holder = c.sentence.clauseSubject(t);
  const nearest = c.subject?.unit;
  return holder && nearest && holder.first < nearest.first && holder !== c.target ? holder : undefined;
}

/** How many words may stand between "for" and the talks: "for high-level talks", "for official talks". */
const MAX_PURPOSE_WORDS = 4;
/** How far before "for" the "is in" may stand: "is in neighboring Myanmar, also known as Burma, for". */
const MAX_PLACE_SPAN = 10;

/** Where "for" stands before the cue, with only plain or hyphenated words between; else -1. */
function purposeFor(c: CueContext): number {
  for (let t = c.match.first - 1; t >= Math.max(0, c.match.first - MAX_PURPOSE_WORDS - 1); t--) {
    const token = c.tokens[t];
    if (token?.lower === 'for') return t;
    if (!isHyphenToken(token) && !isLowerWord(token)) return -1;
  }
  return -1;
}

/**
 * "Prayuth is in neighboring Myanmar for high-level talks on trade": talks with no partner of their own,
 * held in the state the subject "is in", are with that state.
 */
function hostOfTalks(c: CueContext) {
  const at = purposeFor(c);
  if (at < 0) return undefined;
  for (let t = at - 1; t > 0 && t >= at - MAX_PLACE_SPAN; t--) {
    if (c.tokens[t]?.lower !== 'in' || !BE_FORMS.has(c.tokens[t - 1]?.lower ?? '')) continue;
    // "in neighboring Myanmar": one plain word may stand before the state.
    const host = c.sentence.unitAt.get(t + 1) ?? c.sentence.unitAt.get(t + 2);
    if (!host || host.kind !== 'mention' || host.members.length !== 1 || host.first > at) return undefined;
    const kind = c.sentence.lexicon.actors.get(host.members[0]?.actorId ?? '')?.kind;
    const holder = kind === 'state' ? c.sentence.clauseSubject(t - 1) : undefined;
    return holder && holder !== host ? { source: holder, target: host } : undefined;
  }
  return undefined;
}

export const visitTalks: RoleRule = {
  name: 'visit-talks',
  when: (c) => c.symmetric && c.cue.kind === 'noun' && c.target === undefined,
  read: hostOfTalks,
};

export const active: RoleRule = {
  name: 'active',
  when: (c) => c.target !== undefined && c.subject?.route === 'left' && c.cue.kind !== 'noun',
  read: subjectActsOnTarget,
};

/**
 * "the rebel factions and their allies": a noun owned by a pronoun that names no actor belongs to
 * someone else, not to the subject before it.
 */
function ownedByOther(c: CueContext): boolean {
  const before = c.match.first - 1;
  return (
    c.cue.kind === 'noun' &&
    POSSESSIVE_PRONOUNS.has(c.tokens[before]?.lower ?? '') &&
    // "Kenya, Uganda, and their allies": allies of the list, not the list's members allied to each other.
    (c.sentence.unitAt.get(before) === undefined || ALLY_PLURALS.has(c.tokens[c.match.first]?.lower ?? ''))
  );
}

/** "Ethiopia and Eritrea held talks", "Thailand and Cambodia clashed": the subject is the pair. */
export const pairSubject: RoleRule = {
  name: 'pair-subject',
  when: (c) =>
    c.target === undefined &&
    c.subject !== undefined &&
    c.subject.unit.members.length >= 2 &&
    c.subject.unit.including !== true &&
    !ownedByOther(c) &&
    (c.cue.mutual || pairsItsSubject(c)),
  read: (c) => (c.subject ? { source: c.subject.unit, pair: true } : undefined),
};

/** "Kenya urged closer ties with the Union": an appeal without an addressee. */
export const appealAdvocacy: RoleRule = {
  name: 'advocacy',
  note: 'again, for other courting verbs (urge, call on) with a subject and no object',
  when: (c) => c.target === undefined && c.subject !== undefined && isAppeal(c),
  read: (c) => readAdvocacy(c, c.subject?.unit),
  final: true,
};

/** "China is Russia's largest trading partner", the possessor further from the noun than above. */
export const subjectPairCopula: RoleRule = {
  name: 'pair-copula',
  note: 'again, for a possessive subject of a symmetric noun with no object',
  when: (c) =>
    c.target === undefined &&
    c.subject !== undefined &&
    c.subject.unit.possessive &&
    c.cue.kind === 'noun' &&
    pairsItsSubject(c),
  read: (c) => {
    const pair = c.subject ? c.sentence.copulaPair(c.match, c.subject.unit) : undefined;
    return pair ? { source: pair, pair: true } : undefined;
  },
};
