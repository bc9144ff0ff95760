/**
 * How an alias's token matches the text's (case, capitals, an acronym written as a word), and checks on
 * a lexicon match before it becomes a mention: a name that only describes the noun after it
 * ("Pakistan-based"), a capital that names a document ("the Helsinki Agreement"), a word inside a
 * longer name, and a capital written with its own state ("Bucharest, Romania"), which is one place,
 * not two actors, an acronym that is a word in copy set in capitals, and how a document's own name
 * overlaps a known one.
 */
import { editDistance } from '../domain/editDistance';
import type { ActorMention, Lexicon, LexiconActor } from './lexicon';
import { isCapitalisedWord, isHyphenToken, type Token } from './tokenize';
import { DETERMINERS, DOCUMENT_NOUNS, DESCRIBING_SUFFIXES, PREPOSITIONS, words } from './words';

/**
 * "Pakistan-based", "London-born", "an Iraq-style war", "the UN-certified winner", "AU-mediated talks",
 * "al-Qaida-linked militants": the name describes the noun after it (where, what like, by whom
 * vouched for or tied to), and is no actor of the clause.
 */
export function describingModifier(tokens: readonly Token[], after: number): boolean {
  return isHyphenToken(tokens[after]) && DESCRIBING_SUFFIXES.has(tokens[after + 1]?.lower ?? '');
}

const CURRENCY_NOUNS = words('dollar|dollars|yuan|yen|ruble|rubles|rouble|roubles|rupee|rupees|currency');
/**
 * "15 billion U.S. dollars of lending to Africa", "the Chinese currency": the name says whose money it
 * is, and the money is no actor of the clause (China lends to Africa, not to the United States).
 */
export const namesCurrency = (tokens: readonly Token[], after: number): boolean =>
  CURRENCY_NOUNS.has(tokens[after]?.lower ?? '');

/** Nouns for the states that were once part of a union: "the former Soviet republics". */
const MEMBER_STATE_NOUNS = new Set(['republic', 'republics', 'states', 'nations', 'countries']);

/**
 * "the two former Soviet republics", "the ex-Yugoslav states": a name after "former" or "ex-" that
 * describes states once in its union names those states, not the union. Before "of" it stays, as the
 * states are named there ("the ex-Soviet republics of Georgia and Moldova", partners.ts).
 */
export function formerMembers(tokens: readonly Token[], first: number, after: number): boolean {
  if (!MEMBER_STATE_NOUNS.has(tokens[after]?.lower ?? '') || tokens[after + 1]?.lower === 'of') return false;
  const before = isHyphenToken(tokens[first - 1]) ? tokens[first - 2] : tokens[first - 1];
  return before?.lower === 'former' || before?.lower === 'ex';
}

/** "the Helsinki Agreement", "the Minsk agreements": a capital names the document, not its state. */
export const namesDocument = (aliasType: string, tokens: readonly Token[], after: number): boolean =>
  aliasType === 'capital' && DOCUMENT_NOUNS.has(tokens[after]?.lower ?? '');

/** Acronyms that spell a common word: "WHO", "US". */
const WORD_ACRONYMS = new Set(['who', 'us']);
const inCapitals = (token: Token | undefined): boolean =>
  token?.kind === 'word' && token.text.length > 1 && isAllCaps(token.text);

/**
 * "MOTHERS WHO LOST SONS", "TOLD US": in copy set in capitals, such an acronym after a word other than
 * "the" is that word, not the World Health Organization or the United States.
 */
export function capitalsWord(tokens: readonly Token[], at: number, length: number): boolean {
  const token = tokens[at];
  const before = tokens[at - 1];
  return (
    length === 1 &&
    WORD_ACRONYMS.has(token?.lower ?? '') &&
    inCapitals(token) &&
    inCapitals(before) &&
    before?.lower !== 'the'
  );
}

/** A word not part of a longer name ("Columbia University"); the first word of a sentence may precede it. */
export function standalone(tokens: readonly Token[], at: number): boolean {
  if (isCapitalisedWord(tokens[at + 1])) return false;
  const before = tokens[at - 1];
  if (!isCapitalisedWord(before)) return true;
  // Only a sentence's capitalised first word may stand before it: "In Afganistan", not "David Cameron".
  return at === 1 && (PREPOSITIONS.has(before.lower) || DETERMINERS.has(before.lower));
}

