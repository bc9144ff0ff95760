/**
 * The actor lexicon: actors with typed aliases, compiled into a token trie and matched longest first.
 * Capitalised aliases match case-sensitively (their lower-case function words, "the", "of", do not);
 * all-lower-case aliases ("developing countries") match in any case.
 */
import type { ActorKind } from '../domain/types';
import { addShortenedConjuncts } from './ellipticalNames';
import { buildNearMissIndex, nearMiss, type NearMissIndex } from './nearMiss';
import { buildVariantIndex, variantAt, type VariantIndex } from './spellingVariants';
import { tokenize, type Token } from './tokenize';
import { HONORIFICS } from './words';
import {
  capitalsWord,
  dropCityCountryPlaces,
  inside,
  renamed,
  namesCurrency,
  namesDocument,
  overlaps,
  describingModifier,
  formerMembers,
  standalone,
  tokenMatches,
  titleCaseAcronym,
} from './mentionChecks';

export type AliasType =
  | 'name'
  | 'official'
  | 'abbreviation'
  | 'institution'
  | 'capital'
  | 'person'
  | 'surname'
  | 'demonym'
  | 'prefix'
  | 'alt';

export interface LexiconAlias {
  readonly text: string;
  readonly type: AliasType;
  /** The alias often names something else (Washington the state, Jordan the person). */
  readonly ambiguous?: boolean;
  /** Override the default (case-sensitive when the alias has a capital letter). */
  readonly caseSensitive?: boolean;
}

export interface LexiconActor {
  readonly id: string;
  readonly label: string;
  readonly kind: ActorKind;
  readonly aliases: readonly LexiconAlias[];
  /** Found in the document (a titled name, an acronym), not in the lexicon: a reader should check it. */
  readonly discovered?: boolean;
  readonly country?: string;
  readonly affiliation?: string;
}

/** data/lexicon/actors.json: generated from the world-countries package. */
export interface GeneratedLexiconFile {
  readonly source?: string;
  readonly actors: readonly LexiconActor[];
}

/** An entry of data/lexicon/extra-actors.json: a new actor, or more aliases for an existing id. */
export interface ExtraActor {
  readonly id: string;
  readonly label?: string;
  readonly kind?: ActorKind;
  readonly aliases?: readonly LexiconAlias[];
  readonly country?: string;
  readonly affiliation?: string;
}

/** data/lexicon/extra-actors.json: hand-written additions and corrections. */
export interface ExtraLexiconFile {
  readonly actors: readonly ExtraActor[];
  /** Alias texts removed from every actor (common words such as "Island"). */
  readonly dropAliases?: readonly string[];
  /** Alias texts flagged ambiguous wherever they occur. */
  readonly ambiguousAliases?: readonly string[];
  /** Phrases that contain an alias but name no actor ("South China Sea", "Latin America"). */
  readonly nonActors?: readonly string[];
}

interface AliasEntry {
  /** Candidate actors, preferred first; empty for a non-actor phrase. */
  readonly actorIds: readonly string[];
  readonly tokens: readonly Token[];
  readonly caseSensitive: boolean;
  readonly type: AliasType;
  readonly ambiguous: boolean;
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  readonly entries: AliasEntry[];
}

export interface Lexicon {
  readonly actors: ReadonlyMap<string, LexiconActor>;
  readonly root: TrieNode;
  /** Length in tokens of the longest alias. */
  readonly maxAliasTokens: number;
  /** Misspelt state names, one edit away from a known one. */
  readonly nearMisses: NearMissIndex;
  /** Other spellings of known names ("Al-Shabab" for "al-Shabaab"), each naming one actor. */
  readonly variants: VariantIndex;
  /** A document's own actors, matched where the lexicon itself names nothing. */
  readonly overlay?: Lexicon;
}

export interface ActorMention {
  readonly actorId: string;
  /** Other actors the same alias can name. */
  readonly alternatives: readonly string[];
  /** Token range [first, last) within the sentence's tokens. */
  readonly first: number;
  readonly last: number;
  readonly aliasType: AliasType;
  readonly ambiguous: boolean;
}

/** Preference when one alias text belongs to several actors. */
export const TYPE_RANK: Readonly<Record<AliasType, number>> = {
  name: 0,
  person: 0,
  official: 1,
  abbreviation: 2,
  institution: 3,
  surname: 4,
  capital: 5,
  demonym: 6,
  prefix: 7,
  alt: 8,
};

function tokenKey(token: Token): string {
  return token.kind === 'pos' ? "'s" : token.lower;
}

function newNode(): TrieNode {
  return { children: new Map(), entries: [] };
}

