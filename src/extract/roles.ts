/**
 * Sentence analysis: actor mentions become units (single actors, "X and Y" compounds, "X-Y" pairs,
 * resolved "the two leaders" / "they"), cues are matched, and each cue gets a source and a target:
 * the nearest unit to its left acts, the nearest suitable unit to its right receives, flipped for
 * passives ("was accused by"). Symmetric cues with a two-actor subject relate the two to each other.
 */
import type { ActorKind } from '../domain/types';
import type { RuleName } from '../domain/rules';
import type { CueIndex, CueMatch } from './cues';
import { CHARACTERISATION, findCues, PREPOSITIONS } from './cues';
import type { ComplementContext } from './complements';
import { advocacyObject, negativeComplement } from './complements';
import type { Flag, SentenceModality } from './flags';
import { FLAG_PENALTY, modalityFlags, sentenceModality } from './flags';
import type { ActorMention, Lexicon } from './lexicon';
import { findMentions } from './lexicon';
import type { Sentence } from '../domain/sentences';
import type { Token } from './tokenize';
import { isCapitalised, tokenize } from './tokenize';
import type { RelationTypeId } from './vocabulary';
import { isDirected, relationType } from './vocabulary';

export interface Member {
  readonly actorId: string;
  /** Character offsets of the words that name this member. */
  readonly start: number;
  readonly end: number;
  readonly flags: readonly Flag[];
}

export type UnitKind = 'mention' | 'compound' | 'hyphen' | 'anaphor' | 'reciprocal';

export interface Unit {
  readonly kind: UnitKind;
  readonly members: readonly Member[];
  /** Token range [first, last). */
  readonly first: number;
  readonly last: number;
  /** Followed by "'s", or a possessive pronoun ("their"). */
  readonly possessive: boolean;
  /** For "they" / "their": the next likeliest reading, when the first is the clause's own subject. */
  readonly alternative?: readonly Member[];
}

export interface Candidate {
  readonly source: string;
  readonly target: string;
  readonly type: RelationTypeId;
  readonly sentence: Sentence;
  readonly negated: boolean;
  readonly confidence: number;
  readonly cue: string;
  readonly rule: RuleName;
  readonly flags: readonly Flag[];
  readonly spans: {
    readonly cue: readonly [number, number];
    readonly source: readonly [number, number];
    readonly target: readonly [number, number];
  };
}

/** What earlier sentences said, for "the two leaders", "they", "he" and "it". */
export interface Discourse {
  pair?: { readonly members: readonly string[]; readonly sentence: number };
  /** The last pair of persons: what "the two leaders" names even after a pair of states. */
  personPair?: { readonly members: readonly string[]; readonly sentence: number };
  person?: { readonly id: string; readonly sentence: number };
  thing?: { readonly id: string; readonly sentence: number };
}

// ---------------------------------------------------------------------------------------------------
// Word lists

/** Words between a state and a person that make the state a modifier ("Russian President Putin"). */
const TITLE_WORDS = new Set([
  'president',
  'prime',
  'minister',
  'premier',
  'chancellor',
  'secretary',
  'foreign',
  'defence',
  'defense',
  'of',
  'state',
  'leader',
  'supreme',
  'king',
  'queen',
  'crown',
  'prince',
  'emir',
  'sheikh',
  'vice',
  'deputy',
  'general',
  'envoy',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chief',
  'commander',
  'head',
  'counterpart',
  'strongman',
  'opposition',
  'army',
  'military',
  'junta',
  'rebel',
  '-',
]);

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten']);

const ADVERB_LIKE = new Set([
  'also',
  'not',
  'never',
  'already',
  'repeatedly',
  'openly',
  'widely',
  'long',
  'previously',
  'recently',
  'reportedly',
  'allegedly',
  'often',
  'frequently',
  'formally',
  'officially',
  'publicly',
  'strongly',
  'sharply',
  'heavily',
  'now',
  'once',
  'again',
  'further',
  'first',
]);

const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'said',
  'says',
  'did',
  'does',
  'do',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
]);

/** Words between a relative pronoun and its verb: "which has long supported", "who would not back". */
const VERB_HELPERS = new Set(
  [...ADVERB_LIKE, ...AUXILIARIES].filter((word) => word !== 'said' && word !== 'says'),
);

/** A target is not searched past these words: a new clause starts. */
const STOP_RIGHT = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'since',
  'after',
  'before',
  'when',
  'if',
  'unless',
  'until',
  'but',
  'as',
  'and',
  'or',
  'nor',
  'so',
  'yet',
]);

/** Words that open a subordinate clause: its subject comes after them. */
const SUBORDINATORS = new Set([
  'after',
  'before',
  'when',
  'while',
  'because',
  'since',
  'although',
  'though',
  'if',
  'unless',
  'whereas',
  'until',
  'once',
]);

/**
 * Whether the token at `t` opens a subordinate clause. "once" does only before a clause ("once the
 * talks resume", "once Russia agrees"); before a noun phrase it is an adverb ("once allies").
 */
function opensClause(tokens: readonly Token[], t: number): boolean {
  const lower = tokens[t]?.lower ?? '';
  if (!SUBORDINATORS.has(lower)) return false;
  // "has since courted": an adverb after an auxiliary.
  if (lower === 'since') return !/^(has|have|had|ever|long)$/.test(tokens[t - 1]?.lower ?? '');
  if (lower !== 'once') return true;
  const next = tokens[t + 1];
  return next !== undefined && (CLAUSE_OPENERS.has(next.lower) || isCapitalised(next));
}

/** Words that start a clause's subject after "once". */
const CLAUSE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'these',
  'its',
  'their',
  'his',
  'her',
  'it',
  'they',
  'he',
  'she',
  'we',
  'both',
]);

const RELATIVES = new Set(['that', 'which', 'who']);
/** Words that link a subject to a predicate noun: "X is / became / emerged as Y's ally". */
const LINKING_WORDS = new Set([
  'is',
  'are',
  'was',
  'were',
  'remains',
  'remained',
  'remain',
  'became',
  'becomes',
  'become',
  'been',
  'emerged',
  'emerges',
  'as',
]);
/** Nouns whose "to"-infinitive their possessor performs: "Ukraine's bid to join the EU". */
const INTENT_NOUNS = new Set([
  'bid',
  'attempt',
  'attempts',
  'effort',
  'efforts',
  'decision',
  'plan',
  'plans',
  'push',
  'refusal',
  'failure',
  'offer',
  'move',
  'drive',
  'pledge',
  'promise',
  'readiness',
  'willingness',
  'determination',
]);
const UNASSERTED_INTENT = new Set([
  'bid',
  'attempt',
  'attempts',
  'effort',
  'efforts',
  'plan',
  'plans',
  'push',
  'offer',
  'drive',
  'pledge',
  'promise',
  'readiness',
  'willingness',
  'determination',
]);
const MAKE_FORMS = new Set(['made', 'makes', 'make', 'making']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
/** Words a fronted adverbial starts with: "In a message to Beijing, Washington and Canberra agreed". */
const FRONTING_WORDS = new Set([
  'in',
  'on',
  'at',
  'for',
  'with',
  'during',
  'since',
  'after',
  'before',
  'despite',
  'amid',
  'following',
  'under',
  'unlike',
  'like',
  'long',
  'once',
  'beyond',
  'besides',
  'as',
  'together',
  'jointly',
]);
const DENIAL_VERBS = new Set(['denied', 'denies', 'deny', 'denying']);
const SPOKESPEOPLE = new Set([
  'officials',
  'diplomats',
  'authorities',
  'leaders',
  'sources',
  'ministers',
  'envoys',
]);
const UNDER_ADJECTIVES = new Set([
  'heavy',
  'new',
  'fresh',
  'sweeping',
  'harsh',
  'tough',
  'economic',
  'international',
  'military',
  'constant',
  'intense',
  'renewed',
  'crippling',
]);
const COORDINATORS = new Set(['and', 'but', 'then']);

/** A verb form after one of these is used as a noun: "the supply of drones", "its backing". */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'any', 'no', 'such']);

