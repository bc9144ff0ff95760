/**
 * Actor units of a sentence: mentions and resolved anaphors grouped into "X, Y and Z" compounds and
 * "X-Y" pairs, and the fronted phrase that decides which unit can act (asides.ts finds the asides).
 */
import type { Flag } from './flags';
import type { ActorMention, Lexicon } from './lexicon';
import type { Token } from './tokenize';
import { afterPossessive, isCapitalised, isHyphenToken, isInnerHyphen } from './tokenize';
import { apposedHolder, ownedAllies, ownedByList } from './apposedLists';
import {
  AUXILIARIES,
  BODY_NOUNS,
  CIVILIANS,
  FIGHTER_NOUNS,
  FRONTING_WORDS,
  GROUP_NOUNS,
  HARD_LEFT_BOUNDARY,
  TITLE_WORDS,
  STATE_GOVERNMENT_NOUNS,
} from './words';
import { looksLikeParticiple } from './inflect';

export interface Member {
  readonly actorId: string;
  /** Character offsets of the words that name this member. */
  readonly start: number;
  readonly end: number;
  readonly flags: readonly Flag[];
  /** Members that one phrase names together ("six world powers"): one side, never related to each other. */
  readonly group?: string;
}

export type UnitKind = 'mention' | 'compound' | 'hyphen' | 'anaphor' | 'reciprocal';

export interface Unit {
  readonly kind: UnitKind;
  readonly members: readonly Member[];
  /** Token range [first, last). */
  readonly first: number;
  readonly last: number;
  /** Followed by "'s", or a possessive pronoun ("their"). */
  readonly possessive: boolean;
  /** For "they" / "their": the next likeliest reading, when the first is the clause's own subject. */
  readonly alternative?: readonly Member[];
  /** "Western nations, including the United States": the first member holds the others. */
  readonly including?: boolean;
}

/**
 * The longest list read as one unit: "relations with eight island nations: the Cook Islands, …, and
 * Vanuatu". From seven members on, a list is an enumeration, not actors acting together (candidates.ts).
 */
const MAX_COMPOUND = 10;

export interface Item {
  readonly kind: 'mention' | 'anaphor' | 'reciprocal';
  readonly members: readonly Member[];
  readonly first: number;
  readonly last: number;
  readonly prefix: boolean;
  readonly possessivePronoun: boolean;
  readonly person: boolean;
  readonly alternative?: readonly Member[];
}

export function memberFlags(mention: ActorMention): Flag[] {
  const flags: Flag[] = [];
  if (mention.ambiguous) flags.push('ambiguous_alias');
  if (mention.aliasType === 'demonym') flags.push('demonym');
  return flags;
}

/** Drop a state named only as a person's modifier: "Russian President Vladimir Putin", "China's Xi". */
/** Words that may open a noun phrase of people: "the", "some", "thousands of". */
const PEOPLE_OPENERS = new Set(
  'the a an some many several dozens hundreds thousands of about nearly almost over more than'.split(' '),
);

/**
 * "Venezuelan citizens demanded …", "Activists and Chinese demonstrators marched": people a demonym
 * describes act for themselves, not for their state. As an object they still stand for it, as
 * annotators read them ("protested the Japanese activists' landing" protests Japan); a state's
 * fighters stand for it in neither place.
 */
function speaksForNoState(mention: ActorMention, tokens: readonly Token[], lexicon: Lexicon): boolean {
  const noun = tokens[mention.last]?.lower ?? '';
  if (mention.aliasType !== 'demonym') return false;
  // "Kosovo's ethnic Albanians", "ethnic Russians in Ukraine": a people, not the state of that name.
  if (tokens[mention.first - 1]?.lower === 'ethnic') return true;
  // A state's fighters never stand for it, as subject or object: "Armenian separatists seized
  // Nagorno-Karabakh", "aided Colombian guerrillas" ("Houthi rebels" are the Houthis).
  // One of them too: "a Congolese rebel leader".
  if (FIGHTER_NOUNS.has(noun) || FIGHTER_NOUNS.has(`${noun}s`))
    return lexicon.actors.get(mention.actorId)?.kind === 'state';
  if (!CIVILIANS.has(noun)) return false;
  let at = mention.first - 1;
  while (at >= 0 && (PEOPLE_OPENERS.has(tokens[at]?.lower ?? '') || /^\d/.test(tokens[at]?.text ?? ''))) at--;
  const before = tokens[at];
  return !before || before.kind === 'punct' || before.lower === 'and' || before.lower === 'or';
}

/**
 * "The Prime Minister of Greece, Costas Simitis, was …": a sentence that opens with a title of the
 * state at `at`. In an object the title already leads to the name (partners.ts).
 */