/** What may follow "Bucharest, Romania" as a place: a stop or a preposition ("In Moscow, Russia attacked" is a clause). */
const placeEnds = (next: Token | undefined): boolean =>
  next === undefined || [',', '.', ';', ')'].includes(next.text) || PREPOSITIONS.has(next.text);

/**
 * "a summit in Bucharest, Romania": a capital, a comma and its own state write one place, not two
 * mentions of an actor. Both go, so the place is never taken as a subject or an object.
 */
export function dropCityCountryPlaces(tokens: readonly Token[], mentions: ActorMention[]): void {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const city = mentions[k] as ActorMention;
    // After a pair is dropped at the end, the mention before it has none after it.
    const state = mentions[k + 1];
    if (
      state !== undefined &&
      city.aliasType === 'capital' &&
      state.actorId === city.actorId &&
      state.first === city.last + 1 &&
      tokens[city.last]?.text === ',' &&
      placeEnds(tokens[state.last])
    )
      mentions.splice(k, 2);
  }
}

export const overlaps = (a: ActorMention, b: ActorMention): boolean => a.first < b.last && b.first < a.last;

/** A known name inside a document's own longer one, unless it is the same person's surname. */
export function inside(
  inner: ActorMention,
  outer: ActorMention,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  return (
    outer.first <= inner.first &&
    inner.last <= outer.last &&
    outer.last - outer.first > inner.last - inner.first &&
    !(
      inner.aliasType === 'surname' &&
      inner.last === outer.last &&
      sameGivenName(lexicon.actors.get(inner.actorId)?.label, tokens.slice(outer.first, inner.first))
    )
  );
}

/**
 * "President Kabila" after "President Laurent Kabila": a surname the document gave one person, named in
 * full before, is that person, not the other known person the lexicon gives it to (Joseph Kabila).
 */
export function renamed(known: ActorMention, own: ActorMention, lexicon: Lexicon): boolean {
  if (own.aliasType !== 'surname' || own.first !== known.first || own.last !== known.last) return false;
  const other = lexicon.actors.get(known.actorId);
  const named = lexicon.actors.get(own.actorId);
  if (other?.kind !== 'person' || named?.kind !== 'person' || other.id === named.id) return false;
  // "Bashar Assad" found in the text is Bashar al-Assad spelt otherwise, not another person.
  const given = (actor: LexiconActor): string => actor.label.split(/\s+/)[0]?.toLowerCase() ?? '';
  return editDistance(given(other), given(named)) > 2;
}

/** A given name written before a known surname is the known person's own, maybe spelt otherwise. */
function sameGivenName(label: string | undefined, before: readonly Token[]): boolean {
  const given = label?.split(/\s+/)[0]?.toLowerCase();
  if (!given) return true;
  return before.some(
    (token) => editDistance(token.lower, given) <= Math.max(2, Math.floor(given.length / 3)),
  );
}

function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

export function tokenMatches(aliasToken: Token, token: Token, caseSensitive: boolean): boolean {
  if (aliasToken.kind === 'pos') return token.kind === 'pos';
  if (!caseSensitive || aliasToken.text === aliasToken.lower) return aliasToken.lower === token.lower;
  if (aliasToken.text === token.text) return true;
  // A headline in capitals: "RUSSIA" still names Russia, but "US" must not match "us".
  return aliasToken.text.length >= 4 && isAllCaps(token.text) && aliasToken.text.toUpperCase() === token.text;
}

/**
 * "Jem", "Unesco": an acronym of three letters or more written as a word, as some papers do; only after
 * a word, so a sentence's or a quotation's first word ("Who knows?") is no WHO.
 */
export function titleCaseAcronym(aliasToken: Token, tokens: readonly Token[], at: number): boolean {
  const text = aliasToken.text;
  const token = tokens[at] as Token;
  return (
    tokens[at - 1]?.kind === 'word' &&
    text.length >= 3 &&
    /^\p{Lu}+$/u.test(text) &&
    token.text === text[0] + text.slice(1).toLowerCase()
  );
}