const BOUNDARY_PUNCT = new Set([',', ';', ':', '.', '!', '?', '(', ')', '—', '–']);
const HARD_LEFT_BOUNDARY = new Set([';', ':']);

/** Types whose "to"-complement names the target: "threatened to strike X". */
const COMPLEMENT_TYPES = new Set<RelationTypeId>(['threatens']);
const COMPLEMENT_PREPS = new Set(['on', 'against', 'at', 'into', 'in']);

const JOINT_DOCUMENTS = new Set(['statement', 'declaration', 'communiqué', 'communique', 'letter', 'appeal']);

const PERSON_NOUNS = new Set(['leaders', 'presidents', 'men', 'women', 'heads', 'premiers', 'ministers']);
const STATE_NOUNS = new Set([
  'countries',
  'nations',
  'governments',
  'powers',
  'states',
  'sides',
  'neighbours',
  'neighbors',
  'capitals',
  'allies',
  'partners',
  'economies',
]);

const MAX_SOURCE_DISTANCE = 30;
/** Longer lists ("Russia, China, Iran, …") are enumerations, not actors acting together. */
const MAX_COMPOUND = 6;
const MAX_VERB_TARGET_DISTANCE = 8;
const MAX_PREP_TARGET_DISTANCE = 4;

// ---------------------------------------------------------------------------------------------------
// Units

interface Item {
  readonly kind: 'mention' | 'anaphor' | 'reciprocal';
  readonly members: readonly Member[];
  readonly first: number;
  readonly last: number;
  readonly prefix: boolean;
  readonly possessivePronoun: boolean;
  readonly person: boolean;
  readonly alternative?: readonly Member[];
}

function memberFlags(mention: ActorMention): Flag[] {
  const flags: Flag[] = [];
  if (mention.ambiguous) flags.push('ambiguous_alias');
  if (mention.aliasType === 'demonym') flags.push('demonym');
  return flags;
}

/** Drop a state named only as a person's modifier: "Russian President Vladimir Putin", "China's Xi". */
function dropModifiers(
  mentions: readonly ActorMention[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): ActorMention[] {
  const out: ActorMention[] = [];
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m] as ActorMention;
    const next = mentions[m + 1];
    const actor = lexicon.actors.get(mention.actorId);
    if (next && actor && actor.kind !== 'person' && lexicon.actors.get(next.actorId)?.kind === 'person') {
      const gap = next.first - mention.last;
      let modifier = gap <= 5;
      for (let t = mention.last; modifier && t < next.first; t++) {
        const token = tokens[t] as Token;
        modifier = token.kind === 'pos' || TITLE_WORDS.has(token.lower) || isCapitalised(token);
      }
      if (modifier) continue;
    }
    out.push(mention);
  }
  return out;
}

function phraseMatches(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.lower !== words[k]) return false;
  return true;
}

interface AnaphorContext {
  readonly discourse: Discourse;
  readonly sentence: number;
  readonly lexicon: Lexicon;
  /** Pairs and persons named earlier in this sentence, by token position. */
  readonly localPairs: Array<{ readonly last: number; readonly ids: readonly string[] }>;
  readonly localPersons: ReadonlyArray<{ readonly last: number; readonly id: string }>;
  /** Non-person actors named earlier in this sentence by name (not a demonym), outside asides. */
  readonly localThings: ReadonlyArray<{ readonly last: number; readonly id: string }>;
  /** Non-person actors named earlier in this sentence, demonyms included ("Turkish soldiers"). */
  readonly localGroups: ReadonlyArray<{ readonly last: number; readonly id: string }>;
}

function isPerson(id: string, lexicon: Lexicon): boolean {
  return lexicon.actors.get(id)?.kind === 'person';
}

/** The pair a plural anaphor names: the latest in this sentence, else a recent one before it. */
function recentPair(
  context: AnaphorContext,
  at: number,
  maxAge: number,
  persons = false,
): readonly string[] | undefined {
  for (let k = context.localPairs.length - 1; k >= 0; k--) {
    const pair = context.localPairs[k];
    if (pair && pair.last <= at && (!persons || pair.ids.every((id) => isPerson(id, context.lexicon)))) {
      return pair.ids;
    }
  }
  // "Lukashenko praised Putin during their meeting": the last two persons named in this sentence.
  const named = [...new Set(context.localPersons.filter((p) => p.last <= at).map((p) => p.id))];
  if (named.length >= 2) return named.slice(-2);
  const remembered = persons ? context.discourse.personPair : context.discourse.pair;
  if (remembered && context.sentence - remembered.sentence <= maxAge) return remembered.members;
  return persons ? recentPair(context, at, maxAge, false) : undefined;
}

function recentOne(
  local: ReadonlyArray<{ readonly last: number; readonly id: string }>,
  remembered: { readonly id: string; readonly sentence: number } | undefined,
  context: AnaphorContext,
  at: number,
  maxAge: number,
): string | undefined {
  for (let k = local.length - 1; k >= 0; k--) {
    const item = local[k];
    if (item && item.last <= at) return item.id;
  }
  return remembered && context.sentence - remembered.sentence <= maxAge ? remembered.id : undefined;
}

/** "The two governments" names the states of "the two leaders". */
function asStates(ids: readonly string[], lexicon: Lexicon): string[] {
  return ids.map((id) => {
    const actor = lexicon.actors.get(id);
    return actor?.kind === 'person' && actor.affiliation ? actor.affiliation : id;
  });
}

function anaphorItem(
  ids: readonly string[],
  tokens: readonly Token[],
  first: number,
  last: number,
  possessive: boolean,
): Item {
  const start = (tokens[first] as Token).start;
  const end = (tokens[last - 1] as Token).end;
  return {
    kind: 'anaphor',
    members: [...new Set(ids)].map((actorId) => ({ actorId, start, end, flags: ['coref'] as Flag[] })),
    first,
    last,
    prefix: false,
    possessivePronoun: possessive,
    person: false,
  };
}

