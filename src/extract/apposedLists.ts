/**
 * Lists and objects with a title or a word for allies set off after a possessive: "X and his Ecuadorian
 * counterpart, Rafael Correa", "met with Argentina's new president, Mauricio Macri", "X and its Saudi and
 * UAE allies". units.ts builds lists with them, partners.ts finds objects.
 */
import type { Token } from './tokenize';
import { isHyphenToken } from './tokenize';
import type { Item } from './units';
import { ALLY_PLURALS, TITLE_HEADS } from './words';

/** How many words a title set off by a comma may take: "Argentina's new pro-market president,". */
const MAX_APPOSED_TITLE = 7;

/**
 * The comma that closes a title starting at `from`, whose holder is named after it, or -1: words only (a
 * possessive, a hyphen), the last a title ("his Ecuadorian counterpart, Rafael Correa", "Argentina's
 * new president, Mauricio Macri").
 */
export function titledComma(tokens: readonly Token[], from: number): number {
  for (let t = from; t <= Math.min(from + MAX_APPOSED_TITLE, tokens.length - 1); t++) {
    const token = tokens[t] as Token;
    if (token.text === ',') return t > from && TITLE_HEADS.has(tokens[t - 1]?.lower ?? '') ? t : -1;
    if (token.kind === 'punct' && !isHyphenToken(token)) return -1;
  }
  return -1;
}

/** Whether only "and" or "as well as" stands from `from` to `to`: a possessive joined to a list. */
function joinedByAnd(tokens: readonly Token[], from: number, to: number): boolean {
  const joiner = tokens
    .slice(from, to)
    .map((token) => token.lower)
    .join(' ');
  return joiner === 'and' || joiner === ', and' || joiner === 'as well as' || joiner === ', as well as';
}

/**
 * The index of the item a possessive's title names after a comma, when "and" or "as well as" joins the
 * possessive to the list ("X and his Ecuadorian counterpart, Rafael Correa", "X as well as Venezuela's
 * leftist president, Hugo Chavez"); else -1.
 */
export function apposedHolder(
  items: readonly Item[],
  owner: number,
  tokens: readonly Token[],
  after: number,
): number {
  const own = items[owner] as Item;
  const possessive = tokens[own.last]?.kind === 'pos';
  if ((!own.possessivePronoun && !possessive) || !joinedByAnd(tokens, after, own.first)) return -1;
  const comma = titledComma(tokens, possessive ? own.last + 1 : own.last);
  if (comma < 0) return -1;
  for (let k = owner + 1; k < items.length; k++) {
    const item = items[k] as Item;
    if (item.first === comma + 1) return item.members.length === 1 ? k : -1;
    if (item.first > comma) return -1;
  }
  return -1;
}

/**
 * The items that name a possessive pronoun's allies, right before the word for them, when "and" joins the
 * pronoun to a list: "X and its Saudi and UAE allies"; else none.
 */
export function ownedAllies(
  items: readonly Item[],
  pronoun: number,
  tokens: readonly Token[],
  after: number,
): number[] {
  const own = items[pronoun] as Item;
  if (!joinedByAnd(tokens, after, own.first)) return [];
  const found: number[] = [];
  let at = own.last;
  for (let k = pronoun + 1; k < items.length; k++) {
    const item = items[k] as Item;
    const gap = tokens.slice(at, item.first).map((token) => token.lower);
    if (gap.length > 1 || (gap.length === 1 && gap[0] !== 'and' && gap[0] !== ',')) break;
    found.push(k);
    at = item.last;
  }
  return found.length > 0 && ALLY_PLURALS.has(tokens[at]?.lower ?? '') ? found : [];
}

/**
 * Whether "their" after ", and" closes a comma list of two or more ("warned Syria, Iran, Hezbollah,
 * and their Lebanese allies"): what the list owns is no member of it, and no other conjunction has
 * closed the list before.
 */
export function ownedByList(
  tokens: readonly Token[],
  candidate: Item,
  listed: number,
  lastAnd: number,
  after: number,
): boolean {
  return (
    listed >= 2 &&
    lastAnd === 0 &&
    candidate.possessivePronoun &&
    tokens[candidate.first]?.lower === 'their' &&
    joinedByAnd(tokens, after, candidate.first)
  );
}
