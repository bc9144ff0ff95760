/**
 * A counted group of states that the text lists elsewhere: "Negotiators from Iran and six world
 * powers …" with "The United States, Russia, China, France, Britain and Germany want …" two
 * sentences later; "warned the world powers" after such a list. The phrase stands for every state of
 * the list it matches (the same number of states, or any list of three or more for an uncounted "the
 * world powers"), and the members of the group are one side: never related to each other.
 */
import type { Sentence } from '../domain/sentences';
import type { Lexicon } from './lexicon';
import { findMentions } from './lexicon';
import type { Token } from './tokenize';
import { tokenize } from './tokenize';
import type { Item } from './units';
import { NUMBER_WORDS, STATE_GROUP_HEADS } from './words';

/** States named together in one list ("A, B, C and D"), and the sentence that names them. */
export interface NamedList {
  readonly sentence: number;
  readonly ids: readonly string[];
}

/** Words between the number and the head ("six world powers", "five major nations"). */
const GROUP_MODIFIERS = new Set(['world', 'major', 'great', 'global', 'leading', 'big', 'regional', 'other']);
/** An uncounted group names a list only with one of these: "the world powers", "the major powers". */
const RANK_MODIFIERS = new Set(['world', 'major', 'great', 'global', 'leading']);
const MIN_LIST = 3;
/** The counts a group may have: a list is three or more. */
const NUMBERS = new Map([...NUMBER_WORDS].filter(([, n]) => n >= MIN_LIST));
/** How far a list may be from the phrase: up to four sentences before, three after (counted only). */
const BEFORE = 4;
const AFTER = 3;

/**
 * A quick test on the whole text, so most documents skip the lists: a counted or ranked group of
 * states. Matched in the lower-cased text, as a case-blind Unicode pattern runs several times slower.
 */
const MAY_NAME_GROUP = new RegExp(
  String.raw`\b(?:${[...NUMBERS.keys(), ...RANK_MODIFIERS].join('|')}|\d{1,2})\s+(?:\w+\s+)?(?:${[...STATE_GROUP_HEADS].join('|')})\b`,
  'u',
);

function numberOf(token: Token | undefined): number | undefined {
  if (!token || token.kind !== 'word') return undefined;
  if (/^\d{1,2}$/.test(token.text)) return Number(token.text);
  return NUMBERS.get(token.lower);
}

/** The lists of three or more states a sentence names: mentions joined by commas and a final "and". */
function listsIn(tokens: readonly Token[], lexicon: Lexicon): string[][] {
  const mentions = findMentions(tokens, lexicon);
  const lists: string[][] = [];
  let run: string[] = [];
  let closed = false;
  const flush = (): void => {
    if (closed && run.length >= MIN_LIST && new Set(run).size === run.length) lists.push(run);
    run = [];
    closed = false;
  };
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m];
    if (!mention) continue;
    const state = lexicon.actors.get(mention.actorId)?.kind === 'state' && mention.aliasType !== 'demonym';
    if (!state) {
      flush();
      continue;
    }
    const previous = mentions[m - 1];
    const between =
      previous && run.length > 0
        ? tokens
            .slice(previous.last, mention.first)
            .map((t) => t.lower)
            .join(' ')
        : undefined;
    if (between === ',' || between === 'and' || between === ', and') {
      if (closed) flush(); // "A, B and C, D": a second list begins
      if (between !== ',') closed = true;
      run.push(mention.actorId);
    } else {
      flush();
      run.push(mention.actorId);
    }
  }
  flush();
  return lists;
}

/** Every list of states in the document, when it may name a group of states at all. */
export function namedLists(
  text: string,
  sentences: readonly Sentence[],
  lexicon: Lexicon,
  tokensOf?: readonly (readonly Token[])[],
): NamedList[] {
  if (!MAY_NAME_GROUP.test(text.toLowerCase())) return [];
  const lists: NamedList[] = [];
  for (const sentence of sentences) {
    const tokens = tokensOf?.[sentence.index] ?? tokenize(text, sentence.start, sentence.end);
    for (const ids of listsIn(tokens, lexicon)) lists.push({ sentence: sentence.index, ids });
  }
  return lists;
}

/** The list a group phrase stands for: of its size (the nearest, an earlier one on a tie), or the latest before. */
function listFor(
  lists: readonly NamedList[],
  sentence: number,
  size: number | undefined,
): readonly string[] | undefined {
  let best: NamedList | undefined;
  let bestDistance = Infinity;
  for (const list of lists) {
    const distance = list.sentence - sentence;
    if (distance < -BEFORE || distance > (size === undefined ? 0 : AFTER)) continue;
    if (size === undefined ? list.ids.length < MIN_LIST : list.ids.length !== size) continue;
    const far = Math.abs(distance) + (distance > 0 ? 0.5 : 0);
    if (far < bestDistance || (size === undefined && far === bestDistance)) {
      best = list;
      bestDistance = far;
    }
  }
  return best?.ids;
}

/**
 * "six world powers", "a group of six world powers", "the world powers": one item standing for the
 * states of the list it matches, its members marked as one group.
 */
export function findGroupReferences(
  tokens: readonly Token[],
  occupied: readonly boolean[],
  lists: readonly NamedList[],
  sentence: number,
): Item[] {
  const items: Item[] = [];
  if (lists.length === 0) return items;
  for (let i = 0; i < tokens.length; i++) {
    if (occupied[i]) continue;
    let k = i;
    const determiner = ['the', 'a', 'these', 'those'].includes(tokens[k]?.lower ?? '');
    if (determiner) k++;
    if (tokens[k]?.lower === 'group' && tokens[k + 1]?.lower === 'of') k += 2;
    const size = numberOf(tokens[k]);
    if (size !== undefined) k++;
    if (size !== undefined && size < MIN_LIST) continue;
    const modifiersFrom = k;
    while (GROUP_MODIFIERS.has(tokens[k]?.lower ?? '') && !occupied[k]) k++;
    const ranked = tokens.slice(modifiersFrom, k).some((t) => RANK_MODIFIERS.has(t.lower));
    const head = tokens[k];
    if (!head || !STATE_GROUP_HEADS.has(head.lower) || occupied[k]) continue;
    // Uncounted, only a definite "the world powers" names a list named before.
    if (size === undefined && !(ranked && determiner && tokens[i]?.lower !== 'a')) continue;
    const ids = listFor(lists, sentence, size);
    if (!ids) continue;
    const start = (tokens[i] as Token).start;
    const end = head.end;
    const group = `group@${start}`;
    items.push({
      kind: 'anaphor',
      members: ids.map((actorId) => ({ actorId, start, end, flags: ['coref'], group })),
      first: i,
      last: k + 1,
      prefix: false,
      possessivePronoun: false,
      person: false,
    });
    i = k;
  }
  return items;
}