/** "the two leaders", "both sides", "they", "he", "its", "each other", resolved where possible. */
function findAnaphors(
  tokens: readonly Token[],
  occupied: readonly boolean[],
  context: AnaphorContext,
): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (occupied[i]) continue;
    const token = tokens[i] as Token;
    const lower = token.lower;
    if (
      (lower === 'each' && tokens[i + 1]?.lower === 'other') ||
      (lower === 'one' && tokens[i + 1]?.lower === 'another')
    ) {
      items.push({
        kind: 'reciprocal',
        members: [],
        first: i,
        last: i + 2,
        prefix: false,
        possessivePronoun: false,
        person: false,
      });
      i++;
      continue;
    }
    // "their joint statement", "a joint communiqué": the document speaks for the pair that issued it,
    // the leaders who signed it when a pair of persons was named recently (data/README.md, rule 4).
    const jointAt = /^(a|the|their|its)$/.test(lower) ? i + 1 : i;
    if (tokens[jointAt]?.lower === 'joint' && JOINT_DOCUMENTS.has(tokens[jointAt + 1]?.lower ?? '')) {
      const local = context.localPairs.filter((pair) => pair.last <= i).pop();
      const ids = local?.ids ?? recentPair(context, i, 3, true);
      if (ids && ids.length >= 2) {
        const last = jointAt + 2;
        items.push(anaphorItem(ids, tokens, i, last, tokens[last]?.kind === 'pos'));
        i = last - 1;
        continue;
      }
    }
    let nounAt = -1;
    if (lower === 'both') nounAt = i + 1;
    else if ((lower === 'the' || lower === 'these' || lower === 'those') && tokens[i + 1]?.lower === 'two')
      nounAt = i + 2;
    if (nounAt > 0) {
      const noun = tokens[nounAt]?.lower ?? '';
      // "both" may be followed by an adjective: "both Asian powers" is rare; keep the phrase strict.
      if (PERSON_NOUNS.has(noun) || STATE_NOUNS.has(noun)) {
        const persons = PERSON_NOUNS.has(noun);
        const ids = recentPair(context, i, persons ? 5 : 3, persons);
        if (ids && ids.length >= 2) {
          const resolved = STATE_NOUNS.has(noun) ? asStates(ids, context.lexicon) : [...ids];
          let last = nounAt + 1;
          if (noun === 'heads' && phraseMatches(tokens, last, ['of', 'state'])) last += 2;
          items.push(anaphorItem(resolved, tokens, i, last, tokens[last]?.kind === 'pos'));
          context.localPairs.push({ last, ids: resolved });
          i = last - 1;
        }
        continue;
      }
    }
    // Object pronouns ("many of them") too often name someone else; only "they" and "their" resolve.
    if (lower === 'they' || lower === 'their') {
      const ids = recentPair(context, i, 2);
      if (ids && ids.length >= 2) {
        const item = anaphorItem(ids, tokens, i, i + 1, lower === 'their');
        // The latest group named before, outside the pair: "the Houthis ... US and British strikes on
        // their positions".
        const other = context.localGroups.filter((g) => g.last <= i && !ids.includes(g.id)).pop();
        const alternative = other ? anaphorItem([other.id], tokens, i, i + 1, false).members : undefined;
        items.push(alternative ? { ...item, alternative } : item);
        context.localPairs.push({ last: i + 1, ids });
      } else {
        // "Turkish soldiers ... their convoy": a plural group named earlier in the sentence.
        const id = recentOne(context.localGroups, undefined, context, i, 0);
        const other = context.localGroups.filter((g) => g.last <= i && g.id !== id).pop();
        const item = id ? anaphorItem([id], tokens, i, i + 1, lower === 'their') : undefined;
        const alternative = other ? anaphorItem([other.id], tokens, i, i + 1, false).members : undefined;
        if (item) items.push(alternative ? { ...item, alternative } : item);
      }
      continue;
    }
    if (lower === 'he' || lower === 'him' || lower === 'his' || lower === 'she' || lower === 'her') {
      const id = recentOne(context.localPersons, context.discourse.person, context, i, 2);
      if (id)
        items.push({
          ...anaphorItem([id], tokens, i, i + 1, lower === 'his' || lower === 'her'),
          person: true,
        });
      continue;
    }
    if (lower === 'it' || lower === 'its') {
      const id = recentOne(context.localThings, context.discourse.thing, context, i, 1);
      if (id) items.push(anaphorItem([id], tokens, i, i + 1, lower === 'its'));
    }
  }
  return items;
}

/**
 * The token after the comma that closes a fronted adverbial ("In a message to Beijing, …", "Long a
 * pillar of Western policy, …"), or -1.
 */
function frontedEnd(tokens: readonly Token[]): number {
  if (!FRONTING_WORDS.has(tokens[0]?.lower ?? '')) return -1;
  for (let t = 1; t < Math.min(tokens.length, 20); t++) {
    const text = (tokens[t] as Token).text;
    if (text === ',') return t + 1;
    if (HARD_LEFT_BOUNDARY.has(text)) return -1;
  }
  return -1;
}

function separatorLength(tokens: readonly Token[], at: number, end: number): { and: boolean } | undefined {
  const words = [];
  for (let t = at; t < end; t++) words.push((tokens[t] as Token).lower);
  if (words.length > 1 && words[words.length - 1] === 'the') words.pop();
  const joined = words.join(' ');
  if (joined === ',') return { and: false };
  if (
    joined === 'and' ||
    joined === '&' ||
    joined === ', and' ||
    joined === 'as well as' ||
    joined === ', as well as'
  ) {
    return { and: true };
  }
  if (joined === 'together with' || joined === ', together with' || joined === 'along with')
    return { and: true };
  // "Russia, Belarus and several Iranian firms": a quantifier before the last item.
  if (/^(, )?and (several|some|other|various|many|two|three|four|five)$/.test(joined)) return { and: true };
  return undefined;
}

function isHyphenToken(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && /^[-‐‑]$/u.test(token.text);
}

/** Group items into units: "X, Y and Z" compounds and "X-Y" pairs. */
function buildUnits(
  items: readonly Item[],
  tokens: readonly Token[],
  cueStarts: ReadonlySet<number>,
  cueEnds: ReadonlySet<number>,
  frontEnd = -1,
): Unit[] {
  const units: Unit[] = [];
  const possessiveAfter = (last: number): boolean => tokens[last]?.kind === 'pos';
  let i = 0;
  while (i < items.length) {
    const first = items[i] as Item;
    const next = items[i + 1];
    // X-Y pair: "Xi-Putin", "China-Russia", "Sino-Russian".
    if (
      next &&
      first.kind !== 'reciprocal' &&
      next.kind !== 'reciprocal' &&
      ((next.first === first.last + 1 && isHyphenToken(tokens[first.last])) ||
        (first.prefix && next.first === first.last))
    ) {
      units.push({
        kind: 'hyphen',
        members: [...first.members, ...next.members],
        first: first.first,
        last: next.last,
        possessive: possessiveAfter(next.last),
      });
      i += 2;
      continue;
    }
    // Compound: items joined by commas and a final "and".
    const chain: Item[] = [first];
    let lastAnd = 0;
    let j = i + 1;
    while (j < items.length && first.kind !== 'reciprocal' && chain.length < MAX_COMPOUND) {
      const prev = chain[chain.length - 1] as Item;
      const candidate = items[j] as Item;
      if (candidate.kind === 'reciprocal' || tokens[prev.last]?.kind === 'pos') break;
      // "In a message to Beijing, Washington and Canberra agreed": a list does not cross the comma
      // that closes a fronted phrase.
      if (prev.last < frontEnd && candidate.first >= frontEnd) break;
      const separator = separatorLength(tokens, prev.last, candidate.first);
      if (!separator) break;
      chain.push(candidate);
      if (separator.and) lastAnd = chain.length - 1;
      j++;
    }
    // "the Houthis, Hezbollah and militias in Iraq": a comma list closed by a noun that is no actor.
    if (lastAnd === 0 && chain.length >= 2) {
      const end = (chain[chain.length - 1] as Item).last;
      const next = tokens[end]?.lower === ',' ? tokens[end + 1] : tokens[end];
      if (
        next?.lower === 'and' &&
        !items.some((item) => item.first === end + (tokens[end]?.lower === ',' ? 2 : 1))
      )
        lastAnd = chain.length - 1;
    }
    let size = lastAnd > 0 ? lastAnd + 1 : 1;
    if (size > 1) {
      // "Russia attacked Ukraine and NATO condemned it": the item after "and" starts a new clause.
      const lastItem = chain[size - 1] as Item;
      const after = tokens[lastItem.last];
      const startsClause =
        cueStarts.has(lastItem.last) || (after !== undefined && AUXILIARIES.has(after.lower));
      let objectPosition = false;
      // A cue before a comma ("After talks in Cairo, Israel and Egypt signed") has no object here.
      for (let t = first.first; t >= Math.max(0, first.first - 3) && tokens[t]?.text !== ','; t--)
        if (cueEnds.has(t)) objectPosition = true;
      if (startsClause && objectPosition) size = 1;
    }
    const group = chain.slice(0, size);
    const last = (group[group.length - 1] as Item).last;
    units.push({
      kind: group.length > 1 ? 'compound' : first.kind === 'reciprocal' ? 'reciprocal' : first.kind,
      members: group.flatMap((item) => item.members),
      first: first.first,
      last,
      possessive: possessiveAfter(last) || (group.length === 1 && first.possessivePronoun),
      ...(group.length === 1 && first.alternative ? { alternative: first.alternative } : {}),
    });
    i += size;
  }
  return units;
}

