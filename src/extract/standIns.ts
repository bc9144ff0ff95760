/**
 * People and bodies that stand for an actor: "representatives of the Syrian government", "officials
 * from Kenya", "negotiators from Iran" act for the state they come from, and "Netanyahu's security
 * cabinet", "the Obama administration" and "the government of President X" for the leader's state.
 * The actor's item is widened over the phrase, so the phrase sits where a plain name would: the subject
 * of its clause, or the object of a preposition ("met with representatives of X").
 */
import type { Lexicon } from './lexicon';
import { afterPossessive, type Token } from './tokenize';
import type { Item } from './units';
import {
  AUTHORED_NOUNS,
  DELEGATE_NOUNS,
  POSSESSIVE_PRONOUNS,
  STATE_GOVERNMENT_NOUNS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  TITLE_PLURALS,
} from './words';

/** "its envoys from Kabul": people someone else sent, from a place. */
const OWNERS: ReadonlySet<string> = new Set([...POSSESSIVE_PRONOUNS, "'s"]);
/** A leader's government, or country: "Netanyahu's security cabinet", "his country". */
const GOVERNMENTS = new Set(['government', 'cabinet', 'administration', 'country']);
/** Words allowed between the possessive and the government noun. */
const GOVERNMENT_MODIFIERS = new Set(['security', 'war', 'new', 'own', 'coalition', 'caretaker', 'interim']);

/**
 * Those who speak for the place they are in: "protested to officials in Harare", "met with leaders in
 * Moscow", "the new government in Belgrade is cooperating". Troops or diplomats in a place are someone
 * else's there.
 */
const IN_PLACE = new Set(['officials', 'leaders', 'government', 'authorities']);

/**
 * The first token of "officials from (the) X" / "representatives of (the) X" / "officials in X" before
 * the item at `first`.
 */
export function delegatesBefore(tokens: readonly Token[], first: number): number | undefined {
  let t = first - 1;
  if (tokens[t]?.lower === 'the') t--;
  const preposition = tokens[t]?.lower;
  const placed = preposition === 'in' && IN_PLACE.has(tokens[t - 1]?.lower ?? '');
  if (preposition !== 'from' && preposition !== 'of' && !placed) return undefined;
  let k = t - 1;
  const noun = tokens[k]?.lower ?? '';
  // "an initiative from the GCC that calls for Saleh to go": what comes from a body speaks for it.
  const authored = preposition === 'from' && AUTHORED_NOUNS.has(noun);
  if (!DELEGATE_NOUNS.has(noun) && !TITLE_PLURALS.has(noun) && !authored && !placed) return undefined;
  while (k > t - 4 && /^\p{Ll}+$/u.test(tokens[k - 1]?.text ?? '') && !OWNERS.has(tokens[k - 1]?.lower ?? ''))
    k--; // "senior officials from", not "its senior officials from"
  // "U.S. officials in Baghdad" are American: in a place, only officials no one else is named for.
  const owner = tokens[t - 2];
  if (placed && (owner?.kind === 'pos' || /^\p{Lu}/u.test(owner?.text ?? ''))) return undefined;
  return OWNERS.has(tokens[k - 1]?.lower ?? '') ? undefined : t - 1;
}

/** The token after "(security) cabinet" from `from`, or undefined. */
export function governmentNounEnd(tokens: readonly Token[], from: number): number | undefined {
  let t = from;
  while (t < from + 2 && GOVERNMENT_MODIFIERS.has(tokens[t]?.lower ?? '')) t++;
  return GOVERNMENTS.has(tokens[t]?.lower ?? '') ? t + 1 : undefined;
}

/** The token after "Netanyahu's (security) cabinet" or "the Obama administration", or undefined. */
function governmentAfter(tokens: readonly Token[], last: number): number | undefined {
  return governmentNounEnd(tokens, afterPossessive(tokens, last));
}

/** The state a person leads or serves, which "his government" and "Netanyahu's cabinet" stand for. */
export function stateOfPerson(id: string, lexicon: Lexicon): string | undefined {
  const actor = lexicon.actors.get(id);
  const state = actor?.affiliation ? lexicon.actors.get(actor.affiliation) : undefined;
  return actor?.kind === 'person' && state?.kind === 'state' ? state.id : undefined;
}

/** A word of a title before a name ("Prime", "Minister"); "of" there joins a government to the name. */
const titleWord = (word: string): boolean =>
  word !== 'of' && (TITLE_HEADS.has(word) || TITLE_MODIFIERS.has(word));

/**
 * The first token of "the government of (President) X" or "the regime of X" before a person's item at
 * `first`: the government is the state's, as "X's government" is.
 */
function governmentOfBefore(tokens: readonly Token[], first: number): number | undefined {
  let t = first - 1;
  while (t >= first - 3 && titleWord(tokens[t]?.lower ?? '')) t--;
  if (tokens[t]?.lower !== 'of' || !STATE_GOVERNMENT_NOUNS.has(tokens[t - 1]?.lower ?? '')) return undefined;
  return tokens[t - 2]?.lower === 'the' ? t - 2 : t - 1;
}

/** The mention items, widened over the stand-in phrases around them. */
export function widenStandIns(items: readonly Item[], tokens: readonly Token[], lexicon: Lexicon): Item[] {
  return items.map((item, index) => {
    const previous = items[index - 1];
    if (item.kind !== 'mention') return item;
    const from = delegatesBefore(tokens, item.first);
    if (from !== undefined && (!previous || previous.last <= from)) return { ...item, first: from };
    const member = item.members[0];
    const state = member ? stateOfPerson(member.actorId, lexicon) : undefined;
    const before = state ? governmentOfBefore(tokens, item.first) : undefined;
    if (member && state && before !== undefined && (!previous || previous.last <= before))
      return {
        ...item,
        members: [{ ...member, actorId: state, start: (tokens[before] as Token).start }],
        first: before,
        person: false,
      };
    const end = governmentAfter(tokens, item.last);
    if (member && state && end !== undefined) {
      const last = tokens[end - 1] as Token;
      return {
        ...item,
        members: [{ ...member, actorId: state, end: last.end }],
        last: end,
        person: false,
      };
    }
    return item;
  });
}
