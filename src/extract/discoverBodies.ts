/**
 * Bodies a document names without a bracketed acronym: a proper name that ends in a body's head noun
 * ("the rebel Lords Resistance Army", "the African National Congress", "Sudan Liberation Army") or
 * starts with one ("Movement for Democratic Change"), and an armed group named by its own name before
 * "rebels" ("Moro Islamic rebels"). News names most parties, movements and armed groups this way, and
 * the lexicon cannot list them all.
 */
import { slugify } from '../domain/ids';
import type { ActorKind } from '../domain/types';
import type { ActorMention, LexiconActor } from './lexicon';
import { isCapitalisedWord, isHyphenToken, type Token } from './tokenize';
import { phraseMatches } from './units';
import {
  BODY_HEADS,
  BODY_NOUNS,
  FIGHTER_NOUNS,
  GENERIC_BODY_WORDS,
  GROUP_NOUNS,
  NOT_NAMES,
  WEEKDAYS,
} from './words';

/** Words that may join the capitalised words of one name: "Justice and Equality Movement". */
const JOINERS = new Set(['of', 'for', 'and', 'de', '&']);
const MAX_NAME_TOKENS = 8;
/** The joiners after a head noun that opens a name. */
const HEAD_FIRST_JOINERS = new Set(['of', 'for', 'de']);

const covering = (known: readonly ActorMention[], at: number) =>
  known.find((m) => m.first <= at && at < m.last);

/** Runs of capitalised words and the joiners between them, as token ranges [start, end). */
function capitalisedRuns(tokens: readonly Token[]): Array<readonly [number, number]> {
  const runs: Array<readonly [number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalisedWord(tokens[i]) || tokens[i]?.lower === 'the') {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && end - i < MAX_NAME_TOKENS) {
      const token = tokens[end] as Token;
      // "the Council of Grand Chiefs Wednesday": a weekday is a time, never part of a name.
      if (isCapitalisedWord(token) && token.lower !== 'the' && !WEEKDAYS.has(token.lower)) end++;
      else if (JOINERS.has(token.lower) && isCapitalisedWord(tokens[end + 1])) end += 2;
      // "the Ethiopia-Eritrea Boundary Commission": a hyphen between two capitalised words.
      else if (isHyphenToken(token) && isCapitalisedWord(tokens[end + 1])) end += 2;
      // "Sudan People's Liberation Movement": only that possessive sits inside a name.
      else if (token.kind === 'pos' && tokens[end - 1]?.lower === 'people') end++;
      else break;
    }
    runs.push([i, end]);
    i = end;
  }
  return runs;
}

/** The initials of a name's capitalised words, when they make an acronym of three letters or more. */
function acronymOf(words: readonly Token[]): string | undefined {
  const letters = words
    .filter((t) => isCapitalisedWord(t) && !JOINERS.has(t.lower))
    .map((t) => t.text[0] ?? '');
  return letters.length >= 3 ? letters.join('').toUpperCase() : undefined;
}

function body(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  kind: ActorKind,
): LexiconActor {
  const label = text.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end);
  const acronym = acronymOf(tokens.slice(from, to));
  return {
    id: slugify(label),
    label,
    kind,
    aliases: acronym ? [{ text: acronym, type: 'abbreviation' }] : [],
    discovered: true,
  };
}

/**
 * A name is a body's when its head noun closes it (or opens it, before "for" or "of") and it has a
 * word of its own besides the head, known actors and generic words: "Russian Army", "Iraqi Security
 * Forces" and "U.S. Congress" stay their state.
 */
function namedBody(
  text: string,
  tokens: readonly Token[],
  [start, end]: readonly [number, number],
  known: readonly ActorMention[],
): LexiconActor | undefined {
  const first = tokens[start] as Token;
  const last = tokens[end - 1] as Token;
  const headLast = BODY_HEADS.has(last.lower);
  // "Movement for Democratic Change", not "Association and Free Trade Agreements".
  const headFirst = BODY_HEADS.has(first.lower) && HEAD_FIRST_JOINERS.has(tokens[start + 1]?.lower ?? '');
  if ((!headLast && !headFirst) || end - start < 2) return undefined;
  const head = headLast ? last : first;
  // A known actor's own name ("the Arab League", "the African Union and the Arab League") is not new.
  if (covering(known, headLast ? end - 1 : start)) return undefined;
  const own = tokens
    .slice(start, end)
    .filter(
      (t, k) =>
        t !== head &&
        isCapitalisedWord(t) &&
        !JOINERS.has(t.lower) &&
        !GENERIC_BODY_WORDS.has(t.lower) &&
        !NOT_NAMES.has(t.lower) &&
        !covering(known, start + k),
    );
  if (own.length === 0) return undefined;
  return body(text, tokens, start, end, GROUP_NOUNS.has(head.lower) ? 'group' : 'organization');
}

