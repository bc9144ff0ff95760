/**
 * Rules for cues with a frame of their own (CueFrame in cueFrames.ts). Each is final: a framed cue that
 * its rule cannot read relates nobody.
 */
import { advocacyObject } from '../complements';
import { CHARACTERISATION } from '../cues';
import type { Token } from '../tokenize';
import type { Unit } from '../units';
import { isHyphenToken, isInnerHyphen } from '../tokenize';
import type { RelationTypeId } from '../vocabulary';
import {
  ACT_NOUNS,
  BOUNDARY_PUNCT,
  DETERMINERS,
  NEIGHBOURING,
  PREDICATE_NEGATORS,
  PREDICATE_STOP,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  QUOTES,
  SPOKESPEOPLE,
  STATE_GOVERNMENT_NOUNS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  verbs,
  WEEKDAYS,
  words,
} from '../words';
import type { CueContext } from './context';
import type { Roles, RoleRule } from './types';

/** Verbs that report what someone holds another should do: "says Uganda should withdraw". */
const SPEECH_VERBS = verbs('say|insist|believe|argue|stress|add|declare|state|maintain');
/** Words after a characterisation's object that may decide its type. */
const MAX_PREDICATE = 8;
/** How far after a possessor its act noun may come: "Russia's “illegal actions”". */
const MAX_ACT_NOUN = 4;

/**
 * Whether a noun of action, or the possessor's own government, follows a possessor, past quotation
 * marks and adjectives only: "Russia's “illegal actions”", "Burma's military government".
 */
function ownActOrGovernmentFollows(tokens: readonly Token[], from: number): boolean {
  for (let t = from; t < Math.min(from + MAX_ACT_NOUN, tokens.length); t++) {
    const token = tokens[t] as Token;
    if (ACT_NOUNS.has(token.lower) || STATE_GOVERNMENT_NOUNS.has(token.lower)) return true;
    if (token.kind === 'punct' && !QUOTES.has(token.text)) return false;
  }
  return false;
}

/** "X won praise from Y", "X receives weapons from Y": Y acts on the actor before the cue. */
export const fromAgent: RoleRule = {
  name: 'from-agent',
  note: 'cues of the `agent-from` frame',
  when: (c) => c.cue.frame === 'agent-from',
  read: (c) => {
    const agent = c.target;
    // "under pressure from Pyongyang's missile tests": events press, not their owner.
    if (agent?.possessive && c.cue.type === 'demands') return undefined;
    const patient = c.sentence.nearestLeft(c.match);
    return agent && patient ? { source: agent, target: patient, passive: true } : undefined;
  },
  final: true,
};

/**
 * "called for closer ties with Kenya": the source courts the group it seeks cooperation with. The
 * cooperation noun's own cue is then read as part of this one (`consumed`).
 */
export function readAdvocacy(c: CueContext, known?: Unit): Roles | undefined {
  const sentence = c.sentence;
  if (sentence.isPassive(c.match)) return undefined;
  const object = advocacyObject(sentence, c.match.last);
  const target = object ? sentence.unitAt.get(object.targetAt) : undefined;
  const source = target ? (known ?? sentence.nearestLeft(c.match)) : undefined;
  if (!object || !target || !source) return undefined;
  for (let t = c.match.last; t < object.targetAt; t++)
    if (sentence.cueStarts.has(t)) sentence.consumed.add(t);
  return { source, target, linkAt: object.nounAt, inferred: true };
}

export const advocacy: RoleRule = {
  name: 'advocacy',
  note: 'cues of the `advocacy` frame: call for, advocate, push for; "called for X to act" demands',
  when: (c) => c.cue.frame === 'advocacy',
  // "UNHCR called for Poland to provide support": an actor asked to act is addressed, as after "want".
  read: (c) => {
    const advocated = readAdvocacy(c);
    if (advocated) return advocated;
    const asked = readAddressee(c);
    return asked && { ...asked, type: 'demands' };
  },
  final: true,
};

/**
 * "Macron described Germany as an indispensable partner", "Maduro branded Guyana a colony": the
 * object is the target, and the words after it, up to a clause or a preposition, decide the type.
 */
