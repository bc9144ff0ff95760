/**
 * "The two Koreas", "both Sudans", "the two Congos": a plural of the word two state names share names
 * that pair of states. Only a word exactly two states' names end in counts ("the two Guineas" would be
 * three), and never a generic head noun ("the two republics").
 */
import type { Lexicon } from './lexicon';

/** Common nouns that end state names: they name a kind, not a namesake pair. */
const GENERIC_HEADS = new Set([
  'republic',
  'islands',
  'island',
  'states',
  'kingdom',
  'emirates',
  'federation',
]);

const cache = new WeakMap<Lexicon, ReadonlyMap<string, readonly string[]>>();

/** States by the last word of their name, lower case, for words shared by exactly two states. */
function namesakePairs(lexicon: Lexicon): ReadonlyMap<string, readonly string[]> {
  const known = cache.get(lexicon);
  if (known) return known;
  const byHead = new Map<string, string[]>();
  for (const actor of lexicon.actors.values()) {
    if (actor.kind !== 'state' || actor.discovered) continue;
    const head = actor.label.split(/\s+/).pop()?.toLowerCase();
    if (!head || GENERIC_HEADS.has(head)) continue;
    byHead.set(head, [...(byHead.get(head) ?? []), actor.id]);
  }
  const pairs = new Map([...byHead].filter(([, ids]) => ids.length === 2));
  cache.set(lexicon, pairs);
  return pairs;
}

/** The two states a capitalised plural names ("Koreas"), or undefined. */
export function namesakePair(word: string, lexicon: Lexicon): readonly string[] | undefined {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return undefined;
  return namesakePairs(lexicon).get(word.slice(0, -1).toLowerCase());
}
