/**
 * Rules for standing disputes and bloc membership named in apposition (cues/disputes.ts). A dispute
 * noun says who is in the dispute only through its frame: the pair after "between", a possessor
 * ("Japan's dispute with China"), or the subject of "have" / "locked in" / "at odds". Anything else
 * ("the US urged calm in the dispute with China") relates nobody: the speaker is not a side.
 */
import { isLowerWord, pastExamples, type Token } from '../tokenize';
import type { Lexicon } from '../lexicon';
import type { Unit } from '../units';
import { PREPOSITIONS, words } from '../words';
import { DISPUTE, MEMBER, RIVAL } from '../cues/disputes';
import type { CueContext } from './context';
import { hyphenPairBefore } from './pairs';
import type { Roles, RoleRule } from './types';

/** By first word: a hyphenated noun ("stand-off") is matched as two words (cues.ts). */
const DISPUTE_NOUNS = new Set([...words(`${DISPUTE}|${RIVAL}`)].map((noun) => noun.split('-')[0]));
const MEMBER_NOUNS = words(MEMBER);
/** Nouns a bare dispute or war noun may only describe: "war drills", "war crimes". */
const DESCRIBED_NOUNS = words('drills|games|exercises|crimes|criminals|zone|zones|veterans|graves');
/** Words that may stand between a possessor and its dispute noun: "China's long-running border dispute". */
const MAX_MODIFIERS = 3;

/** "ASEAN members Vietnam and the Philippines": the members, not the bloc, are the side. */
function membersAfterBloc(c: CueContext, unit: Unit): Unit {
  const kind = c.sentence.lexicon.actors.get(unit.members[0]?.actorId ?? '')?.kind;
  if (unit.members.length !== 1 || (kind !== 'bloc' && kind !== 'organization')) return unit;
  if (!MEMBER_NOUNS.has(c.tokens[unit.last]?.lower ?? '')) return unit;
  return c.sentence.unitStartingIn(unit.last + 1, unit.last + 3) ?? unit;
}

/** The possessor of a dispute noun, past a few modifiers: "Japan's territorial dispute", "their row". */
function possessorOf(c: CueContext): Unit | undefined {
  const { sentence, tokens, match } = c;
  for (let at = match.first; at > Math.max(0, match.first - MAX_MODIFIERS - 1); at--) {
    const possessor = sentence.possessorBefore(at);
    if (possessor) return possessor;
    const before = tokens[at - 1] as Token | undefined;
    if (!before || before.kind !== 'word' || PREPOSITIONS.has(before.lower) || sentence.cueStarts.has(at - 1))
      return undefined;
  }
  return undefined;
}

function sidesOf(c: CueContext, near: Unit | undefined): Roles | undefined {
  if (!near) return undefined;
  const target = c.target && membersAfterBloc(c, c.target);
  if (target) return { source: near, target };
  return near.members.length >= 2 && !c.cue.endsWithPreposition ? { source: near, pair: true } : undefined;
}

export const disputeSides: RoleRule = {
  name: 'dispute-sides',
  note: 'cues of the `dispute` frame',
  when: (c) => c.cue.frame === 'dispute',
  read: (c) => {
    const { tokens, match } = c;
    if (tokens[match.last - 1]?.lower === 'between')
      return c.target && c.target.members.length >= 2 ? { source: c.target, pair: true } : undefined;
    // A bare noun: its hyphen pair ("the China-Japan dispute", "the Iran-Iraq war") or its possessor
    // ("their dispute") are the sides, and nothing else.
    if (!c.cue.pattern.includes(' ')) {
      // "U.S.-South Korean war drills": a noun that only describes the next one.
      if (DESCRIBED_NOUNS.has(tokens[match.last]?.lower ?? '')) return undefined;
      return sidesOf(c, hyphenPairBefore(c.sentence.units, match) ?? possessorOf(c));
    }
    // The noun itself: only its possessor is a side.
    if (DISPUTE_NOUNS.has(tokens[match.first]?.lower ?? '')) return sidesOf(c, possessorOf(c));
    // "X has a dispute with Y", "X and Y are locked in a dispute", "X is at odds with Y".
    const subject = c.subject;
    return subject?.route === 'left' ? sidesOf(c, subject.unit) : undefined;
  },
  final: true,
};

/** Words before "NATO member" in "became a NATO member", "another ASEAN member". */
const MEMBER_LEADS = words('a|an|another|the|both|all|fellow|full|founding|new|key|full-fledged');
const BECOMING = words('is|was|are|were|be|been|become|becomes|became|becoming|remains|remained');
const VERB_LEADS = words('will|would|could|may|might|to|has|have|had|not|never|also|soon|already|now|still');

/**
 * The member named before the bloc: "The Philippines, another ASEAN member, accused …" (set off by a
 * comma), "Finland became a NATO member" (the subject of "become" or "be").
 */
function memberBefore(c: CueContext, first: number): Unit | undefined {
  const { tokens, sentence } = c;
  let t = first - 1;
  while (t >= 0 && MEMBER_LEADS.has(tokens[t]?.lower ?? '')) t--;
  const before = tokens[t];
  // "Indonesia and Thailand are members of ASEAN": after a copula a plural needs no article.
  if (!before || (t === first - 1 && !BECOMING.has(before.lower))) return undefined;
  if (before.text === ',') return sentence.unitEndingAt(t);
  if (!BECOMING.has(before.lower)) return undefined;
  // The subject right before the verb ("Ukraine will never be"), or before an aside ("Finland, which …,").
  let k = t - 1;
  while (k >= 0 && VERB_LEADS.has(tokens[k]?.lower ?? '')) k--;
  return tokens[k]?.text === ',' ? sentence.clauseSubject(k) : sentence.unitEndingAt(k + 1);
}