/** Token positions inside parentheses, dashes or ", which/who ..." clauses, with the aside's id. */
function findAsides(tokens: readonly Token[]): Int32Array {
  const aside = new Int32Array(tokens.length).fill(-1);
  let id = 0;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    let close: ((t: Token) => boolean) | undefined;
    if (token.text === '(') close = (t) => t.text === ')';
    else if (token.text === '—' || token.text === '–') close = (t) => t.text === '—' || t.text === '–';
    else if (token.text === ',' && /^(which|who|whose|whom|where)$/.test(tokens[i + 1]?.lower ?? '')) {
      close = (t) => t.text === ',' || t.text === ';';
    }
    if (!close) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !close(tokens[j] as Token)) j++;
    for (let t = i; t <= Math.min(j, tokens.length - 1); t++) aside[t] = id;
    id++;
    i = j + 1;
  }
  return aside;
}

// ---------------------------------------------------------------------------------------------------
// Roles

interface Roles {
  readonly source: Unit;
  readonly target?: Unit;
  /** Relate the members of `source` to each other (symmetric cue, two-actor subject). */
  readonly pair?: boolean;
  readonly reciprocal?: boolean;
  readonly rule: RuleName;
  readonly passive: boolean;
  /** The type, when the cue's own is decided by its context (a characterisation). */
  readonly type?: RelationTypeId;
  /** The word that links the cue to its target ("bypass" in "denounced measures that bypass X"). */
  readonly linkAt?: number;
  /** Read from the cue's complement rather than stated by it: lower confidence. */
  readonly inferred?: boolean;
}

/** Negative cues whose complement can name what the source defends or resists. */
const COMPLEMENT_READERS = new Set<RelationTypeId>(['denounces', 'opposes', 'accuses', 'warns']);
/** Confidence factor for a relation read from a complement rather than stated by the cue. */
const INFERRED_FACTOR = 0.8;

/** Words that end the predicate of a characterisation ("described X as a partner that …"). */
const PREDICATE_STOP = new Set([...STOP_RIGHT].filter((word) => word !== 'as'));
const PREDICATE_NEGATORS = new Set(['not', 'no', 'never', 'hardly', 'neither']);
const MAX_PREDICATE = 8;

function distancePenalty(words: number): number {
  return words <= 3 ? 1 : Math.max(0.4, 1 - 0.05 * (words - 3));
}

/** Words between two token positions, counted up to a cap (the distance penalty is flat beyond it). */
function wordsBetween(tokens: readonly Token[], from: number, to: number): number {
  let count = 0;
  for (let t = Math.max(0, from, to - 100); t < to; t++) if ((tokens[t] as Token).kind === 'word') count++;
  return count;
}

