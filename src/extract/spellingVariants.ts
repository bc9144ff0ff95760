/**
 * Spelling variants of known names, by rule rather than by list: a name written with a hyphen, a space
 * or nothing between its parts ("al-Shabaab", "al Shabaab", "Guinea Bissau"), with its Arabic-style
 * particle in either case ("Al-Shabaab"), or without accents, matches the alias. Names of people and
 * armed groups, which reach English through transliteration, also match with a letter doubled or single
 * and "dh" for "d" ("al-Shabab", "Gaddafi" / "Gadhafi"). States, capitals and demonyms keep their
 * letters: their English spelling is settled, and single letters turn some into other words ("Finnish"
 * would read "Finish", "Cameroon" "Cameron").
 *
 * A variant names an actor only when its spelling key belongs to that one actor alone among every
 * alias and non-actor phrase of the lexicon, and every word of it in the text is capitalised (a
 * lower-case particle aside), so ordinary words never become actors.
 */
import type { ActorKind } from '../domain/types';
import type { AliasType, LexiconActor } from './lexicon';
import { isCapitalised, isInnerHyphen, type Token } from './tokenize';
import { NAME_PARTICLES, words } from './words';

/** Lower-case particles of transliterated names: "al-Shabaab", "bin Salman", "de Mistura". */
const PARTICLES: ReadonlySet<string> = new Set([
  ...NAME_PARTICLES,
  // The Arabic article as printed before a sun letter ("ash-Shabab", "ad-Dawla"), and a few more.
  ...words('ad|an|ar|as|ash|at|az|ud|di|du|den'),
]);

/** Alias types that never take a variant: short forms, adjectives and places named for their state. */
const NO_VARIANT = new Set<AliasType>(['abbreviation', 'prefix', 'demonym', 'capital', 'institution']);

/** Kinds whose names are transliterated often enough that letter doubling varies in print. */
const TRANSLITERATED = new Set<ActorKind>(['person', 'group']);

/**
 * Shortest key a variant may have: shorter names collide with too many words. Letter doubling needs a
 * longer one ("Fattah", a first name, would otherwise read as Fatah).
 */
const MIN_LAYOUT_KEY = 5;
const MIN_TRANSLITERATION_KEY = 6;
/** Longest variant, in tokens (a hyphen counts as one). */
const MAX_TOKENS = 7;

/** Letters only, lower case, accents dropped: hyphens, spaces, case and accents do not count. */
export function layoutKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The layout key with doubled letters single, "dh" read as "d" and "y" as "i": "Gaddafi", "Gadhafi" →
 * "gadafi"; "Sergey", "Sergei" → "sergei".
 */
export function transliterationKey(text: string): string {
  return transliterate(layoutKey(text));
}

/** Transliterations of run keys, kept as word keys are (below): the same names recur in every text. */
const transliterations = new Map<string, string>();

function transliterate(key: string): string {
  let out = transliterations.get(key);
  if (out === undefined) {
    if (transliterations.size >= MAX_WORD_KEYS) transliterations.clear();
    out = transliterateKey(key);
    transliterations.set(key, out);
  }
  return out;
}

function transliterateKey(key: string): string {
  return key
    .replace(/dh/g, 'd')
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/**
 * Layout keys of single words, kept: the same few thousand words recur in every text, and a run's key
 * is its words' keys joined (the key drops everything but letters and digits). Cleared when it grows
 * past a size no ordinary document reaches, so a huge one cannot hold memory.
 */
const wordKeys = new Map<string, string>();
const MAX_WORD_KEYS = 50_000;

function wordKey(text: string): string {
  let key = wordKeys.get(text);
  if (key === undefined) {
    if (wordKeys.size >= MAX_WORD_KEYS) wordKeys.clear();
    key = layoutKey(text);
    wordKeys.set(text, key);
  }
  return key;
}

interface VariantTarget {
  /** Undefined for a phrase that names no actor ("South China Sea"): it is consumed, naming nobody. */
  readonly actorId: string | undefined;
  readonly type: AliasType;
}

export interface VariantIndex {
  /** Layout key → the one actor it names. */
  readonly layout: ReadonlyMap<string, VariantTarget>;
  /** Transliteration key → the one person or group it names. */
  readonly transliteration: ReadonlyMap<string, VariantTarget>;
  /** The capitals of an abbreviation ("UN" for "U.N.") → the one actor it names. */
  readonly spelled: ReadonlyMap<string, VariantTarget>;
  /**
   * Every start of a layout key, and of a transliteration key: a run whose key starts no key can grow
   * into none, so the scan stops there (a transliteration key of a longer run starts with the shorter
   * run's, as the rules only drop letters or map one letter to one).
   */
  readonly layoutStarts: ReadonlySet<string>;
  readonly transliterationStarts: ReadonlySet<string>;
}

function starts(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) for (let n = 1; n <= key.length; n++) out.add(key.slice(0, n));
  return out;
}