/** Merge generated and hand-written actors into one list: extra entries add to or override by id. */
export function mergeLexiconFiles(generated: GeneratedLexiconFile, extra: ExtraLexiconFile): LexiconActor[] {
  const drop = new Set(extra.dropAliases ?? []);
  const ambiguous = new Set(extra.ambiguousAliases ?? []);
  const byId = new Map<string, LexiconActor>();
  const order: string[] = [];
  const put = (actor: LexiconActor): void => {
    if (!byId.has(actor.id)) order.push(actor.id);
    byId.set(actor.id, actor);
  };
  for (const actor of generated.actors) put(actor);
  for (const add of extra.actors) {
    const base = byId.get(add.id);
    const aliases = [...(base?.aliases ?? []), ...(add.aliases ?? [])];
    const label = add.label ?? base?.label;
    const kind = add.kind ?? base?.kind;
    if (label === undefined || kind === undefined) {
      throw new Error(`extra actor "${add.id}" needs a label and a kind`);
    }
    const country = add.country ?? base?.country;
    const affiliation = add.affiliation ?? base?.affiliation;
    put({
      id: add.id,
      label,
      kind,
      aliases,
      ...(country !== undefined ? { country } : {}),
      ...(affiliation !== undefined ? { affiliation } : {}),
    });
  }
  return order.map((id) => {
    const actor = byId.get(id) as LexiconActor;
    const seen = new Set<string>();
    const aliases: LexiconAlias[] = [];
    for (const alias of actor.aliases) {
      if (drop.has(alias.text) || seen.has(alias.text)) continue;
      seen.add(alias.text);
      aliases.push(ambiguous.has(alias.text) ? { ...alias, ambiguous: true } : alias);
    }
    return { ...actor, aliases };
  });
}

/** Compile actors (and non-actor phrases) into a matcher. */
export function compileLexicon(actors: readonly LexiconActor[], nonActors: readonly string[] = []): Lexicon {
  const root = newNode();
  const byId = new Map<string, LexiconActor>();
  // Group identical alias texts so that one text naming several actors becomes one ambiguous entry.
  const groups = new Map<
    string,
    Array<{ actorId: string; alias: LexiconAlias; rank: number; order: number }>
  >();
  let order = 0;
  for (const actor of actors) {
    byId.set(actor.id, actor);
    const own: LexiconAlias[] = [{ text: actor.label, type: 'name' }, ...actor.aliases];
    const seen = new Set<string>();
    for (const alias of own) {
      if (seen.has(alias.text) || alias.text.trim() === '') continue;
      seen.add(alias.text);
      const list = groups.get(alias.text) ?? [];
      list.push({ actorId: actor.id, alias, rank: TYPE_RANK[alias.type], order: order++ });
      groups.set(alias.text, list);
    }
  }
  let maxAliasTokens = 1;
  const insert = (text: string, entry: Omit<AliasEntry, 'tokens'>): void => {
    const tokens = tokenize(text);
    if (tokens.length === 0) return;
    maxAliasTokens = Math.max(maxAliasTokens, tokens.length);
    let node = root;
    for (const token of tokens) {
      const key = tokenKey(token);
      let child = node.children.get(key);
      if (!child) {
        child = newNode();
        node.children.set(key, child);
      }
      node = child;
    }
    node.entries.push({ ...entry, tokens });
  };
  for (const [text, list] of groups) {
    list.sort((a, b) => a.rank - b.rank || a.order - b.order);
    const first = list[0];
    if (!first) continue;
    const explicit = list.find((item) => item.alias.caseSensitive !== undefined)?.alias.caseSensitive;
    insert(text, {
      actorIds: list.map((item) => item.actorId),
      caseSensitive: explicit ?? /\p{Lu}/u.test(text),
      type: first.alias.type,
      ambiguous: list.length > 1 || list.some((item) => item.alias.ambiguous === true),
    });
  }
  for (const text of nonActors) {
    insert(text, { actorIds: [], caseSensitive: /\p{Lu}/u.test(text), type: 'alt', ambiguous: false });
  }
  return {
    actors: byId,
    root,
    maxAliasTokens,
    nearMisses: buildNearMissIndex(actors),
    variants: buildVariantIndex(actors, nonActors),
  };
}

function entryMatches(entry: AliasEntry, tokens: readonly Token[], at: number): boolean {
  for (let k = 0; k < entry.tokens.length; k++) {
    const aliasToken = entry.tokens[k];
    const token = tokens[at + k];
    if (!aliasToken || !token) return false;
    if (
      !tokenMatches(aliasToken, token, entry.caseSensitive) &&
      !titleCaseAcronym(aliasToken, tokens, at + k)
    )
      return false;
  }
  return true;
}

/** The longest alias or non-actor name that starts at `at`. */
function longestEntryAt(
  tokens: readonly Token[],
  at: number,
  root: TrieNode,
): { entry: AliasEntry; length: number } | undefined {
  let node: TrieNode | undefined = root;
  let best: { entry: AliasEntry; length: number } | undefined;
  for (let j = at; j < tokens.length && node; j++) {
    node = node.children.get(tokenKey(tokens[j] as Token));
    if (!node) break;
    const entry = node.entries.find((candidate) => entryMatches(candidate, tokens, at));
    if (entry) best = { entry, length: j - at + 1 };
  }
  return best;
}

