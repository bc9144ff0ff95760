/**
 * Partners a clause names after adjuncts: "is meeting Tuesday in Geneva with representatives of X"
 * (time words, dates and places stand between the verb and its partner), and a second partner
 * ("held talks with X and then with Y", "met X on Monday and Y on Tuesday").
 */
import type { ActorKind } from '../domain/types';
import type { CueMatch } from './cues';
import type { Lexicon } from './lexicon';
import type { Token } from './tokenize';
import { isCapitalised, isCapitalisedWord } from './tokenize';
import type { Unit } from './units';
import { titledComma } from './apposedLists';
import {
  BODY_NOUNS,
  DETERMINERS,
  POSSESSED_ROLES,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WEEKDAYS,
  words,
} from './words';

/** Prepositions that open a time or place adjunct: "in Geneva", "on Monday", "at the UN". */
export const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during']);
/** Words of a time adjunct, bare ("Tuesday", "next week") or after a preposition ("on March 3"). */
const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
  'week',
  'month',
  'year',
  'next',
  'last',
  'this',
  'later',
  'earlier',
  // "met in Jerusalem late Thursday with"
  'late',
  'early',
  'separately',
  'again',
  'also',
  'then',
  'first',
]);
/**
 * Words an adjunct may carry besides names, of its place ("in the Saudi capital", "at the UN
 * headquarters") or its topic ("began talks on the issue in Beijing with his Chinese counterpart").
 */
const ADJUNCT_WORDS = new Set([
  'the',
  'capital',
  'city',
  'headquarters',
  'sidelines',
  'of',
  'issue',
  'matter',
  'subject',
]);
const MAX_ADJUNCT = 5;
const MAX_PARTNER_DISTANCE = 4;

export interface PartnerContext {
  readonly tokens: readonly Token[];
  readonly unitAt: ReadonlyMap<number, Unit>;
}

/** A word that may stand in an adjunct after its preposition: a name, a number, a time or place word. */
function adjunctWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  return (
    /^\d/u.test(token.text) ||
    isCapitalised(token) ||
    TIME_WORDS.has(token.lower) ||
    ADJUNCT_WORDS.has(token.lower)
  );
}

/**
 * "met in Jakarta, Indonesia, on April 24 with": the token after the comma that closes a place's
 * country, set off by commas after the place, or undefined.
 */
function placeCountryEnd(tokens: readonly Token[], comma: number): number | undefined {
  if (tokens[comma]?.text !== ',') return undefined;
  let k = comma + 1;
  while (k < comma + 4 && tokens[k]?.kind === 'word' && isCapitalised(tokens[k] as Token)) k++;
  return k > comma + 1 && tokens[k]?.text === ',' ? k + 1 : undefined;
}

/** The token after the adjuncts that start at `at` (`at` itself when there are none). */
export function skipAdjuncts(c: PartnerContext, at: number): number {
  const { tokens } = c;
  let t = at;
  for (;;) {
    const token = tokens[t];
    if (!token) return t;
    if (TIME_WORDS.has(token.lower)) {
      t++;
      continue;
    }
    if (!ADJUNCT_PREPOSITIONS.has(token.lower)) return t;
    // The adjunct's words, an actor's name among them ("in Moscow", "at the UN"), up to a few.
    let end = t + 1;
    while (end < Math.min(tokens.length, t + 1 + MAX_ADJUNCT)) {
      const unit = c.unitAt.get(end);
      if (unit) end = unit.last;
      else if (adjunctWord(tokens[end] as Token)) end++;
      else break;
    }
    if (end === t + 1) return t;
    t = placeCountryEnd(tokens, end) ?? end;
  }
}

/** The first unit within a few words after the preposition at `at`. */
function objectOf(c: PartnerContext, at: number): Unit | undefined {
  for (let t = at + 1; t < Math.min(c.tokens.length, at + 1 + MAX_PARTNER_DISTANCE); t++) {
    const unit = c.unitAt.get(t);
    if (unit) return unit;
    const token = c.tokens[t] as Token;
    // "with Azerbaijan's President Ilham Aliyev": the state's "'s" stands before the name it titles.
    if (token.kind === 'pos') continue;
    if (token.kind !== 'word' || (token.lower !== 'of' && ADJUNCT_PREPOSITIONS.has(token.lower)))
      return undefined;
  }
  return undefined;
}

/**
 * "meeting Tuesday in Geneva with representatives of X": the object of the partner preposition
 * `prep` after one or more adjuncts starting at `at`, or undefined when no adjunct stands there.
 */
export function partnerAfterAdjuncts(c: PartnerContext, at: number, prep: string): Unit | undefined {
  const end = skipAdjuncts(c, at);
  if (end === at || c.tokens[end]?.lower !== prep) return undefined;
  return objectOf(c, end);
}

/**
 * A second partner after `first`: "… with X and then with Y" (the same preposition), or, for a direct
 * object followed by an adjunct, "met X on Monday and Y on Tuesday".
 */