class SentenceAnalysis implements ComplementContext {
  readonly units: Unit[];
  readonly unitAt: Map<number, Unit> = new Map();
  readonly aside: Int32Array;
  readonly cueStarts: Set<number>;
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
    cues: readonly CueMatch[],
    readonly lexicon: Lexicon,
    readonly frontEnd = -1,
  ) {
    this.units = units;
    for (const unit of units) this.unitAt.set(unit.first, unit);
    this.aside = findAsides(tokens);
    this.cueStarts = new Set(cues.map((cue) => cue.first));
  }

  private precededByPreposition(unit: Unit): boolean {
    let t = unit.first - 1;
    if (this.tokens[t]?.lower === 'the') t--;
    const before = this.tokens[t];
    if (before === undefined || !PREPOSITIONS.has(before.lower) || before.lower === 'of') return false;
    // "Officials in Kinshasa said": people placed in a capital speak for it.
    return !(before.lower === 'in' && SPOKESPEOPLE.has(this.tokens[t - 1]?.lower ?? ''));
  }

  /** The first unit of the clause ending at `before`: the subject a coordinated verb shares. */
  private clauseSubject(before: number): Unit | undefined {
    let start = Math.max(0, before - 2 * MAX_SOURCE_DISTANCE, before >= this.frontEnd ? this.frontEnd : 0);
    for (let t = before - 1; t >= start; t--) {
      const token = this.tokens[t] as Token;
      if (HARD_LEFT_BOUNDARY.has(token.text) || opensClause(this.tokens, t)) {
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

  private unitEndingAt(last: number): Unit | undefined {
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
    // "the group that attacked", "Belarus, which has supported": a relative clause acts through its
    // antecedent, if it is an actor; auxiliaries may stand between the pronoun and the verb.
    let relative = head;
    while (relative >= 0 && VERB_HELPERS.has((this.tokens[relative] as Token).lower)) relative--;
    const pronoun = this.tokens[relative];
    if (pronoun && RELATIVES.has(pronoun.lower) && cue.cue.kind === 'verb') {
      const antecedent =
        this.unitEndingAt(relative) ??
        (this.tokens[relative - 1]?.text === ',' ? this.unitEndingAt(relative - 1) : undefined);
      if (antecedent || pronoun.lower !== 'that') return antecedent;
    }
    // "Ukraine's bid to join the EU": the possessor of an intention noun acts.
    if (
      before?.lower === 'to' &&
      cue.cue.kind === 'verb' &&
      INTENT_NOUNS.has(this.tokens[head - 1]?.lower ?? '')
    ) {
      const possessor = this.possessorBefore(head - 1);
      // A bid or a plan does not assert the act; a decision or a move does.
      if (possessor && UNASSERTED_INTENT.has(this.tokens[head - 1]?.lower ?? ''))
        this.unasserted.add(cue.first);
      if (possessor) return possessor;
    }
    // "the supply of drones": a verb form after a determiner is a noun; only a possessive can act.
    if (before && DETERMINERS.has(before.lower) && cue.cue.kind === 'verb') return undefined;
    if (before?.kind === 'pos' && cue.cue.kind === 'verb') return this.unitEndingAt(head);
    // "…, thanking Xi": a participle clause after a comma shares the main clause's subject.
    if (before?.text === ',' && cue.gerund) {
      const subject = this.clauseSubject(head);
      if (subject) return subject;
    }
    // "Pakistan denied X and accused India": a verb right after "and" shares the clause's subject.
    if (before && COORDINATORS.has(before.lower) && cue.cue.kind === 'verb' && !cue.gerund) {
      const subject = this.previousSource ?? this.clauseSubject(head);
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
      if (this.precededByPreposition(unit)) continue;
      // "Russia attacked Ukraine and threatened Poland": Ukraine is the object, Russia still acts.
      const actor = this.targetOf.get(unit);
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

  /** "called for closer ties with Kenya": the source courts the group it seeks cooperation with. */
  private advocacyRoles(cue: CueMatch, known?: Unit): Roles | undefined {
    if (this.isPassive(cue)) return undefined;
    const object = advocacyObject(this, cue.last);
    const target = object ? this.unitAt.get(object.targetAt) : undefined;
    const source = target ? (known ?? this.nearestLeft(cue)) : undefined;
    if (!object || !target || !source) return undefined;
    for (let t = cue.last; t < object.targetAt; t++) if (this.cueStarts.has(t)) this.consumed.add(t);
    return { source, target, rule: 'advocacy', passive: false, linkAt: object.nounAt, inferred: true };
  }

  /**
   * Relations in a negative cue's complement: "denounced measures that bypass the Security Council"
   * (supports it), "accused the US of extending NATO into Asia" (opposes NATO).
   */
  complementRoles(cue: CueMatch, roles: Roles | undefined): Roles[] {
    if (!COMPLEMENT_READERS.has(cue.cue.type) || roles?.pair || roles?.reciprocal || roles?.type) return [];
    if (roles?.passive || cue.cue.frame === 'agent-from') return [];
    const verbSource = cue.cue.kind === 'verb' && !this.isPassive(cue) ? this.nearestLeft(cue) : undefined;
    const source = roles ? roles.source : verbSource;
    if (!source) return [];
    const own = roles?.target;
    const out: Roles[] = [];
    for (const reading of negativeComplement(this, cue.last)) {
      const target = this.unitAt.get(reading.targetAt);
      // "opposed NATO expansion" already says so; "criticised the sidelining of the UN" replaces
      // the reading of the UN as the one criticised (see `supersedes`).
      if (!target || (target === own && reading.type === cue.cue.type)) continue;
      out.push({
        source,
        target,
        type: reading.type,
        rule: reading.rule,
        passive: false,
        linkAt: reading.linkAt,
        inferred: true,
      });
    }
    return out;
  }

  private unitStartingIn(from: number, to: number): Unit | undefined {
    for (let t = from; t < Math.min(to, this.tokens.length); t++) {
      const unit = this.unitAt.get(t);
      if (unit) return unit;
    }
    return undefined;
  }

  /** The target right of the cue: the object of its preposition, or the verb's direct object. */
  rightTarget(cue: CueMatch): Unit | undefined {
    const unit = this.rightUnit(cue);
    // "met their Russian counterparts", "accused its Western partners": the adjective names them.
    if (unit?.kind === 'anaphor' && unit.possessive && unit.members.length === 1) {
      const next = this.unitAt.get(unit.last);
      if (next?.members.every((m) => m.flags.includes('demonym'))) return next;
    }
    return unit;
  }

  private rightUnit(cue: CueMatch): Unit | undefined {
    const tokens = this.tokens;
    if (cue.cue.endsWithPreposition) {
      for (let t = cue.last; t < Math.min(cue.last + MAX_PREP_TARGET_DISTANCE, tokens.length); t++) {
        const unit = this.unitAt.get(t);
        if (unit) return unit;
        const token = tokens[t] as Token;
        if (token.kind === 'punct' && BOUNDARY_PUNCT.has(token.text)) return undefined;
        if (token.kind === 'word' && (PREPOSITIONS.has(token.lower) || STOP_RIGHT.has(token.lower)))
          return undefined;
      }
      return undefined;
    }
    if (cue.cue.kind !== 'verb') return undefined;
    // "threatened to strike X", "threatened to impose tariffs on X": the threat's object is the target.
    if (COMPLEMENT_TYPES.has(cue.cue.type) && tokens[cue.last]?.lower === 'to') {
      for (let t = cue.last + 2; t < Math.min(cue.last + 2 + MAX_VERB_TARGET_DISTANCE, tokens.length); t++) {
        const unit = this.unitAt.get(t);
        if (unit) return unit;
        const token = tokens[t] as Token;
        if (token.kind === 'punct' && BOUNDARY_PUNCT.has(token.text)) return undefined;
        if (
          STOP_RIGHT.has(token.lower) ||
          (PREPOSITIONS.has(token.lower) && !COMPLEMENT_PREPS.has(token.lower))
        ) {
          return undefined;
        }
      }
      return undefined;
    }
    for (let t = cue.last; t < Math.min(cue.last + MAX_VERB_TARGET_DISTANCE, tokens.length); t++) {
      const unit = this.unitAt.get(t);
      if (unit) return unit;
      const token = tokens[t] as Token;
      if (token.kind === 'punct' && BOUNDARY_PUNCT.has(token.text)) return undefined;
      if (token.kind !== 'word') continue;
      if (this.cueStarts.has(t) || STOP_RIGHT.has(token.lower)) return undefined;
      if (PREPOSITIONS.has(token.lower)) {
        const ofInside = token.lower === 'of' && t > cue.last;
        if (!ofInside && !cue.cue.preps.has(token.lower)) return undefined;
      }
    }
    return undefined;
  }

  /** The agent of a passive or nominal cue: "by X" right after the cue or after its target. */
  private byAgent(from: number): Unit | undefined {
    if (this.tokens[from]?.lower !== 'by') return undefined;
    return this.unitStartingIn(from + 1, from + 3);
  }

  /** "supplied with long-range missiles by Britain": the first "by X" within a few words. */
  private laterByAgent(from: number): Unit | undefined {
    for (let t = from; t < Math.min(from + 6, this.tokens.length); t++) {
      const token = this.tokens[t] as Token;
      if (token.lower === 'by') return this.byAgent(t);
      if (BOUNDARY_PUNCT.has(token.text) || STOP_RIGHT.has(token.lower) || this.cueStarts.has(t))
        return undefined;
    }
    return undefined;
  }

  private isPassive(cue: CueMatch): boolean {
    if (!cue.participle) return false;
    let t = cue.first - 1;
    while (t >= 0 && ADVERB_LIKE.has((this.tokens[t] as Token).lower)) t--;
    const before = this.tokens[t];
    return before !== undefined && BE_FORMS.has(before.lower);
  }

  /** A hyphen-pair unit just before a symmetric noun: "the Xi-Putin alliance", "US-China trade talks". */
  private hyphenPairBefore(cue: CueMatch): Unit | undefined {
    for (let u = this.units.length - 1; u >= 0; u--) {
      const unit = this.units[u] as Unit;
      if (unit.last > cue.first) continue;
      if (cue.first - unit.last > 2) return undefined;
      return unit.kind === 'hyphen' ? unit : undefined;
    }
    return undefined;
  }

  /** "China is Russia's largest trading partner": the subject and the possessor form the pair. */
  private copulaPair(cue: CueMatch, possessor: Unit): Unit | undefined {
    const index = this.units.indexOf(possessor);
    const subject = index > 0 ? this.units[index - 1] : undefined;
    if (!subject || possessor.first - subject.last > 6) return undefined;
    // "a stance that made Budapest China's closest friend": the object of "made" is the subject.
    const made =
      subject.last === possessor.first && MAKE_FORMS.has(this.tokens[subject.first - 1]?.lower ?? '');
    for (let t = subject.last; t < possessor.first || made; t++) {
      const lower = made ? 'is' : (this.tokens[t] as Token).lower;
      if (LINKING_WORDS.has(lower)) {
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

  /**
   * "came under Russian attack", "under Western sanctions": the actor before "under" suffers what the
   * actor between "under" and the cue does.
   */
  private underPhrase(cue: CueMatch): Roles | undefined {
    const adjective = (t: number): boolean => UNDER_ADJECTIVES.has(this.tokens[t]?.lower ?? '');
    let at = cue.first - 1;
    while (at >= 0 && adjective(at)) at--;
    const agent = this.unitEndingAt(at + 1);
    if (!agent) return undefined;
    let under = agent.first - 1;
    while (under >= 0 && adjective(under)) under--;
    if (this.tokens[under]?.lower !== 'under') return undefined;
    for (let u = this.units.length - 1; u >= 0; u--) {
      const unit = this.units[u] as Unit;
      if (unit.last > under) continue;
      if (under - unit.last > 12 || unit.kind === 'reciprocal') return undefined;
      const unitAside = this.aside[unit.first] ?? -1;
      if (unitAside >= 0 && unitAside !== (this.aside[under] ?? -1)) continue;
      return { source: agent, target: unit, rule: 'under', passive: true };
    }
    return undefined;
  }

  /** The unit whose last member is the possessor right before token `at` ("China's", "its"). */
  private possessorBefore(at: number): Unit | undefined {
    const before = this.tokens[at - 1];
    if (!before) return undefined;
    if (before.kind === 'pos') return this.unitEndingAt(at - 1);
    if (!POSSESSIVE_PRONOUNS.has(before.lower)) return undefined;
    for (const unit of this.units) {
      if (unit.first >= at || unit.last < at - 1) continue;
      const member = unit.members.find((m) => m.start === before.start);
      if (member) return { kind: 'anaphor', members: [member], first: at - 1, last: at, possessive: true };
    }
    return undefined;
  }

  /**
   * Agent nouns with a possessor: "Warsaw has emerged as Kyiv's most vocal champion" (the subject
   * acts on the possessor) and "Kyiv's Western backers", "its Western partners" (the adjectival
   * actor acts on the possessor). At most two adjectives between the actor and the noun.
   */
  private possessorRoles(cue: CueMatch, symmetric: boolean): Roles | undefined {
    let u = this.units.length - 1;
    while (u >= 0 && (this.units[u] as Unit).last > cue.first) u--;
    const near = this.units[u];
    const from = near && this.tokens[near.last]?.kind === 'pos' ? near.last + 1 : (near?.last ?? 0);
    if (!near || cue.first - from > 4) return undefined;
    for (let t = from; t < cue.first; t++) {
      const token = this.tokens[t] as Token;
      if (isHyphenToken(token)) continue;
      if (token.kind !== 'word' || this.cueStarts.has(t) || PREPOSITIONS.has(token.lower)) return undefined;
    }
    const demonym =
      near.kind === 'mention' &&
      near.members.length === 1 &&
      near.members[0]?.flags.includes('demonym') === true &&
      !near.possessive;
    if (demonym) {
      const possessor = this.possessorBefore(near.first);
      if (!possessor) return undefined;
      return symmetric
        ? {
            source: { ...near, kind: 'compound', members: [...near.members, ...possessor.members] },
            pair: true,
            rule: 'possessor-adjective',
            passive: false,
          }
        : { source: near, target: possessor, rule: 'possessor-adjective', passive: false };
    }
    // "Caracas and Havana have been each other's lifeline": the subject's members act on each other.
    if (near.kind === 'reciprocal') {
      if (from === near.last) return undefined;
      const pair = this.copulaPair(cue, near);
      return pair ? { source: pair, reciprocal: true, rule: 'reciprocal-copula', passive: false } : undefined;
    }
    if (!near.possessive) return undefined;
    const pair = this.copulaPair(cue, near);
    if (!pair) return undefined;
    if (symmetric) return { source: pair, pair: true, rule: 'pair-copula', passive: false };
    const index = this.units.indexOf(near);
    const subject = this.units[index - 1];
    return subject ? { source: subject, target: near, rule: 'copula', passive: false } : undefined;
  }

  /** "X won praise from Y", "X receives weapons from Y": Y acts on the actor before the cue. */
  private fromAgentRoles(cue: CueMatch): Roles | undefined {
    const agent = this.rightTarget(cue);
    const patient = this.nearestLeft(cue);
    return agent && patient
      ? { source: agent, target: patient, rule: 'from-agent', passive: true }
      : undefined;
  }

  /**
   * "Macron described Germany as an indispensable partner", "Maduro branded Guyana a colony": the
   * object is the target, and the words after it, up to a clause or a preposition, decide the type.
   */
  private characterisationRoles(cue: CueMatch): Roles | undefined {
    if (this.isPassive(cue) || isHyphenToken(this.tokens[cue.first - 1])) return undefined;
    const target = this.unitStartingIn(cue.last, cue.last + 3);
    // "described Sudan's situation as dangerous" characterises the situation, not Sudan.
    if (!target || target.possessive) return undefined;
    for (let t = cue.last; t < target.first; t++)
      if (!DETERMINERS.has((this.tokens[t] as Token).lower)) return undefined;
    let positive = false;
    let negative = false;
    for (let t = target.last; t < Math.min(target.last + MAX_PREDICATE, this.tokens.length); t++) {
      const token = this.tokens[t] as Token;
      if (token.kind === 'punct' && BOUNDARY_PUNCT.has(token.text)) break;
      const lower = token.lower;
      if (PREDICATE_STOP.has(lower) || (PREPOSITIONS.has(lower) && lower !== 'of')) break;
      if (PREDICATE_NEGATORS.has(lower)) return undefined;
      if (CHARACTERISATION.negative.has(lower)) negative = true;
      else if (CHARACTERISATION.positive.has(lower)) positive = true;
    }
    if (!positive && !negative) return undefined;
    const source = this.nearestLeft(cue);
    if (!source) return undefined;
    const type: RelationTypeId = negative ? 'denounces' : 'praises';
    return { source, target, type, rule: 'characterisation', passive: false };
  }

  /** "Together with Brazil, Paraguay asked …": the subject right after the fronted phrase's comma. */
  private frontedSubject(cue: CueMatch): Unit | undefined {
    if (this.frontEnd < 0 || cue.first >= this.frontEnd) return undefined;
    for (const unit of this.units) {
      if (unit.first < this.frontEnd) continue;
      if (unit.first - this.frontEnd > 3 || unit.kind === 'reciprocal') return undefined;
      return this.precededByPreposition(unit) ? undefined : unit;
    }
    return undefined;
  }

  roles(cue: CueMatch): Roles | undefined {
    if (this.consumed.has(cue.first)) return undefined;
    const roles = this.rolesFor(cue);
    if (!roles?.target) return roles;
    const kinds = cue.cue.targetKinds;
    // "joined NATO" names the bloc; "joined European sanctions" does not.
    if (
      kinds &&
      !roles.target.members.every(
        (m) =>
          !m.flags.includes('demonym') && kinds.has(this.lexicon.actors.get(m.actorId)?.kind ?? 'person'),
      )
    ) {
      return undefined;
    }
    // "American and British strikes on their positions": "their" is not the strikers themselves.
    if (roles.target.kind === 'anaphor' && !roles.pair && !roles.reciprocal) {
      const own = new Set(roles.source.members.map((m) => m.actorId));
      if (roles.target.members.some((m) => own.has(m.actorId))) {
        const alternative = roles.target.alternative;
        if (alternative) return { ...roles, target: { ...roles.target, members: alternative } };
        // "Thailand and Cambodia exchanged fire across their border": the pair acts on each other.
        const mutual = cue.cue.mutual || !isDirected(cue.cue.type);
        return mutual && roles.source.members.length >= 2
          ? { source: roles.source, pair: true, rule: 'pair-subject', passive: roles.passive }
          : undefined;
      }
    }
    return roles;
  }

  private rolesFor(cue: CueMatch): Roles | undefined {
    const symmetric = !isDirected(cue.cue.type);
    if (cue.cue.frame === 'agent-from') return this.fromAgentRoles(cue);
    if (cue.cue.frame === 'advocacy') return this.advocacyRoles(cue);
    if (cue.cue.frame === 'characterisation') return this.characterisationRoles(cue);
    // "Russia together with China vetoed …", "Ghana, together with Togo, launched …": the phrase joined
    // a compound; its members act together.
    if (cue.cue.frame === 'joint') {
      const around = this.units.find((unit) => unit.first < cue.first && unit.last > cue.first);
      if (around)
        return around.members.length >= 2
          ? { source: around, pair: true, rule: 'joint-compound', passive: false }
          : undefined;
    }
    // "Kyiv's most vocal champion", "each other's lifeline for two decades": a noun with a possessor
    // and no object of its own.
    if (cue.cue.kind === 'noun' && (cue.cue.frame === 'agent-noun' || !this.rightTarget(cue))) {
      const possessed = this.possessorRoles(cue, symmetric);
      if (possessed || cue.cue.frame === 'agent-noun') return possessed;
    }
    if (!symmetric && !cue.gerund && !cue.participle) {
      const under = this.underPhrase(cue);
      if (under) return under;
    }
    // "Iran-backed militias": the actor before the hyphen acts on the noun that follows.
    if (cue.participle && isHyphenToken(this.tokens[cue.first - 1])) {
      const agent = this.units.find((unit) => unit.last === cue.first - 1);
      const target = this.unitStartingIn(cue.last, cue.last + 3);
      if (agent && target) return { source: agent, target, rule: 'hyphen-agent', passive: true };
      if (agent) return undefined;
    }
    if (symmetric) {
      const pair = this.hyphenPairBefore(cue);
      if (pair) return { source: pair, pair: true, rule: 'pair-hyphen', passive: false };
    }
    const target = this.rightTarget(cue);
    if (
      symmetric &&
      target &&
      cue.cue.endsWithPreposition &&
      this.tokens[cue.last - 1]?.lower === 'between'
    ) {
      return target.members.length >= 2
        ? { source: target, pair: true, rule: 'pair-between', passive: false }
        : undefined;
    }
    if (this.isPassive(cue) || (cue.participle && this.byAgent(cue.last))) {
      const agent = this.laterByAgent(cue.last) ?? (target ? this.byAgent(target.last) : undefined);
      if (!agent) return undefined;
      const patient = cue.cue.endsWithPreposition ? target : this.nearestLeft(cue);
      return patient ? { source: agent, target: patient, rule: 'passive', passive: true } : undefined;
    }
    const nominalAgent = cue.cue.kind === 'noun' && target ? this.byAgent(target.last) : undefined;
    const left = nominalAgent ?? this.nearestLeft(cue);
    // "In talks with Kenya, Ethiopia agreed …": a fronted symmetric phrase joins the clause's subject.
    const fronted =
      !left && symmetric && target && cue.cue.endsWithPreposition ? this.frontedSubject(cue) : undefined;
    const source = left ?? fronted;
    if (!source) return undefined;
    const rule = fronted
      ? 'fronted'
      : nominalAgent
        ? 'nominal-by'
        : cue.cue.kind === 'noun'
          ? 'nominal'
          : 'active';
    if (target?.kind === 'reciprocal') {
      return source.members.length >= 2
        ? { source, reciprocal: true, rule: 'reciprocal', passive: false }
        : undefined;
    }
    if (target) return { source, target, rule, passive: false };
    if (cue.cue.mutual && source.members.length >= 2)
      return { source, pair: true, rule: 'pair-subject', passive: false };
    // "urged closer ties with Kenya": an appeal without an addressee seeks the cooperation it names.
    if (cue.cue.type === 'courts' && cue.cue.kind === 'verb') return this.advocacyRoles(cue, source);
    if (!symmetric) return undefined;
    // "expand trade with Central Asia", "cooperation among Gulf states": the partner is not the pair.
    if (cue.cue.endsWithPreposition) return undefined;
    if (/^(among|amongst|within|inside)$/.test(this.tokens[cue.last]?.lower ?? '')) return undefined;
    if (source.members.length >= 2) return { source, pair: true, rule: 'pair-subject', passive: false };
    if (source.possessive && cue.cue.kind === 'noun') {
      const pair = this.copulaPair(cue, source);
      if (pair) return { source: pair, pair: true, rule: 'pair-copula', passive: false };
    }
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------
// Entry point

export interface SentenceInput {
  readonly text: string;
  readonly sentence: Sentence;
  readonly lexicon: Lexicon;
  readonly cues: CueIndex;
  readonly discourse: Discourse;
}

/** The cue sits in the complement of an embedding cue: "accused X of attacking", "opposed aid to". */
function embeddedUnder(previous: CueMatch | undefined, cue: CueMatch, tokens: readonly Token[]): boolean {
  if (!previous || !previous.cue.embeds) return false;
  if (cue.first - previous.last > 6) return false;
  let linked = false;
  let words = 0;
  for (let t = previous.last; t < cue.first; t++) {
    const token = tokens[t] as Token;
    const lower = token.lower;
    if (lower === ',' || lower === ';' || lower === 'and' || lower === 'but' || lower === '.') return false;
    if (lower === 'to' || lower === 'of' || lower === 'for' || lower === 'that' || lower === 'from')
      linked = true;
    if (token.kind === 'word') words++;
  }
  // A noun cue right after the verb is its object: "opposed further military aid to Ukraine".
  if (cue.cue.kind === 'noun' && words <= 3) return true;
  return linked || cue.first === previous.last;
}

/** Candidate relations stated by one sentence. Updates `discourse` for the sentences that follow. */
export function analyseSentence(input: SentenceInput): Candidate[] {
  const { text, sentence, lexicon, discourse } = input;
  const tokens = tokenize(text, sentence.start, sentence.end);
  const sentenceText = text.slice(sentence.start, sentence.end);
  const mentions = dropModifiers(findMentions(tokens, lexicon), tokens, lexicon);

  const occupied: boolean[] = new Array<boolean>(tokens.length).fill(false);
  const mentionItems: Item[] = mentions.map((mention) => {
    for (let t = mention.first; t < mention.last; t++) occupied[t] = true;
    const first = tokens[mention.first] as Token;
    const last = tokens[mention.last - 1] as Token;
    return {
      kind: 'mention',
      members: [{ actorId: mention.actorId, start: first.start, end: last.end, flags: memberFlags(mention) }],
      first: mention.first,
      last: mention.last,
      prefix: mention.aliasType === 'prefix',
      possessivePronoun: false,
      person: lexicon.actors.get(mention.actorId)?.kind === 'person',
    };
  });

  // Pairs, persons and things named in this sentence, for pronouns later in it.
  const localPairs: Array<{ last: number; ids: string[] }> = [];
  const localPersons: Array<{ last: number; id: string }> = [];
  const localThings: Array<{ last: number; id: string }> = [];
  const localGroups: Array<{ last: number; id: string }> = [];
  const asides = findAsides(tokens);
  const frontEnd = frontedEnd(tokens);
  const preliminary = buildUnits(mentionItems, tokens, new Set(), new Set(), frontEnd);
  for (const unit of preliminary) {
    if (unit.members.length === 2)
      localPairs.push({ last: unit.last, ids: unit.members.map((m) => m.actorId) });
  }
  for (const item of mentionItems) {
    const id = item.members[0]?.actorId;
    if (!id) continue;
    const demonym = item.members[0]?.flags.includes('demonym') === true;
    if (item.person) localPersons.push({ last: item.last, id });
    else if ((asides[item.first] ?? -1) < 0) {
      localGroups.push({ last: item.last, id });
      if (!demonym) localThings.push({ last: item.last, id });
    }
  }

  const anaphors = findAnaphors(tokens, occupied, {
    discourse,
    sentence: sentence.index,
    lexicon,
    localPairs,
    localPersons,
    localThings,
    localGroups,
  });
  for (const item of anaphors) for (let t = item.first; t < item.last; t++) occupied[t] = true;
  const items = [...mentionItems, ...anaphors].sort((a, b) => a.first - b.first);

  const cues = findCues(tokens, input.cues, occupied);
  const units = buildUnits(
    items,
    tokens,
    new Set(cues.map((cue) => cue.first)),
    new Set(cues.map((cue) => cue.last)),
    frontEnd,
  );
  const analysis = new SentenceAnalysis(tokens, units, cues, lexicon, frontEnd);
  const modality: SentenceModality = sentenceModality(tokens, sentenceText);

  const candidates: Candidate[] = [];
  let previous: CueMatch | undefined;
  for (const cue of cues) {
    const roles = analysis.roles(cue);
    const embedded = embeddedUnder(previous, cue, tokens);
    previous = cue;
    if (roles?.target) analysis.targetOf.set(roles.target, roles.source);
    if (roles) analysis.previousSource = roles.source;
    const readings = analysis.complementRoles(cue, roles);
    if (roles && !supersedes(readings, roles, cue.cue.type)) readings.unshift(roles);
    for (const reading of readings) read(cue, reading, embedded);
  }

  function read(cue: CueMatch, roles: Roles, embedded: boolean): void {
    const source = roles.source;
    const windowFrom = source.last <= cue.first ? source.last : cue.first - 6;
    const flags = new Set<Flag>(modalityFlags(tokens, { from: windowFrom, cue: cue.first }, modality));
    if (embedded || analysis.unasserted.has(cue.first)) flags.add('embedded');
    if (roles.passive) flags.add('passive');
    // "denied that Abu Dhabi had armed the RSF": the clause is what is denied.
    if (source.last <= cue.first && deniedClause(tokens, source.first)) flags.add('negated');
    const sourceDistance =
      roles.pair || roles.reciprocal
        ? 0
        : source.last <= cue.first
          ? wordsBetween(tokens, source.last, cue.first)
          : wordsBetween(tokens, cue.last, source.first);
    const target = roles.target;
    const targetDistance = !target
      ? 0
      : roles.linkAt !== undefined
        ? wordsBetween(tokens, roles.linkAt + 1, target.first)
        : target.first >= cue.last
          ? wordsBetween(tokens, cue.last, target.first)
          : wordsBetween(tokens, target.last, cue.first);
    if (sourceDistance > 12) flags.add('distant');

    const cueStart = (tokens[cue.first] as Token).start;
    const cueEnd = (tokens[cue.last - 1] as Token).end;
    // "condemned … sideline": a complement reading names the word that links the cue to its target.
    const link = roles.linkAt === undefined ? undefined : tokens[roles.linkAt];
    const cueText = `${text.slice(cueStart, cueEnd)}${link ? ` … ${link.text}` : ''}`;
    const base =
      cue.cue.prior *
      distancePenalty(sourceDistance) *
      distancePenalty(targetDistance) *
      (roles.inferred ? INFERRED_FACTOR : 1);

    const type = roles.type ?? cue.cue.type;
    const emit = (from: Member, to: Member): void => {
      if (from.actorId === to.actorId) return;
      // A person and their own state are one side: "Putin allies with Russia" says nothing.
      if (!isDirected(type) && ownSide(from.actorId, to.actorId, lexicon)) return;
      const all = new Set<Flag>(flags);
      for (const flag of from.flags) all.add(flag);
      for (const flag of to.flags) all.add(flag);
      let confidence = base;
      for (const flag of all) confidence *= FLAG_PENALTY[flag];
      const negated = all.delete('negated');
      candidates.push({
        source: from.actorId,
        target: to.actorId,
        type,
        sentence,
        negated,
        confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 1000) / 1000,
        cue: cueText,
        rule: roles.rule,
        flags: [...all].sort(),
        spans: { cue: [cueStart, cueEnd], source: [from.start, from.end], target: [to.start, to.end] },
      });
    };

    const mutual = cue.cue.mutual && isDirected(type) && !roles.inferred;
    if (roles.pair || roles.reciprocal) {
      const members = source.members;
      for (let a = 0; a < members.length; a++) {
        for (let b = 0; b < members.length; b++) {
          if (a === b || (roles.pair && !mutual && b < a)) continue;
          emit(members[a] as Member, members[b] as Member);
        }
      }
    } else if (target) {
      for (const from of source.members) {
        for (const to of target.members) {
          emit(from, to);
          if (mutual) emit(to, from);
        }
      }
      // "France, Germany and Poland will hold joint drills with Lithuania": all take part together;
      // "drilled together with Sri Lanka and the Maldives": so do the partners of a joint action.
      const sides = cue.cue.frame === 'joint' ? [source, target] : [source];
      for (const side of sides) {
        if (isDirected(type) || side.kind !== 'compound') continue;
        const members = side.members;
        for (let a = 0; a < members.length; a++) {
          for (let b = a + 1; b < members.length; b++) emit(members[a] as Member, members[b] as Member);
        }
      }
    }
  }

  updateDiscourse(discourse, units, candidates, sentence.index, lexicon);
  return candidates;
}

/**
 * A complement reading of the cue's own target with the other polarity replaces it: "criticised the
 * sidelining of the UN" supports the UN and does not denounce it. "Denounced NATO's expansion" keeps both.
 */
function supersedes(readings: readonly Roles[], roles: Roles, type: RelationTypeId): boolean {
  const own = relationType(roles.type ?? type)?.polarity;
  return readings.some(
    (reading) => reading.target === roles.target && relationType(reading.type ?? type)?.polarity !== own,
  );
}

/** The subject at `first` opens a "that" clause of a denial: "X denied that Y had armed Z". */
function deniedClause(tokens: readonly Token[], first: number): boolean {
  let t = first - 1;
  if (tokens[t]?.lower === 'the') t--;
  if (tokens[t]?.lower !== 'that') return false;
  return DENIAL_VERBS.has(tokens[t - 1]?.lower ?? '');
}

function ownSide(a: string, b: string, lexicon: Lexicon): boolean {
  return lexicon.actors.get(a)?.affiliation === b || lexicon.actors.get(b)?.affiliation === a;
}

function updateDiscourse(
  discourse: Discourse,
  units: readonly Unit[],
  candidates: readonly Candidate[],
  sentence: number,
  lexicon: Lexicon,
): void {
  let person: string | undefined;
  let thing: string | undefined;
  let paired = false;
  for (const unit of units) {
    const ids = [...new Set(unit.members.map((member) => member.actorId))];
    if (ids.length === 2) {
      discourse.pair = { members: ids, sentence };
      if (ids.every((id) => lexicon.actors.get(id)?.kind === 'person')) {
        discourse.personPair = { members: ids, sentence };
      }
      paired = true;
    }
    if (ids.length !== 1) continue;
    const id = ids[0] as string;
    const kind = lexicon.actors.get(id)?.kind;
    if (kind === 'person') person ??= id;
    else if (unit.first <= 3) thing ??= id;
  }
  if (person) discourse.person = { id: person, sentence };
  if (thing) discourse.thing = { id: thing, sentence };
  // "Xi met Putin. The two leaders…": two persons (or two states) related by the sentence form a pair.
  if (!paired) {
    for (const candidate of candidates) {
      const a = lexicon.actors.get(candidate.source)?.kind;
      const b = lexicon.actors.get(candidate.target)?.kind;
      if (!candidate.negated && a !== undefined && a === b) {
        discourse.pair = { members: [candidate.source, candidate.target], sentence };
        if (a === 'person') discourse.personPair = discourse.pair;
        break;
      }
    }
  }
}
