/**
 * What an anaphor is resolved against: the actors named earlier in this sentence (by position) and the
 * discourse of the sentences before, with the lookups the resolver asks of them.
 */
import { homeState, type Discourse } from './discourse';
import type { Lexicon } from './lexicon';
import type { TitledPerson } from './titleReference';
import { afterPossessive, isCapitalisedWord, isLowerWord, type Token } from './tokenize';
import {
  ADVERB_LIKE,
  AUXILIARIES,
  BOUNDARY_PUNCT,
  PREPOSITIONS,
  RELATIVES,
  TITLE_HEADS,
  TITLE_WORDS,
  verbs,
  WEEKDAYS,
} from './words';

export interface AnaphorContext {
  readonly discourse: Discourse;
  readonly sentence: number;
  readonly lexicon: Lexicon;
  /** Pairs and persons named earlier in this sentence, by token position. */
  readonly localPairs: Array<{ readonly last: number; readonly ids: readonly string[] }>;
  /** Lists of three or more named in this sentence: what a later "they" there names. */
  readonly localLists: ReadonlyArray<{ readonly last: number; readonly ids: readonly string[] }>;
  readonly localPersons: ReadonlyArray<{
    readonly first: number;
    readonly last: number;
    readonly id: string;
  }>;
  /** Non-person actors named earlier in this sentence by name (not a demonym), outside asides. */
  readonly localThings: ReadonlyArray<{ readonly first: number; readonly last: number; readonly id: string }>;
  /** Non-person actors named earlier in this sentence, demonyms included ("Turkish soldiers"). */
  readonly localGroups: ReadonlyArray<{
    readonly last: number;
    readonly id: string;
    readonly demonym: boolean;
  }>;
  /** Blocs, organisations and groups named earlier in this sentence by name. */
  readonly localBodies: ReadonlyArray<{ readonly last: number; readonly id: string }>;
  /** Persons named after a title earlier in this sentence, and "the <title>" phrases resolved there. */
  readonly localTitled: TitledPerson[];
  /** The token after a fronted phrase's comma (units.ts), or -1. */
  readonly frontEnd: number;
}

export function isGroup(id: string, lexicon: Lexicon): boolean {
  return lexicon.actors.get(id)?.kind === 'group';
}

function isPerson(id: string, lexicon: Lexicon): boolean {
  return lexicon.actors.get(id)?.kind === 'person';
}

/** Whether this sentence named a pair (or two persons) before `at`. */
export function hasLocalPair(context: AnaphorContext, at: number): boolean {
  if (context.localPairs.some((pair) => pair.last <= at)) return true;
  return new Set(context.localPersons.filter((p) => p.last <= at).map((p) => p.id)).size >= 2;
}

/** A token that ends a noun phrase before it: a stop, a preposition, an auxiliary or "and". */
export function closesNounPhrase(token: Token | undefined): boolean {
  if (!token) return true;
  if (token.kind === 'punct') return token.text !== '-';
  return PREPOSITIONS.has(token.lower) || AUXILIARIES.has(token.lower) || token.lower === 'and';
}

/** "he", "she", "his" or a possessive "her": not "him" or an object "her" ("After meeting her, Bush said"). */
function subjectOrPossessor(tokens: readonly Token[], at: number): boolean {
  const lower = tokens[at]?.lower;
  if (lower === 'he' || lower === 'she' || lower === 'his') return true;
  return lower === 'her' && !closesNounPhrase(tokens[at + 1]);
}

/** A word that may stand in a title before a name: "U.S. President", "Secretary of State", "Mr.". */
const inTitle = (token: Token): boolean =>
  TITLE_WORDS.has(token.lower) || /^\p{Lu}/u.test(token.text) || token.text === '.';

/**
 * "Speaking during his trip to Rwanda, U.S. President George Bush said": "he", "she" or a possessive
 * inside a fronted phrase that names no person before it is the person named, maybe after a title,
 * right after its comma.
 */