export function secondPartner(c: PartnerContext, first: Unit, prep: string | undefined): Unit | undefined {
  const { tokens } = c;
  const afterAdjuncts = skipAdjuncts(c, first.last);
  if (tokens[afterAdjuncts]?.lower !== 'and') return undefined;
  let t = afterAdjuncts + 1;
  while (TIME_WORDS.has(tokens[t]?.lower ?? '')) t++;
  if (prep !== undefined) return tokens[t]?.lower === prep ? objectOf(c, t) : undefined;
  // "met X on Monday and Y on Tuesday": only after an adjunct, and Y ends the clause or has its own.
  if (afterAdjuncts === first.last) return undefined;
  const second = c.unitAt.get(t);
  if (!second) return undefined;
  const next = tokens[second.last];
  const closes = next === undefined || next.kind === 'punct' || skipAdjuncts(c, second.last) > second.last;
  return closes ? second : undefined;
}

/** How many title words may open an apposed name: "his rival, former Vice President Riek Machar". */
const MAX_APPOSED_TITLE = 4;

/** The one person or actor named at `at`, past a title its name leaves out ("opposition leader"). */
function apposedHolderAt(
  tokens: readonly Token[],
  unitAt: ReadonlyMap<number, Unit>,
  at: number,
): Unit | undefined {
  for (let k = at; k <= at + MAX_APPOSED_TITLE; k++) {
    const unit = unitAt.get(k);
    if (unit) return k === at || unit.members.length === 1 ? unit : undefined;
    const word = tokens[k]?.lower ?? '';
    if (!TITLE_HEADS.has(word) && !TITLE_MODIFIERS.has(word)) return undefined;
  }
  return undefined;
}

/**
 * The actor set off by a comma after a possessive's noun: up to three plain words ("their Gulf neighbor,
 * Qatar"), or a title the possessor gives ("Russia's new president, Vladimir Putin"), then the comma.
 */
export function appositiveAfter(
  tokens: readonly Token[],
  unitAt: ReadonlyMap<number, Unit>,
  from: number,
): Unit | undefined {
  for (let k = from; k < from + 4; k++) {
    const token = tokens[k];
    // "warned its neighbor Afghanistan", "its close ally Azerbaijan": a role noun names without a comma.
    if (unitAt.has(k))
      return k > from && POSSESSED_ROLES.has(tokens[k - 1]?.lower ?? '') ? unitAt.get(k) : undefined;
    if (!token) return undefined;
    if (token.text === ',') return k > from ? apposedHolderAt(tokens, unitAt, k + 1) : undefined;
    if (token.kind !== 'word') break;
  }
  // "met with Argentina's new pro-market president, Mauricio Macri": a title the state gives, held by
  // the one after the comma.
  const comma = titledComma(tokens, tokens[from]?.kind === 'pos' ? from + 1 : from);
  const holder = comma < 0 ? undefined : unitAt.get(comma + 1);
  return holder?.members.length === 1 ? holder : undefined;
}

/** Nouns for a part of a state that "of" names: "Georgia's breakaway regions of Abkhazia". */
const REGION_NOUNS = words('region|regions|province|provinces|republic|republics');

/**
 * The regions a state's noun names after "of", up to two words on: "recognised Georgia's breakaway
 * regions of Abkhazia and South Ossetia", "the Georgian separatist province of South Ossetia".
 */
function regionsOf(
  tokens: readonly Token[],
  unitAt: ReadonlyMap<number, Unit>,
  from: number,
): Unit | undefined {
  for (let k = from; k < from + 3; k++) {
    if (!REGION_NOUNS.has(tokens[k]?.lower ?? '')) continue;
    return tokens[k + 1]?.lower === 'of' ? unitAt.get(k + 2) : undefined;
  }
  return undefined;
}

/**
 * The one a target names in apposition: after a possessive's noun (appositiveAfter), or after a title
 * "of" the target ("a meeting with the new president of the United States, Donald Trump"); the regions
 * a state's noun names after "of" (regionsOf).
 */
export function apposedTo(
  tokens: readonly Token[],
  unitAt: ReadonlyMap<number, Unit>,
  unit: Unit,
): Unit | undefined {
  // Only a state's possessive or demonym: in "the Kurdistan region of Iraq" the name is the region's own.
  const demonym = unit.members.every((member) => member.flags.includes('demonym'));
  const from = unit.possessive && tokens[unit.last]?.kind === 'pos' ? unit.last + 1 : unit.last;
  const regions = unit.possessive || demonym ? regionsOf(tokens, unitAt, from) : undefined;
  if (regions) return regions;
  if (unit.possessive) return appositiveAfter(tokens, unitAt, unit.last);
  const of = tokens[unit.first - 1]?.lower === 'the' ? unit.first - 2 : unit.first - 1;
  if (tokens[of]?.lower !== 'of' || !TITLE_HEADS.has(tokens[of - 1]?.lower ?? '')) return undefined;
  if (tokens[unit.last]?.text !== ',') return undefined;
  const holder = unitAt.get(unit.last + 1);
  return holder?.members.length === 1 && holder.kind === 'mention' ? holder : undefined;
}

