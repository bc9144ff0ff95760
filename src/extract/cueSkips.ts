/**
 * What a cue's `*` skips as one word, besides a word: a quantity phrase ("signed a series of economic
 * deals with"), a list of plain modifiers ("severed diplomatic, trade and travel ties with") or a place
 * ("talks in Oslo between", "the meeting at the Abuja airport between").
 */
import { isCapitalisedWord, isLowerWord, type Token } from './tokenize';
import {
  CLAUSE_WORDS,
  MONTHS,
  NUMBER_WORDS,
  QUANTITY_ADJECTIVES,
  QUANTITY_NOUNS,
  VENUE_NOUNS,
  WEEKDAYS,
  words,
} from './words';

/** Where "a series of", "a wide range of" at `at` ends, or `at` when none starts there. */
export function pastQuantity(tokens: readonly Token[], at: number, blocked: readonly boolean[]): number {
  const article = tokens[at]?.lower;
  if (article !== 'a' && article !== 'an') return at;
  let k = at + 1;
  if (QUANTITY_ADJECTIVES.has(tokens[k]?.lower ?? '')) k++;
  if (!QUANTITY_NOUNS.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of') return at;
  for (let t = at; t <= k + 1; t++) if (blocked[t]) return at;
  return k + 2;
}

/**
 * A word no actor or cue holds, and no conjunction: lower case, or capitalised inside a name no actor
 * holds ("sign Association and Free Trade Agreements").
 */
function isPlainWord(tokens: readonly Token[], t: number, blocked: readonly boolean[]): boolean {
  const token = tokens[t];
  return (isLowerWord(token) || isCapitalisedWord(token)) && !blocked[t] && !CLAUSE_WORDS.has(token.lower);
}

/** Where a list of plain words joined by commas and "and" at `at` ends ("trade and travel"), or `at`. */
export function pastModifierList(tokens: readonly Token[], at: number, blocked: readonly boolean[]): number {
  let t = at + 1;
  // Most words are followed by neither: test that first, as this runs at every step of every `*`.
  if (tokens[t]?.text !== ',' && tokens[t]?.lower !== 'and') return at;
  if (!isPlainWord(tokens, at, blocked)) return at;
  while (tokens[t]?.text === ',' && isPlainWord(tokens, t + 1, blocked)) t += 2;
  if (tokens[t]?.text === ',' && tokens[t + 1]?.lower === 'and') t++;
  return tokens[t]?.lower === 'and' && isPlainWord(tokens, t + 1, blocked) ? t + 2 : at;
}

/**
 * Where "in" and the actor's name after it end ("met in Baku with", "talks in Oslo between"), or `at`:
 * the name only places what happened, so it stands for one skipped word. A venue named by its place
 * ("the meeting at the Abuja airport between") is one word too.
 */
export function pastPlace(tokens: readonly Token[], at: number, blocked: readonly boolean[]): number {
  const preposition = tokens[at]?.lower;
  if ((preposition !== 'in' && preposition !== 'at') || blocked[at]) return at;
  const venue = preposition === 'at' && tokens[at + 1]?.lower === 'the';
  let end = venue ? at + 2 : at + 1;
  if (!blocked[end] || (preposition === 'at' && !venue)) return at;
  while (blocked[end]) end++;
  if (!venue) return end;
  return VENUE_NOUNS.has(tokens[end]?.lower ?? '') ? end + 1 : at;
}

const TIME_UNITS = words('day|days|week|weeks|weekend|month|months|year|years|decade|decades');
const DEICTIC = words('last|this|next');
const RELATIVE_TIME = words('ago|earlier|later|before');
const PARTS_OF_DAY = words('morning|afternoon|evening|night');

/**
 * Where a time named before a cue's last word ends ("met earlier this week with", "signed a truce six
 * months ago with", "held talks on Monday with"), or `at` when none starts there.
 */
export function pastTime(tokens: readonly Token[], at: number, blocked: readonly boolean[]): number {
  const word = (t: number): string => (blocked[t] ? '' : (tokens[t]?.lower ?? ''));
  let t = at;
  if (word(t) === 'on' && (WEEKDAYS.has(word(t + 1)) || MONTHS.has(word(t + 1)))) t++;
  if (WEEKDAYS.has(word(t))) return PARTS_OF_DAY.has(word(t + 1)) ? t + 2 : t + 1;
  if (word(t) === 'in' && /^(1[89]|20)\d\d$/.test(word(t + 1))) return t + 2;
  if (MONTHS.has(word(t)) && word(t) !== 'may' && /^\d{1,2}$/.test(word(t + 1))) return t + 2;
  if (
    (word(t) === 'earlier' || word(t) === 'later') &&
    DEICTIC.has(word(t + 1)) &&
    TIME_UNITS.has(word(t + 2))
  )
    return t + 3;
  if (DEICTIC.has(word(t)) && (TIME_UNITS.has(word(t + 1)) || WEEKDAYS.has(word(t + 1)))) return t + 2;
  const count = word(t) === 'a' || NUMBER_WORDS.has(word(t)) || /^\d+$/.test(word(t));
  if (count && TIME_UNITS.has(word(t + 1)) && RELATIVE_TIME.has(word(t + 2))) return t + 3;
  return at;
}