/** Tokens of "Mr." or "Mr" right before a name: part of the mention ("Mr. Obama's move"). */
function honorificBefore(tokens: readonly Token[], at: number): number {
  if (tokens[at - 1]?.text === '.' && HONORIFICS.has(tokens[at - 2]?.lower ?? '')) return 2;
  return HONORIFICS.has(tokens[at - 1]?.lower ?? '') ? 1 : 0;
}

/**
 * The lexicon plus a document's own actors: only the few new aliases are compiled, and they name
 * something only where the lexicon names nothing, so a known actor always wins.
 */
export function extendLexicon(base: Lexicon, actors: readonly LexiconActor[]): Lexicon {
  const overlay = compileLexicon(actors);
  const all = new Map(base.actors);
  for (const actor of actors) if (!all.has(actor.id)) all.set(actor.id, actor);
  return { ...base, actors: all, overlay };
}

/** The actor a run of tokens names as a whole, if any. */
function fullMention(words: readonly Token[], lexicon: Lexicon): ActorMention | undefined {
  return findMentions(words, lexicon).find((m) => m.first === 0 && m.last === words.length);
}

/**
 * Actor mentions in a token sequence, left to right, longest alias first ("Guinea-Bissau" before
 * "Guinea"). Non-actor phrases are consumed without a mention ("South China Sea" hides "China").
 */
export function findMentions(tokens: readonly Token[], lexicon: Lexicon): ActorMention[] {
  const mentions: ActorMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best = longestEntryAt(tokens, i, lexicon.root);
    // "the UN refugee agency": an alias that opens with "the" gives way to a longer name after it.
    if (best && best.length > 1 && tokens[i]?.lower === 'the') {
      const after = longestEntryAt(tokens, i + 1, lexicon.root);
      // "The United Nations Security Council": nor may a spelling variant of the shorter alias win.
      if (after && after.length >= best.length && after.entry.actorIds.length > 0) {
        i++;
        continue;
      }
    }
    // "The West African group": a non-actor name that the mention's last word opens wins.
    if (best && best.length > 1 && best.entry.actorIds.length > 0) {
      const next = longestEntryAt(tokens, i + best.length - 1, lexicon.root);
      if (next && next.length > 1 && next.entry.actorIds.length === 0)
        best = { ...next, length: best.length - 1 + next.length };
    }
    const variant = variantAt(tokens, i, lexicon.variants);
    if (variant && variant.length > (best?.length ?? 0)) {
      if (variant.actorId !== undefined && !describingModifier(tokens, i + variant.length))
        mentions.push({
          actorId: variant.actorId,
          alternatives: [],
          first: i - honorificBefore(tokens, i),
          last: i + variant.length,
          aliasType: variant.type,
          ambiguous: false,
        });
      i += variant.length;
      continue;
    }
    if (!best) {
      // Cheap checks first: most tokens are short or lower case.
      const word = tokens[i] as Token;
      const misspelt =
        word.text.length >= 7 && word.text !== word.lower && standalone(tokens, i)
          ? nearMiss(word.text, lexicon.nearMisses)
          : undefined;
      if (misspelt)
        mentions.push({
          actorId: misspelt,
          alternatives: [],
          first: i,
          last: i + 1,
          aliasType: 'alt',
          ambiguous: false,
        });
      i++;
      continue;
    }
    const [actorId, ...alternatives] = best.entry.actorIds;
    if (
      actorId !== undefined &&
      !describingModifier(tokens, i + best.length) &&
      !namesDocument(best.entry.type, tokens, i + best.length) &&
      !namesCurrency(tokens, i + best.length) &&
      !capitalsWord(tokens, i, best.length) &&
      !formerMembers(tokens, i, i + best.length)
    ) {
      mentions.push({
        actorId,
        alternatives,
        first: i - honorificBefore(tokens, i),
        last: i + best.length,
        aliasType: best.entry.type,
        ambiguous: best.entry.ambiguous,
      });
    }
    i += best.length;
  }
  dropCityCountryPlaces(tokens, mentions);
  // "North and South Korea": the first conjunct, written out, names an actor of its own.
  addShortenedConjuncts(tokens, mentions, lexicon, fullMention);
  if (!lexicon.overlay) return mentions;
  // A document's own actor wins over the shorter known names inside it ("Héctor Marcos Timerman" is
  // not Ferdinand Marcos), unless it ends in a known surname after the same given name spelt otherwise:
  // "Sergey Lavrov" is Sergei Lavrov, "Nawaz Sharif" is not Shehbaz Sharif. One that only partly
  // overlaps a known name gives way to it.
  const extra = findMentions(tokens, lexicon.overlay).filter((m) =>
    mentions.every(
      (known) => !overlaps(known, m) || inside(known, m, tokens, lexicon) || renamed(known, m, lexicon),
    ),
  );
  if (extra.length === 0) return mentions;
  const kept = mentions.filter((known) => !extra.some((m) => overlaps(known, m)));
  return [...kept, ...extra].sort((a, b) => a.first - b.first);
}