/** "Moro Islamic rebels": capitalised words of no known actor before a word for fighters. */
function namedFighters(
  text: string,
  tokens: readonly Token[],
  [runStart, end]: readonly [number, number],
  known: readonly ActorMention[],
): LexiconActor | undefined {
  let start = runStart;
  const noun = tokens[end];
  if (!noun || !FIGHTER_NOUNS.has(noun.text)) return undefined;
  // "Shi'ite rebels known as the Houthis": the name after is theirs, not "Shi'ite rebels".
  if (namedAfterNoun(tokens, end)) return undefined;
  // Only the words after the run's last joiner or known actor: "Norway and Moro Islamic rebels".
  for (let k = end - 1; k >= start; k--)
    if (JOINERS.has((tokens[k] as Token).lower) || covering(known, k)) {
      start = k + 1;
      break;
    }
  if (start >= end || end - start > 3) return undefined;
  const words = tokens.slice(start, end);
  if (
    words.some(
      (t, k) => covering(known, start + k) || GENERIC_BODY_WORDS.has(t.lower) || NOT_NAMES.has(t.lower),
    )
  )
    return undefined;
  const core = text.slice((tokens[start] as Token).start, (tokens[end - 1] as Token).end);
  const found = body(text, tokens, start, end + 1, 'group');
  // The same fighters under another of those words ("Moro Islamic guerrillas"), or by the first word
  // of their name ("Moro rebels"), are the same actor.
  const cores = [core, ...(end - start > 1 ? [(tokens[start] as Token).text] : [])];
  const others = cores
    .flatMap((name) => [...FIGHTER_NOUNS].map((n) => `${name} ${n}`))
    .filter((name) => name !== found.label);
  return { ...found, aliases: others.map((text) => ({ text, type: 'alt' as const })) };
}

/** "known as" or "called" right after the noun at `noun`, or after a comma there. */
function namedAfterNoun(tokens: readonly Token[], noun: number): boolean {
  const at = tokens[noun + 1]?.text === ',' ? noun + 2 : noun + 1;
  return tokens[at]?.lower === 'called' || phraseMatches(tokens, at, ['known', 'as']);
}

/** The bodies a sentence's tokens name that the lexicon does not know. */
export function namedBodies(
  text: string,
  tokens: readonly Token[],
  known: readonly ActorMention[],
): LexiconActor[] {
  const found: LexiconActor[] = [];
  for (const run of capitalisedRuns(tokens)) {
    // "the North Atlantic Treaty Alliance (NATO)": a known actor named in the brackets after it.
    const end = run[1];
    if (tokens[end]?.text === '(' && known.some((m) => m.first === end + 1)) continue;
    const actor = namedBody(text, tokens, run, known) ?? namedFighters(text, tokens, run, known);
    if (actor) found.push(actor);
  }
  return found;
}

/** Nouns for a body whose name follows "known as" or "called": "a rebel coalition known as Seleka". */
const NAMED_BODY_NOUNS = new Set([...BODY_NOUNS, ...GROUP_NOUNS, ...FIGHTER_NOUNS, 'faction']);
/** A sentence that may name a body so: only these are searched for one. */
export const MAY_NAME_CALLED = /\b(?:known as|called)\b/u;

/** How far before a body noun its article may stand: "a new rebel group called …". */
const MAX_NOUN_MODIFIERS = 3;

/** Whether "a" or "an" opens the noun phrase that ends at `noun`, past a few plain words. */
function indefiniteBefore(tokens: readonly Token[], noun: number): boolean {
  for (let t = noun - 1; t >= Math.max(0, noun - MAX_NOUN_MODIFIERS - 1); t--) {
    const token = tokens[t];
    if (token?.lower === 'a' || token?.lower === 'an') return true;
    if (token?.kind !== 'word' || token.lower === 'the') return false;
  }
  return false;
}

/**
 * "The rebel group, known as Seleka, began …", "rebels known as the National Liberation Army": the
 * capitalised name after "known as" or "called" that follows a noun for a body names one.
 */
export function calledBodies(
  text: string,
  tokens: readonly Token[],
  known: readonly ActorMention[],
): LexiconActor[] {
  const found: LexiconActor[] = [];
  for (const [start, end] of capitalisedRuns(tokens)) {
    let at = start - 1;
    if (tokens[at]?.lower === 'the') at--;
    const called =
      tokens[at]?.lower === 'called' ? at : phraseMatches(tokens, at - 1, ['known', 'as']) ? at - 1 : -1;
    if (called < 0) continue;
    const nounAt = tokens[called - 1]?.text === ',' ? called - 2 : called - 1;
    const noun = tokens[nounAt];
    if (!noun || !NAMED_BODY_NOUNS.has(noun.lower)) continue;
    // "The party called Smith a traitor": after a subject, "called" may be its verb; "a group called"
    // names.
    if (called === at && !indefiniteBefore(tokens, nounAt)) continue;
    const words = tokens.slice(start, end);
    if (words.some((t, k) => covering(known, start + k) || NOT_NAMES.has(t.lower))) continue;
    const organisation = noun.lower === 'organization' || noun.lower === 'organisation';
    found.push(body(text, tokens, start, end, organisation ? 'organization' : 'group'));
  }
  return found;
}

/** Peoples a news story may name by the state they live in, plural and capitalised. */
const PEOPLES: ReadonlySet<string> = new Set(
  'Kurds Serbs Croats Albanians Arabs Tamils Hutus Tutsis Uighurs Uyghurs Pashtuns Shiites Sunnis Druze Alawites'.split(
    ' ',
  ),
);
/** A sentence that may name such a people: only these are searched for one. */
export const MAY_NAME_PEOPLE = new RegExp(`\\b(?:${[...PEOPLES].join('|')})\\b`, 'u');

/**
 * A people named by the state it lives in, "Bosnian Serbs", "Syrian Kurds", "Kosovo Albanians": a party
 * of its own, neither that state nor the one its second word may name ("Serbs" names Serbia alone).
 */
export function statePeoples(
  text: string,
  tokens: readonly Token[],
  known: readonly ActorMention[],
): LexiconActor[] {
  const found: LexiconActor[] = [];
  for (const mention of known) {
    const noun = tokens[mention.last];
    if (!noun || !PEOPLES.has(noun.text) || mention.last - mention.first !== 1) continue;
    if (mention.aliasType !== 'demonym' && mention.aliasType !== 'name') continue;
    found.push(body(text, tokens, mention.first, mention.last + 1, 'group'));
  }
  return found;
}
