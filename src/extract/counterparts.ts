/**
 * "his Russian counterpart", "her French counterpart", "the French president": the person who holds
 * the matching office in that state, named earlier in the text. The passage has usually introduced
 * them ("South Korean President Moon … North Korean leader Kim Jong Un … Moon's offer of talks with
 * his North Korean counterpart"); when it has not, the phrase stays the state, as a demonym does
 * elsewhere.
 */
import type { Lexicon } from './lexicon';
import type { Token } from './tokenize';
import type { Item } from './units';
import { isCapitalisedWord, isInnerHyphen, isLowerWord, isPossessiveMark } from './tokenize';
import { isTitleWord } from './personNames';
import { RESOLVED_POSSESSIVES, TITLE_HEADS } from './words';

/** The last person named for each state, by the state's id. */
export type LeadersByState = Map<string, string>;

/** Remember a person named in a sentence under the state they are affiliated to. */
export function noteLeader(leaders: LeadersByState, personId: string, lexicon: Lexicon): void {
  const state = lexicon.actors.get(personId)?.affiliation;
  if (state !== undefined) leaders.set(state, personId);
}

/** Leaders' offices "the <demonym> …" names a state's person by; two-word ones by their first word. */
const LEADER_OFFICES = new Set([
  'president',
  'leader',
  'premier',
  'chancellor',
  'king',
  'emir',
  'prime',
  'foreign',
  'diplomat', // "the top U.S. diplomat": the secretary of state, or whoever was named for it
]);
/** Words between "the" and the demonym of an office: "the top U.S. diplomat". */
const OFFICE_RANKS = new Set(['top', 'chief']);
const SECOND_WORDS = new Set(['minister']);

/**
 * The end (exclusive) of an office after a demonym ("the French president", "the Indian prime
 * minister"), or undefined. Not when a name follows: "the French President Nicolas Sarkozy" is named.
 */
function officeEnd(tokens: readonly Token[], at: number): number | undefined {
  const word = tokens[at]?.lower ?? '';
  if (!LEADER_OFFICES.has(word)) return undefined;
  const two = word === 'prime' || word === 'foreign';
  if (two && !SECOND_WORDS.has(tokens[at + 1]?.lower ?? '')) return undefined;
  const end = two ? at + 2 : at + 1;
  const after = tokens[end];
  // "President-elect Chen Shui-bian": the office runs on past the hyphen.
  if (isInnerHyphen(tokens, end)) return undefined;
  return after?.kind === 'word' && /^\p{Lu}/u.test(after.text) ? undefined : end;
}

/** The end of an office after a state's possessive mark at `mark`: "'s top diplomat", "' president". */
function possessiveOfficeEnd(tokens: readonly Token[], mark: number): number | undefined {
  if (!isPossessiveMark(tokens, mark)) return undefined;
  const at = OFFICE_RANKS.has(tokens[mark + 1]?.lower ?? '') ? mark + 2 : mark + 1;
  return officeEnd(tokens, at);
}

/** Adjectives a possessive may put before the demonym: "his visiting Belarusian counterpart". */
const MAX_OWNER_ADJECTIVES = 2;

/**
 * Where the possessive pronoun that owns a counterpart phrase stands ("his" in "his Russian counterpart",
 * "his new Belarusian counterpart"), past lower-case words only; undefined when none does.
 */
function ownerBefore(tokens: readonly Token[], first: number): number | undefined {
  for (let at = first - 1; at >= Math.max(0, first - 1 - MAX_OWNER_ADJECTIVES); at--) {
    const token = tokens[at];
    if (RESOLVED_POSSESSIVES.has(token?.lower ?? '')) return at;
    if (!isLowerWord(token)) return undefined;
  }
  return undefined;
}

/** Tokens that close a name set off after an office: "Myanmar's President, Thein Sein." */
const APPOSITION_ENDS = new Set([',', '.', ';', ')']);

