/**
 * "refers to rebels fighting against X": a plural noun right before a gerund is its subject, and no
 * actor, so no actor further left acts through the gerund. "Kenyan troops", "Russia's forces", "both
 * envoys", "the two sides" and "spent months protesting" keep the actor they name or serve.
 */
import type { Token } from './tokenize';
import { BE_FORMS, COORDINATORS, DURATIONS, POINTING_BACK, VERB_HELPERS } from './words';

/** Whether the token at `noun` is a plural common noun that names no actor, before a gerund. */
export function nounSubjectOfGerund(
  tokens: readonly Token[],
  noun: number,
  unitEndingAt: (last: number) => { readonly first: number } | undefined,
): boolean {
  const word = tokens[noun];
  if (!word || !/^\p{Ll}+s$/u.test(word.text) || DURATIONS.has(word.lower)) return false;
  // "met Australia and is negotiating with": an auxiliary after "and" is a coordinated progressive,
  // which shares the clause's subject. Elsewhere "is" keeps blocking a subject further left, which
  // is often a clause away ("China, with strong ties to both, is urging").
  const auxiliary = BE_FORMS.has(word.lower) || VERB_HELPERS.has(word.lower);
  if (auxiliary && COORDINATORS.has(tokens[noun - 1]?.lower ?? '')) return false;
  // "Japan's Deputy Foreign Minister, Mitoji Yabunaka, is visiting Burma": a name set off by commas
  // right before the auxiliary is its subject.
  const apposed = auxiliary && tokens[noun - 1]?.text === ',' ? unitEndingAt(noun - 1) : undefined;
  if (apposed && tokens[apposed.first - 1]?.text === ',') return false;
  if (unitEndingAt(noun + 1)) return false;
  const owner = tokens[noun - 1]?.kind === 'pos' ? noun - 1 : noun;
  return !unitEndingAt(owner) && !POINTING_BACK.has(tokens[noun - 1]?.lower ?? '');
}