/** Keys to their actor (or to no actor), dropping every key that two owners claim. */
function uniqueKeys(
  claims: ReadonlyArray<{ key: string; actorId: string | undefined; target?: VariantTarget }>,
  minKey: number,
): Map<string, VariantTarget> {
  const owners = new Map<string, Set<string>>();
  for (const claim of claims) {
    const set = owners.get(claim.key) ?? new Set<string>();
    set.add(claim.actorId ?? '');
    owners.set(claim.key, set);
  }
  const out = new Map<string, VariantTarget>();
  for (const claim of claims) {
    if (!claim.target || claim.key.length < minKey || owners.get(claim.key)?.size !== 1) continue;
    if (!out.has(claim.key)) out.set(claim.key, claim.target);
  }
  return out;
}

export function buildVariantIndex(
  actors: readonly LexiconActor[],
  nonActors: readonly string[],
): VariantIndex {
  type Claim = { key: string; actorId: string | undefined; target?: VariantTarget };
  const layout: Claim[] = [];
  const transliteration: Claim[] = [];
  const spelled: Claim[] = [];
  for (const text of nonActors) {
    const target: VariantTarget = { actorId: undefined, type: 'alt' };
    layout.push({ key: layoutKey(text), actorId: undefined, target });
    transliteration.push({ key: transliterationKey(text), actorId: undefined, target });
  }
  for (const actor of actors) {
    const aliases = [{ text: actor.label, type: 'name' as AliasType }, ...actor.aliases];
    for (const alias of aliases) {
      // Every alias claims its keys, so a key two actors share names neither; only some may be matched.
      const usable =
        !NO_VARIANT.has(alias.type) &&
        !('ambiguous' in alias && alias.ambiguous === true) &&
        /\p{Lu}/u.test(alias.text);
      const target = usable ? { actorId: actor.id, type: alias.type } : undefined;
      layout.push({ key: layoutKey(alias.text), actorId: actor.id, ...(target ? { target } : {}) });
      const transliterated = target && TRANSLITERATED.has(actor.kind) ? { target } : {};
      transliteration.push({ key: transliterationKey(alias.text), actorId: actor.id, ...transliterated });
      if (/^(?:\p{Lu}\.?){2,}$/u.test(alias.text)) {
        const letters = alias.text.replace(/\./g, '');
        spelled.push({ key: letters, actorId: actor.id, target: { actorId: actor.id, type: alias.type } });
      }
    }
  }
  const layoutIndex = uniqueKeys(layout, MIN_LAYOUT_KEY);
  const transliterationIndex = uniqueKeys(transliteration, MIN_TRANSLITERATION_KEY);
  return {
    layout: layoutIndex,
    transliteration: transliterationIndex,
    spelled: uniqueKeys(spelled, 2),
    layoutStarts: starts(layoutIndex.keys()),
    transliterationStarts: starts(transliterationIndex.keys()),
  };
}

function nameWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && (isCapitalised(token) || PARTICLES.has(token.text));
}

export interface VariantMatch extends VariantTarget {
  /** Tokens the variant spans from its start. */
  readonly length: number;
}

const isLetter = (token: Token | undefined): boolean =>
  token !== undefined && token.text.length <= 2 && /^\p{Lu}$/u.test(token.text);

/** An abbreviation spelled out with hyphens, as broadcast scripts write them: "U-N", "P-K-K". */
function spelledAt(tokens: readonly Token[], at: number, index: VariantIndex): VariantMatch | undefined {
  let letters = (tokens[at] as Token).text;
  let last = at;
  while (isInnerHyphen(tokens, last + 1) && isLetter(tokens[last + 2])) {
    letters += (tokens[last + 2] as Token).text;
    last += 2;
  }
  const target = last > at ? index.spelled.get(letters) : undefined;
  return target ? { actorId: target.actorId, type: target.type, length: last - at + 1 } : undefined;
}

/**
 * The longest variant of a known name starting at `at`: a run of capitalised words (and lower-case
 * particles) joined by spaces or inner hyphens, ending on a capitalised word.
 */
export function variantAt(
  tokens: readonly Token[],
  at: number,
  index: VariantIndex,
): VariantMatch | undefined {
  if (!nameWord(tokens[at])) return undefined;
  if (isLetter(tokens[at])) return spelledAt(tokens, at, index);
  let key = '';
  let found: VariantMatch | undefined;
  for (let j = at; j < tokens.length && j - at < MAX_TOKENS; j++) {
    const token = tokens[j] as Token;
    if (isInnerHyphen(tokens, j)) continue;
    if (!nameWord(token)) break;
    key += wordKey(token.text);
    if (!index.layoutStarts.has(key) && !index.transliterationStarts.has(transliterate(key))) break;
    if (!isCapitalised(token)) continue;
    // Shorter keys are in neither index (uniqueKeys), so they are not looked up.
    if (key.length < MIN_LAYOUT_KEY) continue;
    const target =
      index.layout.get(key) ??
      (key.length >= MIN_TRANSLITERATION_KEY ? index.transliteration.get(transliterate(key)) : undefined);
    // Written out, not spread: every known name is its own variant, so this runs for each mention.
    if (target) found = { actorId: target.actorId, type: target.type, length: j - at + 1 };
  }
  return found;
}