/**
 * "Myanmar's President, Thein Sein.": a person named right after the office and its comma, and closed
 * by punctuation, holds it. Not "During his meeting with the NATO leader, Acting President Putin said":
 * a name that opens the next clause.
 */
function apposedName(items: readonly Item[], tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  const named = items.find((other) => other.first === end + 1);
  return (
    named?.person === true &&
    (named.last >= tokens.length || APPOSITION_ENDS.has(tokens[named.last]?.text ?? ''))
  );
}

/**
 * Demonym items followed by "counterpart" or an office, widened over it and standing for that
 * state's person.
 */
export function resolveCounterparts(
  items: readonly Item[],
  tokens: readonly Token[],
  known: ReadonlyMap<string, string> | undefined,
  lexicon: Lexicon,
): Item[] {
  // A person named earlier in the same sentence is the latest of their state: "honoring visiting
  // Indian Prime Minister Vajpayee … as Wen greeted his Indian counterpart".
  const local: LeadersByState = new Map();
  return items.map((item) => {
    const member = item.members[0];
    if (item.kind !== 'mention' || item.members.length !== 1 || !member) return item;
    if (item.person) noteLeader(local, member.actorId, lexicon);
    const ranked = OFFICE_RANKS.has(tokens[item.first - 1]?.lower ?? '');
    const article = item.first - (ranked ? 2 : 1);
    // A short name may give an office as a demonym does: "the U.S. president", "the top U.S. diplomat";
    // so may a state's possessive: "America's top diplomat", "the United States' top diplomat".
    const byArticle = tokens[article]?.lower === 'the' ? officeEnd(tokens, item.last) : undefined;
    const byPossessive =
      byArticle === undefined && !member.flags.includes('demonym')
        ? possessiveOfficeEnd(tokens, item.last)
        : undefined;
    const titleEnd = byArticle ?? byPossessive;
    const counterpart = tokens[item.last]?.lower === 'counterpart' && member.flags.includes('demonym');
    if (!counterpart && titleEnd === undefined) return item;
    if (titleEnd !== undefined && apposedName(items, tokens, titleEnd)) return item;
    const person = local.get(member.actorId) ?? known?.get(member.actorId);
    if (person === undefined) return item;
    // The possessive or article is part of the phrase ("his Russian counterpart" is Putin, not Xi's Putin).
    const owner = ownerBefore(tokens, item.first);
    const first = owner ?? (byArticle !== undefined ? article : item.first);
    const last = titleEnd ?? item.last + 1;
    return {
      ...item,
      members: [
        {
          ...member,
          actorId: person,
          start: (tokens[first] as Token).start,
          end: (tokens[last - 1] as Token).end,
          flags: ['coref'],
        },
      ],
      first,
      last,
      person: true,
    };
  });
}

/**
 * "his Armenian counterpart, Serzh Sarkisyan", "his Turkish counterpart Mevlut Cavusoglu": the person
 * named right after, past a comma or a title, is the counterpart, so the phrase joins that person's item
 * (and "and" before it joins a list). A titled person's item also takes the title and the states that
 * give it, and the state after "of": "Saudi King Salman", "Paul Kagame of Rwanda". So does an armed
 * group's item take the demonym right before it: "Ugandan Lord's Resistance Army rebels" is the group,
 * not Uganda too.
 */