function frontedSubjectPerson(
  tokens: readonly Token[],
  context: AnaphorContext,
  at: number,
): string | undefined {
  const end = context.frontEnd;
  if (end < 0 || at >= end || context.localPersons.some((person) => person.last <= at)) return undefined;
  if (!subjectOrPossessor(tokens, at)) return undefined;
  // "In a meeting with his Bulgarian and Slovakian counterparts, Putin said": the fronted reading
  // already pairs the counterparts with the subject.
  const possessive = tokens[at]?.lower !== 'he' && tokens[at]?.lower !== 'she';
  if (possessive && tokens.slice(at + 1, at + 6).some((token) => token.lower.startsWith('counterpart')))
    return undefined;
  const subject = context.localPersons.find((person) => person.first >= end);
  if (!subject || subject.first - end > 6) return undefined;
  for (let t = end; t < subject.first; t++) if (!inTitle(tokens[t] as Token)) return undefined;
  return subject.id;
}

/**
 * "Mr. Mugabe has blasted Mr. Blair as a liar, and he has accused Britain": "he" or "she" opening a
 * clause after ", and" or ", but" goes on with the sentence's first person when a verb follows that
 * person, not with a person named in between.
 */
function coordinatedSubjectPerson(
  tokens: readonly Token[],
  context: AnaphorContext,
  at: number,
): string | undefined {
  const lower = tokens[at]?.lower;
  if (lower !== 'he' && lower !== 'she') return undefined;
  if (!['and', 'but'].includes(tokens[at - 1]?.lower ?? '') || tokens[at - 2]?.text !== ',') return undefined;
  const subject = context.localPersons[0];
  if (!subject || subject.last >= at || !isLowerWord(tokens[subject.last])) return undefined;
  return ownsOrActs(tokens[subject.last]) ? subject.id : undefined;
}

/** The person a pronoun at `at` means by the sentence's own build: a fronted phrase or ", and he". */
export const clausePerson = (
  tokens: readonly Token[],
  context: AnaphorContext,
  at: number,
): string | undefined =>
  frontedSubjectPerson(tokens, context, at) ?? coordinatedSubjectPerson(tokens, context, at);

const affiliation = (id: string, context: AnaphorContext): string | undefined =>
  context.lexicon.actors.get(id)?.affiliation;

/** Modifiers that make a title another's: "Russia's opposition leader", "the Sudanese rebel commander". */
const NOT_THE_STATES = new Set(['opposition', 'rebel', 'junta']);

/**
 * The title head after a state named at `last` ("Chad's president", "Burma's U.N. Ambassador"), when no
 * name follows the title.
 */
function unnamedTitleAfter(tokens: readonly Token[], last: number): number | undefined {
  let k = afterPossessive(tokens, last);
  for (const limit = k + 4; k < limit; k++) {
    const token = tokens[k];
    if (!token || NOT_THE_STATES.has(token.lower)) return undefined;
    if (!TITLE_HEADS.has(token.lower)) {
      if (!inTitle(token)) return undefined;
      continue;
    }
    // "Pakistan's prime minister, Shaukat Aziz,": a name after the title, maybe after a comma.
    const name = tokens[k + 1]?.text === ',' ? tokens[k + 2] : tokens[k + 1];
    return isCapitalisedWord(name) ? undefined : k;
  }
  return undefined;
}

/**
 * "Chad's president says his country …", "Ethiopia's prime minister accused Eritrea of destabilizing
 * his country": with no person named before it in this sentence, "he", "she" or a possessive means the
 * state whose unnamed holder of a title was named last (not "U.N." inside "Burma's U.N. Ambassador").
 */
export function unnamedTitleHolder(
  tokens: readonly Token[],
  context: AnaphorContext,
  at: number,
): string | undefined {
  if (!subjectOrPossessor(tokens, at) || context.localPersons.some((person) => person.last <= at))
    return undefined;
  let holder: string | undefined;
  let titleEnd = -1;
  for (const group of context.localGroups) {
    if (group.last > at) break;
    if (group.last <= titleEnd) continue;
    const head = unnamedTitleAfter(tokens, group.last);
    if (head === undefined) continue;
    holder = group.id;
    titleEnd = head;
  }
  // "Russian ambassador Mikhail Bely … The Russian ambassador says he told": the person remembered
  // from before, if that state's, is the one meant.
  const remembered = context.discourse.person;
  const same =
    remembered &&
    context.sentence - remembered.sentence <= 2 &&
    affiliation(remembered.id, context) === holder;
  return same ? undefined : holder;
}