export const characterisation: RoleRule = {
  name: 'characterisation',
  note: 'cues of the `characterisation` frame',
  when: (c) => c.cue.frame === 'characterisation',
  read: (c) => {
    const { sentence, tokens, match } = c;
    if (sentence.isPassive(match) || isHyphenToken(tokens[match.first - 1])) return undefined;
    const target = sentence.unitStartingIn(match.last, match.last + 3);
    // "described Sudan's situation as dangerous" characterises the situation, not Sudan; "called
    // Russia's actions illegal" judges Russia by what it did.
    if (!target || (target.possessive && !ownActOrGovernmentFollows(tokens, target.last))) return undefined;
    for (let t = match.last; t < target.first; t++)
      if (!DETERMINERS.has((tokens[t] as Token).lower)) return undefined;
    let positive = false;
    let negative = false;
    for (let t = target.last; t < Math.min(target.last + MAX_PREDICATE, tokens.length); t++) {
      const token = tokens[t] as Token;
      if (token.kind === 'punct' && BOUNDARY_PUNCT.has(token.text)) break;
      const lower = token.lower;
      if (PREDICATE_STOP.has(lower) || (PREPOSITIONS.has(lower) && lower !== 'of')) break;
      if (PREDICATE_NEGATORS.has(lower)) return undefined;
      if (CHARACTERISATION.negative.has(lower)) negative = true;
      else if (CHARACTERISATION.positive.has(lower)) positive = true;
    }
    if (!positive && !negative) return undefined;
    const source = sentence.nearestLeft(match);
    if (!source) return undefined;
    const type: RelationTypeId = negative ? 'denounces' : 'praises';
    return { source, target, type };
  },
  final: true,
};

/** The compound a joint phrase sits inside: "Russia together with China", "Ghana, together with Togo,". */
const around = (c: CueContext): Unit | undefined =>
  c.sentence.units.find((unit) => unit.first < c.match.first && unit.last > c.match.first);

/** "Russia together with China vetoed …": the phrase joined a compound; its members act together. */
export const jointCompound: RoleRule = {
  name: 'joint-compound',
  note: 'cues of the `joint` frame, inside a compound',
  when: (c) => c.cue.frame === 'joint' && around(c) !== undefined,
  read: (c) => {
    const unit = around(c);
    return unit && unit.members.length >= 2 ? { source: unit, pair: true } : undefined;
  },
  final: true,
};

/**
 * "The United States wants Iran to allay concerns", "China told Vietnam to stop": the actor right after the verb (or its "the"),
 * followed by "to" and a verb, is asked to act. Anything else ("wants to join NATO", "wants Iran's
 * answer") relates nobody; "expects X to" is as often a forecast, and is not read.
 */
export const addressee: RoleRule = {
  name: 'addressee',
  note: 'cues of the `addressee` frame: want, tell, order, instruct',
  when: (c) => c.cue.frame === 'addressee',
  read: (c) => readAddressee(c),
  final: true,
};

/** Forms of "tell" whose object, told something in person, is spoken with. */
const TELL_FORMS = verbs('tell');
/** Words before the one told: "told a visiting Burmese envoy", "told his Indonesian counterpart". */
const TOLD_OPENERS = words('the|a|an|his|her|their|visiting');
/** What makes a state's demonym an official told something: "told Russian officials", "the Burmese envoy". */
const OFFICIALS = new Set([...TITLE_HEADS, ...SPOKESPEOPLE, 'delegation']);
/**
 * What may follow the one told: what they were told ("that", "he is concerned", "the visit …", a quote)
 * or when. Not a verb: in "tells VOA News Prime Minister Nepal remains prepared" Nepal is no one told.
 */
const TOLD_FOLLOWERS = new Set([
  ...words(
    'that|he|she|it|they|we|i|there|the|a|an|his|her|its|their|if|how|what|why|on|during|at|in|about|,|:',
  ),
  ...WEEKDAYS,
  ...QUOTES,
]);

/** The demonym item ending at `end` names an official: "Russian officials", "the Japanese Foreign minister". */
function namesOfficial(tokens: readonly Token[], end: number): boolean {
  // "his Indonesian counterpart": the title may be inside the unit already.
  if (OFFICIALS.has(tokens[end - 1]?.lower ?? '')) return true;
  let t = end;
  while (t < end + 2 && TITLE_MODIFIERS.has(tokens[t]?.lower ?? '') && !OFFICIALS.has(tokens[t]?.lower ?? ''))
    t++;
  return OFFICIALS.has(tokens[t]?.lower ?? '');
}

/**
 * "Obama told Israeli Prime Minister Benjamin Netanyahu that …", "told a visiting Burmese envoy Friday
 * that …": a person, or a state's official, told something (not asked to act, as below) was spoken
 * with. A state told something ("told Vietnam that") is not read: it may be a note or a statement.
 */
export const toldInPerson: RoleRule = {
  name: 'told-in-person',
  note: 'cues of the `addressee` frame, "tell" only',
  when: (c) => c.cue.frame === 'addressee' && TELL_FORMS.has(c.tokens[c.match.first]?.lower ?? ''),
  read: (c) => {
    const { sentence, tokens, match } = c;
    let t = match.last;
    while (!sentence.unitAt.has(t) && t < match.last + 2 && TOLD_OPENERS.has(tokens[t]?.lower ?? '')) t++;
    const target = sentence.unitAt.get(t);
    const member = target?.members.length === 1 ? target.members[0] : undefined;
    if (!target || !member || target.possessive) return undefined;
    const person = sentence.lexicon.actors.get(member.actorId)?.kind === 'person';
    const official = member.flags.includes('demonym') && namesOfficial(tokens, target.last);
    let end = target.last;
    if (official) while (end < target.last + 3 && !TOLD_FOLLOWERS.has(tokens[end]?.lower ?? '')) end++;
    const told = TOLD_FOLLOWERS.has(tokens[end]?.lower ?? '');
    const source = (person || official) && told ? sentence.nearestLeft(match) : undefined;
    return source ? { source, target, type: 'negotiates_with' } : undefined;
  },
};