/**
 * The person set off by a comma after a title that names no actor itself, as the cue's object: "met with
 * incumbent president, Laurent Gbagbo", "met the outgoing leader, Ian Khama". Only a person: after "met
 * with the president," a state is the start of a new clause ("…, Russia said").
 */
function titledObject(
  tokens: readonly Token[],
  unitAt: ReadonlyMap<number, Unit>,
  cue: CueMatch,
  lexicon: Lexicon,
): Unit | undefined {
  const from = objectStart(tokens, cue);
  const comma = titledComma(tokens, from);
  // Lower-case words only: in "Sudanese Armed Forces Spokesman, Colonel X" the title is a name's.
  if (comma < 0 || tokens.slice(from, comma).some((token) => token.text !== token.lower)) return undefined;
  return namedOutright(unitAt.get(comma + 1), lexicon, PERSONS);
}

/** Where a cue's object starts: past the preposition it governs ("met with X", "accused X of"). */
function objectStart(tokens: readonly Token[], cue: CueMatch): number {
  const prep = tokens[cue.last]?.lower ?? '';
  return prep === 'with' || cue.cue.preps.has(prep) ? cue.last + 1 : cue.last;
}

const PERSONS: ReadonlySet<ActorKind> = new Set(['person']);
const BODIES: ReadonlySet<ActorKind> = new Set(['group', 'organization']);

/** The unit when it is one actor named outright (no anaphor, no list) of one of these kinds. */
function namedOutright(
  unit: Unit | undefined,
  lexicon: Lexicon,
  kinds: ReadonlySet<ActorKind>,
): Unit | undefined {
  const member = unit?.kind === 'mention' && unit.members.length === 1 ? unit.members[0] : undefined;
  const kind = member ? lexicon.actors.get(member.actorId)?.kind : undefined;
  return kind !== undefined && kinds.has(kind) ? unit : undefined;
}

/** The longest title a name may follow: capitalised words and "of" ("Secretary of State"). */
const MAX_TITLE = 5;

/** Where a run of capitalised words (and "of") from `from` ends; `from` when none starts there. */
export function titleEnd(tokens: readonly Token[], from: number): number {
  let t = from;
  while (t < from + MAX_TITLE && (isCapitalisedWord(tokens[t]) || (t > from && tokens[t]?.lower === 'of')))
    t++;
  return t;
}

/** Words that may describe a body before its head noun: "the Syrian Kurdish militia", "a rebel group". */
const MAX_BODY_DESCRIPTION = 4;

/**
 * The body a cue's object names after a comma, past a noun phrase that only describes it: "blaming the
 * Syrian Kurdish militia, the YPG, for …", "linked to the Pakistani militant group, Lashkar-e-Taiba,".
 * A demonym in the description says where the body is, not whom the cue acts on.
 */
function apposedBody(
  tokens: readonly Token[],
  unitAt: ReadonlyMap<number, Unit>,
  cue: CueMatch,
  lexicon: Lexicon,
): Unit | undefined {
  let start = objectStart(tokens, cue);
  if (DETERMINERS.has(tokens[start]?.lower ?? '')) start++;
  let head = start;
  while (
    head < start + MAX_BODY_DESCRIPTION &&
    tokens[head]?.kind === 'word' &&
    !BODY_NOUNS.has(tokens[head]?.lower ?? '')
  )
    head++;
  if (!BODY_NOUNS.has(tokens[head]?.lower ?? '') || tokens[head + 1]?.text !== ',') return undefined;
  for (let t = start; t < head; t++) {
    const described = unitAt.get(t);
    if (described && !described.members.every((member) => member.flags.includes('demonym'))) return undefined;
  }
  const holder = namedOutright(
    unitAt.get(head + 2) ?? (tokens[head + 2]?.lower === 'the' ? unitAt.get(head + 3) : undefined),
    lexicon,
    BODIES,
  );
  // Set off: a comma, or the end of the clause, closes the name.
  const closed =
    holder !== undefined && (holder.last === tokens.length || CLOSERS.has(tokens[holder.last]?.text ?? ''));
  return closed ? holder : undefined;
}

const CLOSERS: ReadonlySet<string> = new Set([',', '.', ';']);

/**
 * The cue's object when words describe it: a body set off after its description, else the plain object
 * found right of the cue (`plain`), else a person set off after a title.
 */
export function describedObject(
  tokens: readonly Token[],
  unitAt: ReadonlyMap<number, Unit>,
  cue: CueMatch,
  lexicon: Lexicon,
  plain: Unit | undefined,
): Unit | undefined {
  return apposedBody(tokens, unitAt, cue, lexicon) ?? plain ?? titledObject(tokens, unitAt, cue, lexicon);
}
