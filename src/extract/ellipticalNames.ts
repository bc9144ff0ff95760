/**
 * Names that share their last words across a coordination: "North and South Korea" names North Korea
 * and South Korea, "Sunni and Shiite militias" does not (no actor is named "Sunni militias"). The first
 * conjunct is an actor only when the lexicon knows it written out in full.
 */
import type { ActorMention, Lexicon } from './lexicon';
import { isCapitalisedWord, type Token } from './tokenize';

const CONJUNCTIONS = new Set(['and', 'or', '&']);

/**
 * Adds to `mentions` (kept in order) the shortened first conjuncts before them: `named` tells which
 * actor, if any, a run of tokens names in full (its whole length).
 */
export function addShortenedConjuncts(
  tokens: readonly Token[],
  mentions: ActorMention[],
  lexicon: Lexicon,
  named: (words: readonly Token[], lexicon: Lexicon) => ActorMention | undefined,
): void {
  if (!mentions.some((m) => m.last - m.first > 1 && CONJUNCTIONS.has(tokens[m.first - 1]?.lower ?? '')))
    return;
  const found: ActorMention[] = [];
  const taken = (at: number) => mentions.some((m) => m.first <= at && at < m.last);
  for (const mention of mentions) {
    if (mention.last - mention.first < 2) continue;
    const head = mention.first - 2;
    const first = tokens[head];
    if (!CONJUNCTIONS.has(tokens[mention.first - 1]?.lower ?? '') || !isCapitalisedWord(first)) continue;
    if (taken(head) || isCapitalisedWord(tokens[head - 1])) continue;
    const whole = named([first, ...tokens.slice(mention.first + 1, mention.last)], lexicon);
    if (!whole || whole.actorId === mention.actorId) continue;
    found.push({ ...whole, first: head, last: head + 1 });
  }
  if (found.length === 0) return;
  mentions.push(...found);
  mentions.sort((a, b) => a.first - b.first);
}