/** What a bloc's membership is called after its possessive: "NATO's members", "NATO's expansion". */
const MEMBERSHIP_NOUNS = words('members|membership|expansion|enlargement|ranks');

/** Nouns a bloc is described by before "that includes": "a regional security group that includes". */
const DESCRIBING_NOUNS = words('group|bloc|alliance|organisation|organization|grouping|union|forum');
/** How far back the bloc may be named before "that": "is a 10-nation regional security group". */
const MAX_DESCRIPTION = 6;

/**
 * "The SCO is a regional security group that includes Russia, …", "ASEAN, a 10-nation bloc that
 * includes Myanmar": the bloc named right before the copula or comma of its description.
 */
function describedBloc(c: CueContext): Unit | undefined {
  const { tokens, match, sentence } = c;
  let t = match.first - 1;
  if (!/^(that|which)$/.test(tokens[t]?.lower ?? '') || !DESCRIBING_NOUNS.has(tokens[--t]?.lower ?? ''))
    return undefined;
  // Lower-case words, numbers and hyphens: "regional security", "10-nation".
  const describing = (token: Token | undefined): boolean =>
    /^(\d+|-)$/.test(token?.text ?? '') || isLowerWord(token);
  const floor = t - MAX_DESCRIPTION;
  while (t > floor && !/^(a|an)$/.test(tokens[t - 1]?.lower ?? ''))
    if (!describing(tokens[--t])) return undefined;
  if (!/^(a|an)$/.test(tokens[--t]?.lower ?? '')) return undefined;
  const link = tokens[--t];
  if (link?.text !== ',' && !/^(is|was)$/.test(link?.lower ?? '')) return undefined;
  const bloc = sentence.unitEndingAt(t);
  return isBloc(bloc, sentence.lexicon) ? bloc : undefined;
}

/** The bloc whose members "include" names: its plain subject, or a possessor of its membership. */
function includingBloc(c: CueContext): Unit | undefined {
  const described = describedBloc(c);
  if (described) return described;
  // Named, not "the group that includes the United States, Britain, …" (a group no lexicon knows).
  const subject = c.subject?.unit.kind === 'mention' ? c.subject.unit : undefined;
  const plainBloc = isBloc(subject, c.sentence.lexicon) ? subject : undefined;
  if (plainBloc || !subject?.possessive) return plainBloc;
  const plain = { ...subject, possessive: false };
  for (let t = subject.last + 1; t < c.match.first; t++)
    if (MEMBERSHIP_NOUNS.has(c.tokens[t]?.lower ?? ''))
      return isBloc(plain, c.sentence.lexicon) ? plain : undefined;
  return undefined;
}

/** One bloc or organisation, named plainly (not "NATO's"). */
function isBloc(unit: Unit | undefined, lexicon: Lexicon): unit is Unit {
  const kind = lexicon.actors.get(unit?.members[0]?.actorId ?? '')?.kind;
  return (
    !!unit && !unit.possessive && unit.members.length === 1 && (kind === 'bloc' || kind === 'organization')
  );
}

/** A plain lower-case word of a description before a name: "regional" and "body" in "regional body ECOWAS". */
const isDescriptionWord = (token: Token | undefined): boolean =>
  isLowerWord(token) && !PREPOSITIONS.has(token.lower) && token.lower !== 'and';

/** "EU members like Romania", "EU members such as Romania": the members named as examples. */
function namedAsExamples(c: CueContext): Unit | undefined {
  const at = pastExamples(c.tokens, c.match.last);
  return at > c.match.last ? c.sentence.unitAt.get(at) : undefined;
}

/** "NATO member Turkey", "ASEAN members Vietnam and the Philippines": the bloc and the states it names. */
export const blocMember: RoleRule = {
  name: 'bloc-member',
  note: 'cues of the `bloc-member` frame',
  when: (c) => c.cue.frame === 'bloc-member',
  read: (c) => {
    const { sentence, match, tokens } = c;
    if (match.cue.kind === 'verb') {
      // Not "including": "sanctions on the EU, including France" lists more than members.
      const bloc = match.gerund ? undefined : includingBloc(c);
      return bloc && c.target ? { source: bloc, target: c.target } : undefined;
    }
    const bloc = sentence.unitEndingAt(match.first);
    if (isBloc(bloc, sentence.lexicon)) {
      const members = sentence.unitAt.get(match.last) ?? namedAsExamples(c) ?? memberBefore(c, bloc.first);
      return members && !members.possessive ? { source: bloc, target: members } : undefined;
    }
    // "Greece and Turkey, both members of the NATO military alliance, …"
    let t = match.last;
    if (tokens[t]?.lower !== 'of') return undefined;
    // "a member of the African Union": "the" may open the bloc's own name.
    if (tokens[++t]?.lower === 'the' && !sentence.unitAt.has(t)) t++;
    // "a member of regional body ECOWAS": a lower-case description may stand before the name.
    for (let k = 0; k < 2 && !sentence.unitAt.has(t) && isDescriptionWord(tokens[t]); k++) t++;
    const after = sentence.unitAt.get(t);
    const members = isBloc(after, sentence.lexicon) ? memberBefore(c, match.first) : undefined;
    return after && members && !members.possessive ? { source: after, target: members } : undefined;
  },
  final: true,
};
