/**
 * Where a unit stands to a cue, read off the tokens alone: the object after a cue that ends in a
 * preposition ("met with the president of X"), and the actor that modifies a noun cue ("EU sanctions").
 */
import type { CueMatch } from './cues';
import { isCapitalisedWord, isInnerHyphen, isLowerWord, type Token } from './tokenize';
import { phraseMatches, type Unit } from './units';
import type { RelationTypeId } from './vocabulary';
import {
  ALLY_PLURALS,
  BE_FORMS,
  BOUNDARY_PUNCT,
  COMPLEMENT_PREPS,
  COORDINATORS,
  DETERMINERS,
  NUMBER_WORDS,
  PLACE_NOUNS,
  PREPOSITIONS,
  REPRESENTATIVE_NOUNS,
  SPOKESPEOPLE,
  STATE_GROUP_HEADS,
  STOP_RIGHT,
  VERB_HELPERS,
  words,
} from './words';

const MAX_PREP_TARGET_DISTANCE = 4;
/** How far a counted group may run before the colon of its list: "eight South Pacific island nations:". */
const MAX_GROUP_WORDS = 7;
/** Plural heads of a group the list after a colon spells out: of states, or of those who act with one. */
const GROUP_PLURALS: ReadonlySet<string> = new Set([
  ...STATE_GROUP_HEADS,
  ...ALLY_PLURALS,
  ...words('economies|members|governments'),
]);
/** ", including" at `at`: the list after it names some of those the noun before it holds. */
const includingAt = (tokens: readonly Token[], at: number): boolean =>
  phraseMatches(tokens, at, [',', 'including']);
/** Those whom a list after ", including" may name: "officials, including the prime minister". */
const OFFICIAL_PLURALS = words('officials|leaders|ministers|representatives|diplomats|dignitaries');

/**
 * The list a colon spells out after a group of states ("relations with eight island nations: the Cook
 * Islands, Fiji, …"), a comma after a counted group ("suspended two other members, Mauritania and
 * Guinea"), or ", including" after a group or officials ("met with officials, including Prime Minister
 * Hun Sen"). Only plain words may stand between `from` and the colon or comma.
 */
export function spelledList(
  tokens: readonly Token[],
  unitAt: ReadonlyMap<number, Unit>,
  from: number,
): Unit | undefined {
  const count = tokens[from]?.lower ?? '';
  const counted = NUMBER_WORDS.has(count) || count === 'both';
  for (let t = from; t < Math.min(from + MAX_GROUP_WORDS + 1, tokens.length); t++) {
    const token = tokens[t] as Token;
    // "met with officials, including Prime Minister Thongsing Thammavong": those it names.
    const including = includingAt(tokens, t);
    if (token.text === ':' || (counted && token.text === ',') || including) {
      const head = tokens[t - 1]?.lower ?? '';
      if (!GROUP_PLURALS.has(head) && !(including && OFFICIAL_PLURALS.has(head))) return undefined;
      let first = including ? t + 2 : t + 1;
      if (tokens[first]?.lower === 'the') first++;
      // A title may stand before the name: "including Prime Minister Thongsing Thammavong".
      const start = first;
      while (first < start + 3 && isCapitalisedWord(tokens[first]) && !unitAt.has(first)) first++;
      return unitAt.get(first);
    }
    if (
      unitAt.has(t) ||
      token.kind !== 'word' ||
      PREPOSITIONS.has(token.lower) ||
      STOP_RIGHT.has(token.lower)
    )
      return undefined;
  }
  return undefined;
}

/**
 * The unit a cue's closing preposition takes, within a few words: "talks with the Serbian leaders".
 * The "of" after who speaks for a state reaches two words further: "met with the foreign minister of X".
 */
export function prepositionObject(
  tokens: readonly Token[],
  unitAt: ReadonlyMap<number, Unit>,
  from: number,
): Unit | undefined {
  let reach = from + MAX_PREP_TARGET_DISTANCE;
  for (let t = from; t < Math.min(reach, tokens.length); t++) {
    const unit = unitAt.get(t);
    if (unit) return unit;
    const token = tokens[t] as Token;
    if (token.kind === 'punct' && BOUNDARY_PUNCT.has(token.text))
      return token.text === ':' || includingAt(tokens, t) ? spelledList(tokens, unitAt, from) : undefined;
    // "met with the foreign minister of X", "met with representatives from X".
    if (
      (token.lower === 'of' || token.lower === 'from') &&
      REPRESENTATIVE_NOUNS.has(tokens[t - 1]?.lower ?? '')
    )
      reach += 2;
    // "talks with Serbia's pro-western President Boris Tadic": the possessor's title may carry adjectives.
    else if (token.kind === 'pos') reach += 3;
    else if (token.kind === 'word' && (PREPOSITIONS.has(token.lower) || STOP_RIGHT.has(token.lower)))
      return undefined;
  }
  return spelledList(tokens, unitAt, from);
}

/**
 * A preposition in [from, to) opens a phrase of its own: "Romania is concerned about Russia's ties".
 * Not those of a share: "one of Russia's partners", "among China's allies".
 */
export function phraseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const lower = tokens[t]?.lower ?? '';
    if (PREPOSITIONS.has(lower) && lower !== 'of' && lower !== 'among') return true;
  }
  return false;
}