/** The pair a plural anaphor names: the latest in this sentence, else a recent one before it. */
export function recentPair(
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

export function recentOne(
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
export function asStates(ids: readonly string[], lexicon: Lexicon): string[] {
  return ids.map((id) => {
    const actor = lexicon.actors.get(id);
    return actor?.kind === 'person' && actor.affiliation ? actor.affiliation : id;
  });
}

/** Verbs whose object is told something the subject says of itself: "informed the UN that it had left". */
const TELLING_VERBS = verbs('tell|inform|assure|notify');

/**
 * "Syria has informed the United Nations that it has withdrawn", "Baghdad told the UN Monday it will
 * allow": "it" right after the party told is the one who tells, not the party told. ("warned Eritrea
 * that it must comply" is about the one warned, so warnings are not among these verbs.)
 */
export function tellerOf(tokens: readonly Token[], at: number, context: AnaphorContext): string | undefined {
  let t = at - 1;
  if (tokens[t]?.lower === 'that') t--;
  if (WEEKDAYS.has(tokens[t]?.lower ?? '')) t--;
  const told = context.localThings.find((thing) => thing.last === t + 1);
  if (!told) return undefined;
  let verb = told.first - 1;
  if (tokens[verb]?.lower === 'the') verb--;
  if (!TELLING_VERBS.has(tokens[verb]?.lower ?? '')) return undefined;
  const teller = context.localThings.filter((thing) => thing.last <= verb).pop();
  if (!teller) return undefined;
  // Only its auxiliaries and adverbs stand between the teller and the verb: it is the verb's subject.
  for (let k = teller.last; k < verb; k++) {
    const word = tokens[k]?.lower ?? '';
    if (!AUXILIARIES.has(word) && !ADVERB_LIKE.has(word)) return undefined;
  }
  return teller.id;
}

const GOVERNMENT_FORCES = new Set(['forces', 'troops', 'soldiers']);

/** The home state "the government" or "government forces" at `at` means, if it stands alone. */
export function governmentOf(
  tokens: readonly Token[],
  at: number,
  context: AnaphorContext,
): string | undefined {
  const before = tokens[at - 1];
  const next = tokens[at + 1]?.lower ?? '';
  const alone =
    before?.lower === 'the'
      ? next !== 'of' && next !== 'in' // "the government of Sudan", "the government in Taiwan"
      : GOVERNMENT_FORCES.has(next) && (!before || isLowerWord(before));
  if (!alone) return undefined;
  const home = homeState(context.discourse);
  if (home) return home;
  // The first sentence to name a state may name it before the phrase: "In Nepal, Maoist rebels pursue
  // talks with the government".
  const states = context.localThings.filter(
    (t) => t.last <= at && context.lexicon.actors.get(t.id)?.kind === 'state',
  );
  return states.pop()?.id;
}

/**
 * "the rebel factions and their allies": a plural noun that names no actor, joined by "and" right
 * before "their", is what "their" refers to ("Ugandan forces and their allies" still names Uganda).
 */
export function ownsCommonNoun(tokens: readonly Token[], i: number, occupied: readonly boolean[]): boolean {
  const noun = tokens[i - 2];
  return (
    tokens[i - 1]?.lower === 'and' &&
    isLowerWord(noun) &&
    noun.lower.endsWith('s') &&
    !occupied[i - 2] &&
    !occupied[i - 3]
  );
}

/** Whether the token after a person makes them a possessor or a subject: "'s", or a verb-like word. */
export function ownsOrActs(next: Token | undefined): boolean {
  if (next?.kind === 'pos') return true;
  return (
    isLowerWord(next) && !PREPOSITIONS.has(next.lower) && !RELATIVES.has(next.lower) && next.lower !== 'and'
  );
}

/** How far after its actor's name an object pronoun may stand ("Win refused to meet with him"). */
const MAX_OBJECT_DISTANCE = 6;

/**
 * The person named last before `at` when a verb or a possessive follows the name, a few words before
 * and with no clause break on the way: the one acting on an object pronoun at `at`.
 */
export function actingPerson(
  tokens: readonly Token[],
  persons: ReadonlyArray<{ readonly last: number; readonly id: string }>,
  at: number,
): string | undefined {
  const person = persons.filter((p) => p.last <= at).pop();
  // "a letter to Sogavare asking him": a participle after a name may be someone else's.
  const next = tokens[person?.last ?? -1]?.lower ?? '';
  if (!person || at - person.last > MAX_OBJECT_DISTANCE || next.endsWith('ing')) return undefined;
  if (!ownsOrActs(tokens[person.last])) return undefined;
  for (let t = person.last; t < at; t++) if (BOUNDARY_PUNCT.has(tokens[t]?.text ?? '')) return undefined;
  return person.id;
}