/**
 * "Chavez is in Moscow on a two-day trip", "Carter was in Turkey this week": one person, the clause's
 * subject, present in a state meets it. Not a state's troops or a body ("Russian troops are in
 * Georgia"), and not the person's own state (candidates.ts).
 */
export const presence: RoleRule = {
  name: 'presence',
  note: 'cues of the `presence` frame: is, are, was, were in',
  when: (c) => c.cue.frame === 'presence',
  read: (c) => {
    const { sentence, match, tokens } = c;
    const at = NEIGHBOURING.has(tokens[match.last]?.lower ?? '') ? match.last + 1 : match.last;
    const target = sentence.unitAt.get(at);
    const source = c.subject?.route === 'left' ? c.subject.unit : undefined;
    const one = (unit: Unit | undefined, kind: string): unit is Unit =>
      unit !== undefined &&
      !unit.possessive &&
      unit.members.length === 1 &&
      sentence.lexicon.actors.get(unit.members[0]?.actorId ?? '')?.kind === kind;
    if (!one(source, 'person') || !one(target, 'state')) return undefined;
    // "Rice was in Warsaw to sign the deal with her Polish counterpart": annotators relate the person met.
    const state = target.members[0]?.actorId;
    const met = sentence.units.some((unit) =>
      unit.members.some((m) => sentence.lexicon.actors.get(m.actorId)?.affiliation === state),
    );
    return met ? undefined : { source, target };
  },
  final: true,
};

/** The actor right after the cue (or its "the"), followed by "to" and a verb, and who asks it. */
function readAddressee(c: CueContext): Roles | undefined {
  const { sentence, tokens, match } = c;
  const start = tokens[match.last]?.lower === 'the' ? match.last + 1 : match.last;
  const target = sentence.unitAt.get(start);
  if (!target || target.possessive || tokens[target.last]?.lower !== 'to') return undefined;
  const verb = tokens[target.last + 1];
  if (verb?.kind !== 'word' || sentence.unitAt.has(target.last + 1) || DETERMINERS.has(verb.lower))
    return undefined;
  const source = sentence.nearestLeft(match);
  return source ? { source, target } : undefined;
}

/** How far after "agreed to" a cue says what was agreed: "agreed to expand their naval cooperation". */
const AGREED_ACT_REACH = 6;

/**
 * "Thailand and Cambodia agreed to allow Indonesian monitors": a subject of two or more that agrees
 * to act agrees with each other. One actor agreeing to act ("Russia agreed to withdraw") relates
 * nobody, and a cue just after "to" ("agreed to hold talks") is left to say what was agreed. Signers
 * named after "signed by" agree with each other too, and those named after "mediated by" or
 * "sponsored by" act together.
 */
export const pairAgreement: RoleRule = {
  name: 'pair-agreement',
  note: 'cues of the `pair-agreement` frame: agree to, agree on; the list after signed, mediated or sponsored by',
  when: (c) => c.cue.frame === 'pair-agreement',
  read: (c) => {
    // "The accord was signed by Wang Yi and Sergei Lavrov": the signers, after "by", agree.
    if (c.tokens[c.match.last - 1]?.lower === 'by') {
      // "signed by Foreign Minister Wang Yi": the "by" agent, after any title its name leaves out.
      const signers = c.sentence.byAgent(c.match.last - 1);
      return signers && signers.members.length >= 2 ? { source: signers, pair: true } : undefined;
    }
    const subject = c.subject;
    for (let t = c.match.last; t < c.match.last + AGREED_ACT_REACH; t++)
      if (c.sentence.cueStarts.has(t)) return undefined;
    if (subject?.route !== 'left') return undefined;
    return subject.unit.members.length >= 2 ? { source: subject.unit, pair: true } : undefined;
  },
  final: true,
};

/**
 * "Yemen complained that Iran was arming the rebels", "alleged Iran had …": the actor that opens the
 * clause after the verb, followed by its verb, is accused. "complained about X" relates nobody here.
 */