function opensWithTitleOf(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.lower !== 'of') return false;
  let start = at - 1;
  while (start > 0 && TITLE_WORDS.has(tokens[start - 1]?.lower ?? '')) start--;
  if (start === at - 1) return false;
  if (tokens[start - 1]?.lower === 'the') start--;
  return start === 0;
}

export function dropModifiers(
  mentions: readonly ActorMention[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): ActorMention[] {
  const out: ActorMention[] = [];
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m] as ActorMention;
    const next = mentions[m + 1];
    if (speaksForNoState(mention, tokens, lexicon)) continue;
    const actor = lexicon.actors.get(mention.actorId);
    if (next && actor && actor.kind !== 'person' && lexicon.actors.get(next.actorId)?.kind === 'person') {
      const gap = next.first - mention.last;
      let modifier = gap <= 5;
      // "Serbia's pro-western President Boris Tadic": after a possessive, adjectives before the title.
      const possessor = tokens[mention.last]?.kind === 'pos';
      // "the president of Uganda, Yoweri Museveni,": the state gives the title before it.
      const titleOf = opensWithTitleOf(tokens, mention.first);
      let title = titleOf;
      let adjectives = false;
      for (let t = mention.last; modifier && t < next.first; t++) {
        const token = tokens[t] as Token;
        title ||= token.kind === 'word' && TITLE_WORDS.has(token.lower);
        const setOff = titleOf && token.text === ',' && t === next.first - 1;
        const plain = token.kind === 'pos' || TITLE_WORDS.has(token.lower) || isCapitalised(token) || setOff;
        const adjective = !plain && possessor && !title && (token.kind === 'word' || token.text === '-');
        adjectives ||= adjective;
        modifier = plain || adjective;
      }
      if (modifier && (title || !adjectives)) continue;
    }
    out.push(mention);
  }
  return out;
}

export function phraseMatches(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.lower !== words[k]) return false;
  return true;
}

/** Adverbs that may open a fronted phrase before its preposition: "Shortly after the talks, …". */
const FRONT_ADVERBS = new Set(['just', 'shortly', 'soon', 'right', 'immediately', 'even', 'only', 'also']);

/**
 * The token after the comma that closes a fronted adverbial ("In a message to Beijing, …", "Long a
 * pillar of Western policy, …"), or -1.
 */
export function frontedEnd(tokens: readonly Token[]): number {
  // "Just before his meeting with Singh, Wen said": an adverb may open the phrase.
  const opener = FRONT_ADVERBS.has(tokens[0]?.lower ?? '') ? 1 : 0;
  if (!FRONTING_WORDS.has(tokens[opener]?.lower ?? '')) return -1;
  for (let t = 1; t < Math.min(tokens.length, 20); t++) {
    const text = (tokens[t] as Token).text;
    if (text === ',') return t + 1;
    if (HARD_LEFT_BOUNDARY.has(text)) return -1;
  }
  return -1;
}

/** Words after "and" that are no adjective of a title: "and his counterpart", "and then President". */
const NOT_ADJECTIVES = new Set(
  'his her its their the a an then who which that is was were has had said says will would met'.split(' '),
);

/** Nouns for those who speak for a body, right after its name: "NATO members and Russia". */
const SPEAKER_NOUNS = new Set(['members', 'leaders', 'officials']);

/**
 * Where a list's separator starts after an item: past its government noun ("'s government"), or past
 * those who speak for it ("called on NATO members and Russia", "EU member states and Russia"), if any.
 */
function governmentNounAfter(tokens: readonly Token[], last: number): number {
  const at = afterPossessive(tokens, last);
  const noun = tokens[at]?.lower ?? '';
  if (STATE_GOVERNMENT_NOUNS.has(noun)) return at + 1;
  if (at !== last) return last;
  if (SPEAKER_NOUNS.has(noun)) return at + 1;
  return noun === 'member' && tokens[at + 1]?.lower === 'states' ? at + 2 : last;
}

/**
 * Where the title before the next item starts, walking back from `end` no further than `at` + 1: past
 * titles, capitalised words and possessives ("and North Korean leader Kim", "including German Chancellor").
 */
function titleStart(tokens: readonly Token[], at: number, end: number): number {
  while (end - 1 > at) {
    const token = tokens[end - 1] as Token;
    if (
      token.kind === 'pos' ||
      TITLE_WORDS.has(token.lower) ||
      (token.kind === 'word' && isCapitalised(token))
    )
      end--;
    else break;
  }
  return end;
}

/**
 * "and the", up to two plain words and a noun for a body (the nouns "the group" and a group's name use),
 * before the last item of a list: "Israel and the militant group Hamas".
 */