export function widenPersons(items: readonly Item[], tokens: readonly Token[], lexicon: Lexicon): Item[] {
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as Item;
    const next = items[k + 1];
    const counterpart =
      item.kind === 'mention' &&
      item.members[0]?.flags.includes('demonym') &&
      tokens[item.last]?.lower === 'counterpart' &&
      next?.person === true &&
      namedAfter(tokens, item.last + 1, next.first);
    if (counterpart && next) {
      out.push({ ...next, first: ownerBefore(tokens, item.first) ?? item.first });
      k++;
    } else if (item.person) {
      const first = titleStart(tokens, item.first);
      // "the Greek Cypriot President Demetris Christofias": the demonyms that give the title are his.
      while (isDemonym(out[out.length - 1]) && (out[out.length - 1] as Item).first >= first) out.pop();
      const free = (out[out.length - 1]?.last ?? 0) <= first;
      // "Paul Kagame of Rwanda": the state after "of" is the person's own, not a member of a list.
      const of = tokens[item.last]?.lower === 'of' && next && affiliationAfterOf(tokens, item.last, next);
      out.push({ ...item, first: free ? first : item.first, ...(of && next ? { last: next.last } : {}) });
      if (of) k++;
    } else if (
      namesGroup(item, lexicon) &&
      isDemonym(out[out.length - 1]) &&
      out[out.length - 1]?.last === item.first
    ) {
      out.push({ ...item, first: (out.pop() as Item).first });
    } else out.push(item);
  }
  return out;
}

/**
 * Where a person's title starts before the name, when its words are no item of their own: "Saudi
 * King Salman", "his Saudi counterpart Prince Faisal". The phrase is that person's, so "between
 * Iranian President Hassan Rouhani and Saudi King Salman" lists two people. `first` itself when no
 * title stands there.
 */
function titleStart(tokens: readonly Token[], first: number): number {
  let t = first - 1;
  // A lower-case head counts only after the state that gives it: "Turkish Cypriot leader Mehmet Ali Talat".
  let lowerHead = false;
  while (isTitleWord(tokens[t]) || TITLE_HEADS.has(tokens[t]?.lower ?? '')) {
    if (!isTitleWord(tokens[t])) lowerHead = true;
    t--;
  }
  if (tokens[t]?.lower === 'counterpart') t--;
  if (t === first - 1) return first;
  // The state that gives the title: "Saudi", "Iranian", "Solomon Islands" (capitalised words).
  const giver = t;
  while (giver - t < 3 && /^\p{Lu}/u.test(tokens[t]?.text ?? '') && tokens[t]?.kind === 'word') t--;
  // "his counterpart Dmitry Medvedev": a possessive may give a lower-case title too.
  if (lowerHead && t === giver && !RESOLVED_POSSESSIVES.has(tokens[t]?.lower ?? '')) return first;
  return RESOLVED_POSSESSIVES.has(tokens[t]?.lower ?? '') ? t : t + 1;
}

/** The item right after "of" (or "of the") names a state or body by its name: "Joseph Kabila of the DRC". */
function affiliationAfterOf(tokens: readonly Token[], of: number, next: Item): boolean {
  const at = tokens[of + 1]?.lower === 'the' ? of + 2 : of + 1;
  const member = next.members[0];
  return (
    next.first === at &&
    next.kind === 'mention' &&
    next.members.length === 1 &&
    member !== undefined &&
    !member.flags.includes('demonym') &&
    next.person !== true &&
    // "of Tel Aviv University": a name runs on past the state.
    !/^\p{Lu}/u.test(tokens[next.last]?.text ?? '')
  );
}

/**
 * Only a comma and a title stand between "counterpart" and the name: "counterpart, Serzh Sarkisyan",
 * "counterpart Mevlut Cavusoglu", "counterpart, Foreign Minister Radoslaw Sikorski".
 */
function namedAfter(tokens: readonly Token[], from: number, name: number): boolean {
  if (name < from || name - from > 4) return false;
  // "counterpart, Ilam Aliyev": a first name the lexicon lacks may stand right before a known surname.
  const last = isCapitalisedWord(tokens[name - 1]) && tokens[name - 2]?.text === ',' ? name - 1 : name;
  return tokens.slice(from, last).every((t) => t.text === ',' || isTitleWord(t));
}

const namesGroup = (item: Item, lexicon: Lexicon): boolean =>
  item.kind === 'mention' &&
  item.members.length === 1 &&
  lexicon.actors.get(item.members[0]?.actorId ?? '')?.kind === 'group';

const isDemonym = (item: Item | undefined): boolean =>
  item?.kind === 'mention' &&
  item.members.length === 1 &&
  item.members[0]?.flags.includes('demonym') === true;