/** Lower-case words that may stand between a noun cue and the actor that modifies it: "Russian military support". */
const MAX_MODIFIER_GAP = 2;
/** Words that end a noun phrase rather than modify its noun: "went to Tbilisi for talks". */
const NOT_MODIFIERS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  ...STOP_RIGHT,
  ...DETERMINERS,
  ...COORDINATORS,
  // "first" helps a verb ("which first attacked") but is an adjective before a noun ("his first meeting").
  ...[...VERB_HELPERS].filter((word) => word !== 'first'),
  ...BE_FORMS,
]);

/**
 * The unit modifies the noun cue: it stands right before it, or before its possessive "'s", with at
 * most two lower-case words between ("EU sanctions", "Russia's attack", "Russian military support").
 */
export function modifies(tokens: readonly Token[], unit: Unit, cue: CueMatch): boolean {
  let at = unit.last;
  if (tokens[at]?.kind === 'pos') at++;
  let words = 0;
  for (let t = at; t < cue.first; t++) {
    const token = tokens[t] as Token;
    // "Colombia's cross-border attack": a hyphenated modifier counts as one word.
    if (isInnerHyphen(tokens, t)) words--;
    else if (!/^\p{Ll}+$/u.test(token.text) || NOT_MODIFIERS.has(token.lower)) return false;
    else words++;
    if (words > MAX_MODIFIER_GAP) return false;
  }
  return true;
}

/**
 * The first unit of the act a "to"-complement names, from `from` on ("threatened to strike X",
 * "threatened to impose tariffs on X"), before a boundary, a clause word or a preposition of another act.
 */
export function complementObject(
  tokens: readonly Token[],
  unitAt: ReadonlyMap<number, Unit>,
  from: number,
  distance: number,
): Unit | undefined {
  for (let t = from; t < Math.min(from + distance, tokens.length); t++) {
    const unit = unitAt.get(t);
    if (unit) return unit;
    const token = tokens[t] as Token;
    if (token.kind === 'punct' && BOUNDARY_PUNCT.has(token.text)) return undefined;
    if (STOP_RIGHT.has(token.lower) || (PREPOSITIONS.has(token.lower) && !COMPLEMENT_PREPS.has(token.lower)))
      return undefined;
  }
  return undefined;
}

/** Whether the actor whose first token is `first` is a preposition's object, or a place named as one. */
export function objectOfPreposition(tokens: readonly Token[], first: number): boolean {
  let t = first - 1;
  // "in Nigeria's capital, Abuja", "to South Sudan's capital Juba": the capital is a place too.
  const named = tokens[t]?.text === ',' ? t - 1 : t;
  if (PLACE_NOUNS.has(tokens[named]?.lower ?? '')) return true;
  if (tokens[t]?.lower === 'the') t--;
  const before = tokens[t];
  if (before === undefined || !PREPOSITIONS.has(before.lower) || before.lower === 'of') return false;
  // "Officials in Kinshasa said": people placed in a capital speak for it.
  return !(
    (before.lower === 'in' || before.lower === 'from') &&
    SPOKESPEOPLE.has(tokens[t - 1]?.lower ?? '')
  );
}

/** How many words, "the" included, a first object that names no actor may hold: "the rebel forces". */
const MAX_PLAIN_OBJECT = 3;

/**
 * "accused the army and Deputy Prime Minister Mothetjoa Metsing of plotting": a first object that
 * names no actor ("the" and plain words, from `from` up to "and" at `and`), then an actor, maybe
 * after its title. That actor is an object too, when "of" or the sentence's end follows it: any other
 * word may be its own clause's verb ("attacked the rebels and Georgia protested").
 */
export function actorAfterPlainObject(
  tokens: readonly Token[],
  unitAt: ReadonlyMap<number, Unit>,
  from: number,
  and: number,
): Unit | undefined {
  if (tokens[from]?.lower !== 'the' || and - from < 2 || and - from > MAX_PLAIN_OBJECT) return undefined;
  for (let t = from + 1; t < and; t++) {
    const token = tokens[t];
    if (!isLowerWord(token) || PREPOSITIONS.has(token.lower)) return undefined;
  }
  let at = and + 1;
  while (!unitAt.has(at) && isCapitalisedWord(tokens[at]) && at < and + 5) at++;
  const unit = unitAt.get(at);
  if (!unit) return undefined;
  const next = tokens[unit.last];
  return next === undefined || next.text === '.' || next.lower === 'of' ? unit : undefined;
}

/** Participles that name who wrote or put forward a thing: "a plan proposed by", "a deal brokered by". */
const AUTHOR_PARTICIPLES = words(
  'proposed|drafted|sponsored|submitted|offered|tabled|introduced|presented|brokered|imposed|mediated|authored',
);

/** Stances taken on a thing, which pass to its author (a ban "imposed by" the EU is no ban on the EU). */
const STANCES: ReadonlySet<RelationTypeId> = new Set([
  'supports',
  'praises',
  'opposes',
  'rejects',
  'denounces',
  'agrees_with',
  'accuses',
]);

/**
 * "rejecting restrictions proposed by the United States", "welcomed a plan drafted by Uganda": the
 * object is a thing, and the one who proposed it (the "by" after its participle at `at`) is the one
 * the stance is taken on. Returns where "by" stands, or undefined.
 */
export function authorBy(tokens: readonly Token[], at: number, type: RelationTypeId): number | undefined {
  if (!STANCES.has(type)) return undefined;
  const word = tokens[at]?.lower ?? '';
  const put = word === 'forward' && tokens[at - 1]?.lower === 'put';
  if (!AUTHOR_PARTICIPLES.has(word) && !put) return undefined;
  return tokens[at + 1]?.lower === 'by' ? at + 1 : undefined;
}