function describedLast(words: readonly string[]): boolean {
  const from = words[0] === ',' ? 1 : 0;
  if (words[from] !== 'and' || words[from + 1] !== 'the') return false;
  const described = words.slice(from + 2);
  const noun = described[described.length - 1] ?? '';
  return (
    described.length <= 3 &&
    described.every((word) => /^\p{Ll}+(?:['’]\p{Ll}+)*$/u.test(word)) && // also "shi'ite"
    (BODY_NOUNS.has(noun) || GROUP_NOUNS.has(noun))
  );
}

function separatorLength(tokens: readonly Token[], at: number, end: number): { and: boolean } | undefined {
  // A title before the next person is no separator: "Trump and North Korean leader Kim".
  end = titleStart(tokens, at, end);
  const words = [];
  for (let t = at; t < end; t++) words.push((tokens[t] as Token).lower);
  if (words.length > 1 && words[words.length - 1] === 'the') words.pop();
  const joined = words.join(' ');
  if (joined === ',') return { and: false };
  if (
    joined === 'and' ||
    joined === '&' ||
    joined === ', and' ||
    joined === 'as well as' ||
    joined === ', as well as'
  ) {
    return { and: true };
  }
  if (
    joined === 'together with' ||
    joined === ', together with' ||
    joined === 'along with' ||
    joined === ', along with'
  )
    return { and: true };
  // "Russia, Belarus and several Iranian firms": a quantifier before the last item; "Hungary and
  // neighboring Slovakia", "India and rival Pakistan": a word for how the last stands to the others.
  if (/^(, )?and (several|some|other|various|many|two|three|four|five)$/.test(joined)) return { and: true };
  if (/^(, )?and (neighbou?ring|rival|fellow|allied)$/.test(joined)) return { and: true };
  // "Israel and the militant group Hamas": a word for what the last is.
  if (describedLast(words)) return { and: true };
  // "President Boris Tadic and nationalist Prime Minister Vojislav Kostunica": adjectives before a title.
  const title = tokens[end];
  const titled = title !== undefined && isCapitalised(title) && TITLE_WORDS.has(title.lower);
  if (titled && /^(, )?and [a-z-]+( [a-z-]+)?$/.test(joined) && !words.some((w) => NOT_ADJECTIVES.has(w)))
    return { and: true };
  return undefined;
}

/** The members of a run of items, in order (a loop: flatMap was a hot spot here). */
function membersOf(group: readonly Item[]): Member[] {
  const members: Member[] = [];
  for (const item of group) for (const member of item.members) members.push(member);
  return members;
}

/**
 * A name hyphened to a past participle ("Western-backed", "Saudi-led") ending at `end`: it describes the
 * noun after, by shape alone, as the anaphora stage builds units before cues are found. The name's item
 * ends at the hyphen, or takes it in when the name is a prefix ("Turkish-" in "Turkish-led").
 */
function describesByParticiple(tokens: readonly Token[], end: number): boolean {
  const hyphen = isInnerHyphen(tokens, end) ? end : isInnerHyphen(tokens, end - 1) ? end - 1 : -1;
  const word = tokens[hyphen + 1];
  return (
    hyphen >= 0 && word?.kind === 'word' && /^\p{Ll}+$/u.test(word.text) && looksLikeParticiple(word.lower)
  );
}

/** Group items into units: "X, Y and Z" compounds and "X-Y" pairs. */
export function buildUnits(
  items: readonly Item[],
  tokens: readonly Token[],
  cueStarts: ReadonlySet<number>,
  cueEnds: ReadonlySet<number>,
  frontEnd = -1,
): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < items.length) {
    const first = items[i] as Item;
    const next = items[i + 1];
    // X-Y pair: "Xi-Putin", "China-Russia", "Sino-Russian".
    if (
      next &&
      first.kind !== 'reciprocal' &&
      next.kind !== 'reciprocal' &&
      ((next.first === first.last + 1 && isHyphenToken(tokens[first.last])) ||
        (first.prefix && next.first === first.last))
    ) {
      units.push({
        kind: 'hyphen',
        members: [...first.members, ...next.members],
        first: first.first,
        last: next.last,
        possessive: tokens[next.last]?.kind === 'pos',
      });
      i += 2;
      continue;
    }
    // Compound: items joined by commas and a final "and".
    const chain: Item[] = [first];
    // The item index of each chain entry: an apposed title's pronoun and state are passed over.
    const at: number[] = [i];
    let lastAnd = 0;
    let including = false;
    let j = i + 1;
    while (j < items.length && first.kind !== 'reciprocal' && chain.length < MAX_COMPOUND) {
      const prev = chain[chain.length - 1] as Item;
      const candidate = items[j] as Item;
      // "the Kenyan government and Uganda", "Kenya's government and Uganda": the state's own
      // government noun sits inside the list.
      const after = governmentNounAfter(tokens, prev.last);
      if (candidate.kind === 'reciprocal' || (after === prev.last && tokens[prev.last]?.kind === 'pos'))
        break;
      // "Chavez and his Ecuadorian counterpart, Rafael Correa, met", "Morales and Venezuela's leftist
      // president, Hugo Chavez": the conjunct is the one the title names after the comma.
      const apposed = apposedHolder(items, j, tokens, after);
      if (apposed >= 0) {
        chain.push(items[apposed] as Item);
        at.push(apposed);
        lastAnd = chain.length - 1;
        j = apposed + 1;
        continue;
      }
      // "warned Syria, Iran, Hezbollah, and their allies": a comma list closed by what the list owns.
      if (ownedByList(tokens, candidate, chain.length, lastAnd, after)) {
        lastAnd = chain.length - 1;
        break;
      }
      // "the United States and its European allies condemned": the allies named before "allies" join the list.
      const owned = candidate.possessivePronoun ? ownedAllies(items, j, tokens, after) : [];
      if (owned.length > 0) {
        for (const k of owned) {
          chain.push(items[k] as Item);
          at.push(k);
        }
        lastAnd = chain.length - 1;
        j = (owned[owned.length - 1] as number) + 1;
        continue;
      }
      // "Serbia and its traditional ally, Russia": the conjunct is the noun "its" owns, not "its".
      if (candidate.possessivePronoun) break;
      // "In a message to Beijing, Washington and Canberra agreed": a list does not cross the comma
      // that closes a fronted phrase.
      if (prev.last < frontEnd && candidate.first >= frontEnd) break;
      // "Western nations, including the United States and Britain, have condemned": those named after
      // "including" act with the one before, which holds them; they are no parties to its pairs.
      const named = tokens[after + 2]?.lower === 'the' ? after + 3 : after + 2; // past ", including (the)"
      if (
        chain.length === 1 &&
        phraseMatches(tokens, after, [',', 'including']) &&
        titleStart(tokens, after + 1, candidate.first) <= named
      ) {
        including = true;
        chain.push(candidate);
        at.push(j);
        lastAnd = 1;
        j++;
        continue;
      }
      const separator = separatorLength(tokens, after, candidate.first);
      // "the Syrian government and the Western-backed opposition": a name joined by a hyphen to the
      // participle after it describes what follows; it is no conjunct.
      if (!separator || describesByParticiple(tokens, candidate.last)) break;
      chain.push(candidate);
      at.push(j);
      if (separator.and) lastAnd = chain.length - 1;
      j++;
    }
    // "the Houthis, Hezbollah and militias in Iraq": a comma list closed by a noun that is no actor.
    if (lastAnd === 0 && chain.length >= 2) {
      const end = (chain[chain.length - 1] as Item).last;
      const next = tokens[end]?.lower === ',' ? tokens[end + 1] : tokens[end];
      if (
        next?.lower === 'and' &&
        !items.some((item) => item.first === end + (tokens[end]?.lower === ',' ? 2 : 1))
      )
        lastAnd = chain.length - 1;
    }
    let size = lastAnd > 0 ? lastAnd + 1 : 1;
    if (size > 1) {
      // "Russia attacked Ukraine and NATO condemned it": the item after "and" starts a new clause.
      const lastItem = chain[size - 1] as Item;
      const after = tokens[lastItem.last];
      const startsClause =
        cueStarts.has(lastItem.last) || (after !== undefined && AUXILIARIES.has(after.lower));
      let objectPosition = false;
      // A cue before a comma ("After talks in Cairo, Israel and Egypt signed") has no object here.
      for (let t = first.first; t >= Math.max(0, first.first - 3) && tokens[t]?.text !== ','; t--)
        if (cueEnds.has(t)) objectPosition = true;
      // "The dispute between India and Pakistan has worsened": "between" takes both, whatever follows.
      const beforeFirst = tokens[first.first - 1]?.lower === 'the' ? first.first - 2 : first.first - 1;
      const between = tokens[beforeFirst]?.lower === 'between';
      if (startsClause && objectPosition && !between) size = 1;
    }
    const group = chain.slice(0, size);
    const last = (group[group.length - 1] as Item).last;
    units.push({
      kind: group.length > 1 ? 'compound' : first.kind === 'reciprocal' ? 'reciprocal' : first.kind,
      members: membersOf(group),
      first: first.first,
      last,
      possessive: tokens[last]?.kind === 'pos' || (group.length === 1 && first.possessivePronoun),
      ...(group.length === 1 && first.alternative ? { alternative: first.alternative } : {}),
      ...(including && group.length > 1 ? { including: true } : {}),
    });
    i = (at[size - 1] as number) + 1;
  }
  return units;
}
