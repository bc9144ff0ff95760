/**
 * Where a subordinate clause opens: its subject stands after the conjunction, so an actor before it
 * does not act in it ("Russia retreated after the army attacked Ukraine").
 */
import type { Token } from './tokenize';
import { isCapitalised } from './tokenize';
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  RELATIVES,
  SINCE_ADVERB_AFTER,
  STOP_RIGHT,
  SUBORDINATORS,
} from './words';

/** Conjunctions that are prepositions before a bare noun phrase: "after a meeting with X". */
const TIME_PREPOSITIONS = new Set(['after', 'before', 'until', 'since']);
const ARTICLES = new Set(['a', 'an', 'the']);
const MAX_CLAUSE_SCAN = 8;

/**
 * Whether a verb follows the noun phrase whose second word is at `from` ("after the talks
 * collapsed"), before a comma, "that" or the sentence's end; else the phrase is an adjunct ("after a
 * meeting with Iran that …"). A past form or an auxiliary marks the verb.
 */
function verbFollows(tokens: readonly Token[], from: number): boolean {
  for (let t = from; t < Math.min(tokens.length, from + MAX_CLAUSE_SCAN); t++) {
    const token = tokens[t] as Token;
    if (token.kind === 'punct' || RELATIVES.has(token.lower) || STOP_RIGHT.has(token.lower)) return false;
    if (token.kind !== 'word' || isCapitalised(token)) continue;
    if (AUXILIARIES.has(token.lower) || (t > from && token.lower.endsWith('ed'))) return true;
  }
  return true;
}

/**
 * Whether the token at `t` opens a subordinate clause. "once" does only before a clause ("once the
 * talks resume", "once Russia agrees"); before a noun phrase it is an adverb ("once allies").
 */
export function opensClause(tokens: readonly Token[], t: number): boolean {
  const lower = tokens[t]?.lower ?? '';
  if (!SUBORDINATORS.has(lower)) return false;
  if (TIME_PREPOSITIONS.has(lower) && ARTICLES.has(tokens[t + 1]?.lower ?? ''))
    return verbFollows(tokens, t + 2);
  // "has since courted": an adverb after an auxiliary.
  if (lower === 'since') return !SINCE_ADVERB_AFTER.has(tokens[t - 1]?.lower ?? '');
  if (lower !== 'once') return true;
  const next = tokens[t + 1];
  return next !== undefined && (CLAUSE_OPENERS.has(next.lower) || isCapitalised(next));
}
