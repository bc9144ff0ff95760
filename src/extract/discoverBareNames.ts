/**
 * People named in full without a title, where only a person can stand: as the one who speaks or acts
 * ("Federica Mogherini met Thursday with…", "…, Condoleezza Rice said"), after a closing "said"
 * ("…," said Javier Solana.) or as the one met ("when he meets with Enrique Pena Nieto"). News names
 * someone by title once and by bare name after, or the other way round, so titles alone miss many of
 * the people a passage is about.
 */
import type { ActorMention } from './lexicon';
import { nameAt, person, type Found } from './personNames';
import { isCapitalisedWord, type Token } from './tokenize';
import {
  BODY_HEADS,
  finiteVerbs,
  GENERIC_BODY_WORDS,
  HONORIFICS,
  TITLE_MODIFIERS,
  WEEKDAYS,
  words,
} from './words';

/** What a person, not a place or a body, does right after being named. */
const PERSON_VERBS = finiteVerbs(
  'say|tell|meet|urge|warn|accuse|visit|deny|announce|insist|add|ask|praise|criticize|criticise',
  'condemn|reject|speak|arrive',
);
/** Capitalised words of places and bodies, never of a person's name ("Human Rights Watch", "New York"). */
const NOT_PERSON_WORDS = words(
  'watch|rights|international|group|institute|foundation|bank|fund|times|post|news|press|street|square',
  'university|center|centre|city|island|islands|sea|river|north|south|east|west|new|united|republic',
  'kingdom|state|states|saint|san|santa|port|fort|mount|lake|gulf|bay|hong|kong|sao|paulo|los|las',
  // words that open a sentence capitalised: "But Jamous said…"
  'but|and|yet|so|also|however|meanwhile|still|then|now|later|earlier|both|when|while|after|before',
  'if|as|since|although|though|because|in|on|at|by|with|from|for|to|this|that|these|those|its|their',
  // those who report or comment, named with their job: "Reporter Heinlein says…" is no actor
  'reporter|correspondent|analyst',
);
/** A demonym or adjective ending: "Iranian Foreign…" opens a title, not a name. */
const ADJECTIVE_ENDING = /(?:ese|ian|ish|an)$/;
/** Words before "with" that make the name after it someone met: "meets with Enrique Pena Nieto". */
const MEETING_WORDS = new Set([...finiteVerbs('meet'), 'meeting', 'meetings', 'talks']);

/**
 * Cheap pre-check on the raw sentence: a capitalised name opening it or a clause, then a person's verb;
 * "said" or "met with" before a name.
 */
export const MAY_NAME_BARE = new RegExp(
  String.raw`(?:^|[,"“”'(—–])\s*\p{Lu}[\p{L}-]+(?: [\p{Lu}][\p{L}-]+){1,3} (?:\p{Lu}\p{Ll}+day )?(?:${[...PERSON_VERBS].join('|')})\b|\bsaid \p{Lu}|\b(?:${[...MEETING_WORDS].join('|')}) with \p{Lu}`,
  'u',
);

const OPENERS = new Set([',', '"', '“', '”', "'", '(', '—', '–']);

function looksLikePersonName(tokens: readonly Token[], from: number, to: number): boolean {
  const parts = tokens.slice(from, to).filter(isCapitalisedWord);
  if (parts.length < 2 || parts.length > 3) return false;
  return parts.every(
    (t) =>
      !BODY_HEADS.has(t.lower) &&
      !GENERIC_BODY_WORDS.has(t.lower) &&
      !TITLE_MODIFIERS.has(t.lower) &&
      !HONORIFICS.has(t.lower) && // "Mister Sharon said" is Sharon, named before
      !NOT_PERSON_WORDS.has(t.lower) &&
      !(parts.indexOf(t) === 0 && ADJECTIVE_ENDING.test(t.lower) && t.lower.length > 5),
  );
}

/** Where a bare name may open: the sentence's first word, or a word just after a comma or quote. */
function mayOpenName(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return before === undefined || OPENERS.has(before.text);
}

/** People named bare in one sentence's tokens, leaving names the lexicon already knows. */
export function barePersons(text: string, tokens: readonly Token[], known: readonly ActorMention[]): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalisedWord(tokens[i])) continue;
    if (i > 0 && isCapitalisedWord(tokens[i - 1])) continue;
    const end = nameAt(tokens, i);
    if (end === undefined) continue;
    if (!looksLikePersonName(tokens, i, end) || known.some((m) => m.first < end && i < m.last)) {
      i = end - 1;
      continue;
    }
    let verb = end;
    if (WEEKDAYS.has(tokens[verb]?.lower ?? '')) verb++; // "met Thursday with"
    const acts = mayOpenName(tokens, i) && PERSON_VERBS.has(tokens[verb]?.lower ?? '');
    // '"…," said Javier Solana.': the name closes the sentence or its clause.
    const saidBy =
      ['said', 'says'].includes(tokens[i - 1]?.lower ?? '') &&
      ['.', ',', undefined].includes(tokens[end]?.text);
    const met = tokens[i - 1]?.lower === 'with' && MEETING_WORDS.has(tokens[i - 2]?.lower ?? '');
    if (acts || saidBy || met) found.push(person(text, tokens, i, end));
    i = end - 1;
  }
  return found;
}
