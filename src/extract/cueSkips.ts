/**
 * What a cue's `*` skips as one word, besides a word: a quantity phrase ("signed a series of economic
 * deals with"), a list of plain modifiers ("severed diplomatic, trade and travel ties with") or a place
 * ("talks in Oslo between").
 */
import { isCapitalisedWord, isLowerWord, type Token } from './tokenize';
import { CLAUSE_WORDS, QUANTITY_ADJECTIVES, QUANTITY_NOUNS } from './words';

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
 * the name only places what happened, so it stands for one skipped word.
 */
export function pastPlace(tokens: readonly Token[], at: number, blocked: readonly boolean[]): number {
  if (tokens[at]?.lower !== 'in' || blocked[at] || !blocked[at + 1]) return at;
  let end = at + 1;
  while (blocked[end]) end++;
  return end;
}
