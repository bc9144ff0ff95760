/**
 * "refers to rebels fighting against X": a plural noun right before a gerund is its subject, and no
 * actor, so no actor further left acts through the gerund. "Kenyan troops", "Russia's forces", "both
 * envoys", "the two sides" and "spent months protesting" keep the actor they name or serve.
 */
import type { Token } from './tokenize';
import { DURATIONS, POINTING_BACK } from './words';

/** Whether the token at `noun` is a plural common noun that names no actor, before a gerund. */
export function nounSubjectOfGerund(
  tokens: readonly Token[],
  noun: number,
  unitEndingAt: (last: number) => unknown,
): boolean {
  const word = tokens[noun];
  if (!word || !/^\p{Ll}+s$/u.test(word.text) || DURATIONS.has(word.lower)) return false;
  if (unitEndingAt(noun + 1)) return false;
  const owner = tokens[noun - 1]?.kind === 'pos' ? noun - 1 : noun;
  return !unitEndingAt(owner) && !POINTING_BACK.has(tokens[noun - 1]?.lower ?? '');
}