export const clauseSubject: RoleRule = {
  name: 'clause-subject',
  note: 'cues of the `clause-subject` frame: allege, charge, complain that',
  when: (c) => c.cue.frame === 'clause-subject',
  read: (c) => {
    const { sentence, tokens, match } = c;
    const start = tokens[match.last]?.lower === 'that' ? match.last + 1 : match.last;
    // "charged that the MDC has not …": an article the name's alias leaves out may stand first.
    const accused =
      sentence.unitAt.get(start) ??
      (tokens[start]?.lower === 'the' ? sentence.unitAt.get(start + 1) : undefined);
    const verb = accused && tokens[accused.last];
    if (!accused || accused.possessive || verb?.kind !== 'word' || verb.lower !== verb.text) return undefined;
    const source = sentence.nearestLeft(match);
    return source ? { source, target: accused } : undefined;
  },
  final: true,
};

/**
 * "The United States says Uganda should withdraw", "Obama said Cuba must embrace reform": the one who
 * says it demands it of the subject of the clause right after the reporting verb. "his country must
 * defend itself" (the speaker's own side) and a modal with no reporting verb relate nobody.
 */
export const obligation: RoleRule = {
  name: 'obligation',
  note: 'cues of the `obligation` frame: should, must, ought to after "X says (that) Y"',
  when: (c) => c.cue.frame === 'obligation',
  read: (c) => spokenOfSubject(c),
  final: true,
};

/**
 * "The U.S. says the Syrian government is responsible for the attack", "Hamas says Israel is to blame":
 * the one who says it accuses the subject of the clause, read as an obligation is.
 */
export const blame: RoleRule = {
  name: 'blame',
  note: 'cues of the `blame` frame: is responsible for, is to blame for after "X says (that) Y"',
  when: (c) => c.cue.frame === 'blame',
  read: (c) => spokenOfSubject(c),
  final: true,
};

/** The speaker of "X says (that) Y …" as source, Y (the unit right before the cue) as target. */
function spokenOfSubject(c: CueContext): Roles | undefined {
  const { sentence, tokens, match } = c;
  // 'Pompeo says Iran "is responsible"', "says the Syrian government is": past a quote or a state's
  // government noun, the state is the subject.
  let end = QUOTES.has(tokens[match.first - 1]?.text ?? '') ? match.first - 1 : match.first;
  if (STATE_GOVERNMENT_NOUNS.has(tokens[end - 1]?.lower ?? '') && !sentence.unitEndingAt(end)) end--;
  const subject = sentence.unitEndingAt(end);
  if (!subject || subject.possessive || POSSESSIVE_PRONOUNS.has(tokens[subject.first]?.lower ?? ''))
    return undefined;
  // "says the presidents of Uganda and Rwanda should meet": the stand-in's unit starts at "presidents".
  const start = DETERMINERS.has(tokens[subject.first - 1]?.lower ?? '') ? subject.first - 1 : subject.first;
  const verb = tokens[start - 1]?.lower === 'that' ? start - 2 : start - 1;
  const said = tokens[verb];
  if (!said || said.text !== said.lower || !SPEECH_VERBS.has(said.lower)) return undefined;
  const source = sentence.nearestLeft({ ...match, first: verb, last: verb + 1 });
  // "Some observers, such as the Kremlin-connected analyst Markov, say …": a name that only describes
  // the speaker does not speak.
  if (!source || isInnerHyphen(tokens, source.last)) return undefined;
  return { source, target: subject, clauseSubject: subject };
}

/** What troops are sent to do that helps the state they go to: "to help", "at the request of". */
const HELPING = verbs('help|support|protect|assist|bolster|back|defend|reinforce|stabilise|stabilize|train');
/** How far past the state the purpose may stand: "sent troops to Somalia last month to help". */
const MAX_PURPOSE_DISTANCE = 8;

/**
 * "Ethiopia sent thousands of troops to Somalia to support the government", "France sent troops into
 * Mali at the request of its government": troops sent to help aid the state they go to. Plain "sent
 * troops to X" may be an invasion and relates nobody.
 */
export const helpingTroops: RoleRule = {
  name: 'helping-troops',
  note: 'cues of the `helping-troops` frame: send or dispatch troops to a state, to help it',
  when: (c) => c.cue.frame === 'helping-troops',
  read: (c) => {
    const { subject, target, tokens } = c;
    if (subject?.route !== 'left' || !target) return undefined;
    const end = Math.min(tokens.length, target.last + MAX_PURPOSE_DISTANCE);
    for (let t = target.last; t < end; t++) {
      const word = tokens[t]?.lower ?? '';
      if (BOUNDARY_PUNCT.has(word) && word !== ',') return undefined;
      if (word === 'to' && HELPING.has(tokens[t + 1]?.lower ?? '')) return { source: subject.unit, target };
      const asked = word === 'at' && tokens[t + 1]?.lower === 'the';
      if (asked && ['request', 'invitation'].includes(tokens[t + 2]?.lower ?? ''))
        return { source: subject.unit, target };
    }
    return undefined;
  },
  final: true,
};
